/**
 * Electron main process. The window comes first; everything else (stores, IPC work) happens on
 * demand, so nothing delays the first paint.
 */
import { app, BrowserWindow, ipcMain, Menu, session } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MENU_COMMAND_CHANNEL } from '../shared/menu-commands';
import { registerIpcHandlers } from './ipc/register-ipc-handlers';
import { isTrustedSender } from './ipc/trusted-sender';
import { buildApplicationMenu } from './menu/application-menu';
import { nativeSaveDialog } from './pdf/native-save-dialog';
import { savePdf } from './pdf/save-pdf';
import { registerAppScheme, serveRendererOverAppProtocol } from './protocol/app-protocol';
import { APP_ENTRY_URL, isOwnOrigin } from './security/app-origin';
import { blockForeignRequests, denyAllPermissions, hardenWebContents } from './security/harden-web-contents';
import { createDocumentServices } from './store/document-store';
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
  let mainWindow: BrowserWindow | undefined;

  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devServerOrigin));
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(async () => {
    const userData = app.getPath('userData');
    denyAllPermissions(session.defaultSession);
    blockForeignRequests(session.defaultSession, devServerOrigin);
    serveRendererOverAppProtocol(rendererDir);

    const ownOrigin = (url: string) => isOwnOrigin(url, devServerOrigin);
    registerIpcHandlers(ipcMain, (event) => isTrustedSender(event, mainWindow?.webContents.id, ownOrigin), {
      getAppInfo: async () => ({
        name: app.getName(),
        version: app.getVersion(),
        platform: 'electron',
        dataLocation: userData,
      }),
      ...createUserDataServices(userData),
      ...createDocumentServices(userData),
      savePdf: (bytes, suggestedName) =>
        savePdf(bytes, suggestedName, {
          documentsFolder: documentsFolder(),
          askWhereToSave: nativeSaveDialog(() => mainWindow),
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
    app.setAboutPanelOptions({
      applicationName: 'Stride Atlas',
      applicationVersion: app.getVersion(),
      copyright: 'Offline reference for physiotherapists treating runners with hip pain.',
    });

    mainWindow = await createMainWindow({
      preloadPath,
      url: devServerUrl ?? APP_ENTRY_URL,
      store: new JsonFileStore(userData),
    });
  });
}
