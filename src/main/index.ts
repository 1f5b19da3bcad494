/**
 * Electron main process. The window comes first; everything else (stores, IPC work) happens on
 * demand, so nothing delays the first paint.
 */
import { app, ipcMain, Menu, session, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MENU_COMMAND_CHANNEL } from '../shared/menu-commands';
import { aboutPanelOptions } from './about/about-panel';
import { KNOWLEDGE_BASE_META } from './about/knowledge-base-meta';
import { registerIpcHandlers } from './ipc/register-ipc-handlers';
import { isTrustedSender } from './ipc/trusted-sender';
import { finishWritesBeforeQuit } from './lifecycle/finish-writes-before-quit';
import { PendingWrites } from './lifecycle/pending-writes';
import { buildApplicationMenu } from './menu/application-menu';
import { nativeSaveDialog } from './pdf/native-save-dialog';
import { savePdf, writeExportedPdf } from './pdf/save-pdf';
import { createKeptAsideServices } from './store/kept-aside-store';
import { prepareUserDataFolder } from './store/prepare-user-data-folder';
import { registerAppScheme, serveRendererOverAppProtocol } from './protocol/app-protocol';
import { APP_ENTRY_URL, isOwnOrigin } from './security/app-origin';
import { blockForeignRequests, denyAllPermissions, hardenWebContents } from './security/harden-web-contents';
import { createUserFileServices } from './store/user-file-store';
import { JsonFileStore } from './store/json-file-store';
import { createUserDataServices } from './store/user-data-service';
import { createMainWindow } from './window/main-window';

const here = fileURLToPath(new URL('.', import.meta.url));
const rendererDir = join(here, '..', 'renderer');
const preloadPath = join(here, '..', 'preload', 'index.cjs');
/** Set by `electron-vite dev` only; production and tests load app://. */
const devServerUrl = (app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL']) || undefined;
const devServerOrigin = devServerUrl ? new URL(devServerUrl).origin : undefined;

/** Where a save dialog opens; some Linux desktops have no Documents folder, so home instead. */
function documentsFolder(): string {
  try {
    return app.getPath('documents');
  } catch {
    return app.getPath('home');
  }
}

app.enableSandbox();
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  /** Trusted by the IPC gate from the moment it exists, before its page starts loading. */
  let mainWindow: BrowserWindow | undefined;
  const writes = new PendingWrites();

  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devServerOrigin));
  app.on('window-all-closed', () => app.quit());
  finishWritesBeforeQuit(app, writes);

  void app.whenReady().then(async () => {
    const userData = app.getPath('userData');
    denyAllPermissions(session.defaultSession);
    blockForeignRequests(session.defaultSession, devServerOrigin);
    serveRendererOverAppProtocol(rendererDir);

    await prepareUserDataFolder(userData).catch((error: unknown) => {
      console.error('Stride Atlas could not tidy its user-data folder:', error);
    });
    const userDataServices = createUserDataServices(userData);
    const userFileServices = createUserFileServices(userData);
    const keptAsideServices = createKeptAsideServices(userData);
    const ownOrigin = (url: string) => isOwnOrigin(url, devServerOrigin);
    registerIpcHandlers(ipcMain, (event) => isTrustedSender(event, mainWindow?.webContents.id, ownOrigin), {
      getAppInfo: async () => ({
        name: app.getName(),
        version: app.getVersion(),
        platform: 'electron',
        dataLocation: userData,
      }),
      loadSettings: userDataServices.loadSettings,
      saveSettings: (settings) => writes.track(userDataServices.saveSettings(settings)),
      loadLayout: userDataServices.loadLayout,
      saveLayout: (layout) => writes.track(userDataServices.saveLayout(layout)),
      listUserFiles: userFileServices.listUserFiles,
      saveUserFile: (kind, document) => writes.track(userFileServices.saveUserFile(kind, document)),
      deleteUserFile: (kind, id) => writes.track(userFileServices.deleteUserFile(kind, id)),
      listKeptAside: keptAsideServices.listKeptAside,
      deleteKeptAside: (id) => writes.track(keptAsideServices.deleteKeptAside(id)),
      savePdf: (bytes, suggestedName) =>
        savePdf(bytes, suggestedName, {
          documentsFolder: documentsFolder(),
          askWhereToSave: nativeSaveDialog(() => mainWindow),
          write: (path, pdf) => writes.track(writeExportedPdf(path, pdf)),
        }),
      printPage: async () => {
        mainWindow?.webContents.print({ silent: false, printBackground: true });
      },
    });

    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildApplicationMenu({
          isMac: process.platform === 'darwin',
          isDevelopment: devServerUrl !== undefined,
          send: (command) => mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command),
        }),
      ),
    );
    app.setAboutPanelOptions(aboutPanelOptions(app.getVersion(), KNOWLEDGE_BASE_META));

    const window = await createMainWindow({ preloadPath, store: new JsonFileStore(userData), writes });
    mainWindow = window;
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = undefined;
    });
    await window.loadURL(devServerUrl ?? APP_ENTRY_URL);
  });
}
