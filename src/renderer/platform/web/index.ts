import type { AppApi } from '../../../shared/app-api';
import { downloadPdf } from './download-pdf';
import { IndexedDbStore } from './indexeddb-store';

const store = new IndexedDbStore('stride-atlas');

// The code that checks stored records (zod schemas, 90 KB) loads once the browser is idle, which
// is after the window's first frame: the workbench asks for settings and layout as it mounts, and
// fetching and running that code then held the first paint back by some 25 ms. (The desktop app
// checks them in the main process.)
let schemasLoading: Promise<typeof import('./web-schemas')> | undefined;
const schemas = () =>
  (schemasLoading ??= new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 500 })).then(() => import('./web-schemas')));
const loadDocuments = () => import('./web-documents').then(({ createWebDocuments }) => createWebDocuments(store));
let documents: ReturnType<typeof loadDocuments> | undefined;
const webDocuments = () => (documents ??= loadDocuments());

/** The AppApi for the web build: IndexedDB for user data, the browser for printing and downloads. */
export const appApi: AppApi = {
  platform: 'web',
  getAppInfo: async () => ({
    name: 'Stride Atlas',
    version: import.meta.env['VITE_APP_VERSION'] ?? 'dev',
    platform: 'web',
    dataLocation: 'this browser (IndexedDB)',
  }),
  loadSettings: async () => store.read('records', 'settings', (await schemas()).settingsSchema),
  saveSettings: async (settings) => store.write('records', 'settings', (await schemas()).settingsSchema.parse(settings)),
  loadLayout: async () => store.read('records', 'layout', (await schemas()).workbenchLayoutSchema),
  saveLayout: async (layout) => store.write('records', 'layout', (await schemas()).workbenchLayoutSchema.parse(layout)),
  listDocuments: async (kind) => (await webDocuments()).listDocuments(kind),
  saveDocument: async (kind, document) => (await webDocuments()).saveDocument(kind, document),
  deleteDocument: async (kind, id) => (await webDocuments()).deleteDocument(kind, id),
  savePdf: (bytes, suggestedName) => downloadPdf(bytes, suggestedName),
  printPage: async () => window.print(),
  // A browser page has no native menu; the same commands are on the keyboard and in the palette.
  onMenuCommand: () => () => {},
};
