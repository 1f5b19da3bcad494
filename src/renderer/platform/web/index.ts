import type { AppApi } from '../../../shared/app-api';
import { settingsSchema } from '../../../shared/settings';
import { workbenchLayoutSchema } from '../../../shared/workbench-layout';
import { downloadPdf } from './download-pdf';
import { IndexedDbStore } from './indexeddb-store';
import { createWebDocuments } from './web-documents';

const store = new IndexedDbStore('stride-atlas');

/** The AppApi for the web build: IndexedDB for user data, the browser for printing and downloads. */
export const appApi: AppApi = {
  platform: 'web',
  getAppInfo: async () => ({
    name: 'Stride Atlas',
    version: import.meta.env['VITE_APP_VERSION'] ?? 'dev',
    platform: 'web',
    dataLocation: 'this browser (IndexedDB)',
  }),
  loadSettings: () => store.read('records', 'settings', settingsSchema),
  saveSettings: (settings) => store.write('records', 'settings', settingsSchema.parse(settings)),
  loadLayout: () => store.read('records', 'layout', workbenchLayoutSchema),
  saveLayout: (layout) => store.write('records', 'layout', workbenchLayoutSchema.parse(layout)),
  ...createWebDocuments(store),
  savePdf: (bytes, suggestedName) => downloadPdf(bytes, suggestedName),
  printPage: async () => window.print(),
  // A browser page has no native menu; the same commands are on the keyboard and in the palette.
  onMenuCommand: () => () => {},
};
