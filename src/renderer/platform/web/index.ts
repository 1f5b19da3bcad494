import type { AppApi } from '../../../shared/app-api';
import { settingsSchema } from '../../../shared/settings';
import { workbenchLayoutSchema } from '../../../shared/workbench-layout';
import { IndexedDbStore } from './indexeddb-store';

const store = new IndexedDbStore('stride-atlas');

/** The AppApi for the web build: IndexedDB for user data, the browser for printing. */
export const appApi: AppApi = {
  platform: 'web',
  getAppInfo: async () => ({
    name: 'Stride Atlas',
    version: import.meta.env['VITE_APP_VERSION'] ?? 'dev',
    platform: 'web',
    dataLocation: 'this browser (IndexedDB)',
  }),
  loadSettings: () => store.read('settings', settingsSchema),
  saveSettings: (settings) => store.write('settings', settingsSchema.parse(settings)),
  loadLayout: () => store.read('layout', workbenchLayoutSchema),
  saveLayout: (layout) => store.write('layout', workbenchLayoutSchema.parse(layout)),
  printPage: async () => window.print(),
  // A browser page has no native menu; the same commands are on the keyboard and in the palette.
  onMenuCommand: () => () => {},
};
