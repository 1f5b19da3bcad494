import type { AppApi } from '../../../shared/app-api';
import { refuseNewerSettings } from '../../../shared/settings';
import { refuseNewerLayout } from '../../../shared/workbench-layout';
import { downloadPdf } from './download-pdf';
import { IndexedDbStore } from './indexeddb-store';

const store = new IndexedDbStore('stride-atlas');

// The code that checks stored records (zod schemas, 90 KB) loads only when there is a record to
// check or to save. A window asks for its settings and layout as it starts; a new profile has
// none, so its start-up never waits for that code. (The desktop app checks them in the main
// process.)
let schemasLoading: Promise<typeof import('./web-schemas')> | undefined;
const schemas = () => (schemasLoading ??= import('./web-schemas'));
const loadUserFiles = () => import('./web-user-files').then(({ createWebUserFiles }) => createWebUserFiles(store));
let userFiles: ReturnType<typeof loadUserFiles> | undefined;
const webUserFiles = () => (userFiles ??= loadUserFiles());
const loadKeptAside = () => import('./web-kept-aside').then(({ createWebKeptAside }) => createWebKeptAside(store));
let keptAside: ReturnType<typeof loadKeptAside> | undefined;
const webKeptAside = () => (keptAside ??= loadKeptAside());

/** The AppApi for the web build: IndexedDB for user data, the browser for printing and downloads. */
export const appApi: AppApi = {
  platform: 'web',
  getAppInfo: async () => ({
    name: 'Stride Atlas',
    version: (import.meta.env['VITE_APP_VERSION'] as string | undefined) ?? 'dev',
    platform: 'web',
    dataLocation: 'this browser (IndexedDB)',
  }),
  loadSettings: async () =>
    store.read('records', 'settings', async () => (await schemas()).settingsSchema, refuseNewerSettings),
  saveSettings: async (settings) =>
    store.write('records', 'settings', (await schemas()).settingsSchema.parse(settings)),
  loadLayout: async () =>
    store.read('records', 'layout', async () => (await schemas()).workbenchLayoutSchema, refuseNewerLayout),
  saveLayout: async (layout) => store.write('records', 'layout', (await schemas()).workbenchLayoutSchema.parse(layout)),
  listUserFiles: async (kind) => (await webUserFiles()).listUserFiles(kind),
  saveUserFile: async (kind, document) => (await webUserFiles()).saveUserFile(kind, document),
  deleteUserFile: async (kind, id) => (await webUserFiles()).deleteUserFile(kind, id),
  listKeptAside: async () => (await webKeptAside()).listKeptAside(),
  deleteKeptAside: async (id) => (await webKeptAside()).deleteKeptAside(id),
  savePdf: (bytes, suggestedName) => downloadPdf(bytes, suggestedName),
  printPage: async () => window.print(),
  // A browser page has no native menu; the same commands are on the keyboard and in the palette.
  onMenuCommand: () => () => {},
};
