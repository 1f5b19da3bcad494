/**
 * A small stand-in for the parts of Electron's main-process API that src/main uses, so the whole
 * main process (src/main/index.ts) can run in Node under vitest. Each member is typed with the type
 * of the Electron member it replaces (from node_modules/electron/electron.d.ts, present without the
 * binary), so a call whose shape Electron changes fails the type check here; a member src/main starts
 * to use that is missing here fails the whole-process test at once (undefined is not a function).
 *
 * It behaves as Electron does where the main process depends on it: `loadURL` lets the renderer's
 * first IPC requests arrive before it resolves; `app.quit()` closes the windows, then emits
 * `will-quit`, which can postpone the exit; closing the last window emits `window-all-closed`
 * (not when quitting); the single-instance lock is held by the first process on the machine.
 */
import type * as Electron from 'electron';
import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

type Rectangle = Electron.Rectangle;

/** What outlives one process: the user-data folder, the displays and the single-instance lock. */
export class StandInMachine {
  userData = mkdtempSync(join(tmpdir(), 'stride-atlas-user-data-'));
  readonly documents = mkdtempSync(join(tmpdir(), 'stride-atlas-documents-'));
  workAreas: Rectangle[] = [{ x: 0, y: 0, width: 1920, height: 1040 }];
  lockHolder: StandInApp | undefined;

  /** A new process starts on the files the last one left on disk when it exited, nothing later. */
  restartFrom(filesAtExit: ReadonlyMap<string, string>): void {
    this.userData = mkdtempSync(join(tmpdir(), 'stride-atlas-user-data-'));
    for (const [path, text] of filesAtExit) {
      mkdirSync(dirname(join(this.userData, path)), { recursive: true });
      writeFileSync(join(this.userData, path), text);
    }
  }
}

/** Every file under `folder` (relative path → text), read at one moment. */
export function filesIn(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(folder, path), readFileSync(path, 'utf8'));
  }
  return files;
}

/** Electron's preventable events carry `preventDefault`; the stand-in reads whether it was called. */
export class StandInEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

/** What one renderer does when its page loads; it may call the main process before the load ends. */
export type RendererScript = (renderer: StandInRenderer) => void;

/** The renderer side of one window: invokes IPC channels as the preload's `ipcRenderer.invoke` does. */
export class StandInRenderer {
  constructor(
    private readonly process: StandInProcess,
    readonly contents: StandInWebContents,
    /** The URL of the frame making the calls (a top frame unless `parentFrame` is set). */
    readonly frameUrl: string,
    private readonly parentFrame: object | null = null,
  ) {}

  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    const handler = this.process.ipcMain.handlers.get(channel);
    if (!handler) return Promise.reject(new Error(`No handler registered for '${channel}'`));
    const event = { sender: this.contents, senderFrame: { url: this.frameUrl, parent: this.parentFrame } };
    // Delivered at once, so a call is in the main process's hands as soon as the page has made it.
    // The main process reads only `sender.id` and `senderFrame` (see src/main/ipc/trusted-sender.ts).
    try {
      return Promise.resolve(handler(event as unknown as Electron.IpcMainInvokeEvent, ...args));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /** The same calls from a sub-frame of this page (an iframe the page could not have, but might). */
  fromSubFrame(url: string): StandInRenderer {
    return new StandInRenderer(this.process, this.contents, url, { url: this.frameUrl });
  }
}

let nextWebContentsId = 1;

export class StandInWebContents extends EventEmitter {
  readonly id = nextWebContentsId++;
  readonly sent: { channel: string; args: unknown[] }[] = [];
  readonly printed: (Electron.WebContentsPrintOptions | undefined)[] = [];
  windowOpenHandler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0] | undefined;

  send: Electron.WebContents['send'] = (channel, ...args) => {
    this.sent.push({ channel, args });
  };
  print: Electron.WebContents['print'] = (options) => {
    this.printed.push(options);
  };
  setWindowOpenHandler: Electron.WebContents['setWindowOpenHandler'] = (handler) => {
    this.windowOpenHandler = handler;
  };
}

export class StandInBrowserWindow extends EventEmitter {
  readonly webContents = new StandInWebContents();
  /** The page's renderer, once `loadURL` has been called. */
  renderer: StandInRenderer | undefined;
  loadedUrl: string | undefined;
  visible = false;
  minimized = false;
  maximized = false;
  focused = false;
  destroyed = false;
  private bounds: Rectangle;

  constructor(
    private readonly process: StandInProcess,
    readonly options: Electron.BrowserWindowConstructorOptions,
  ) {
    super();
    const area = process.machine.workAreas[0]!;
    const width = options.width ?? 800;
    const height = options.height ?? 600;
    this.bounds = {
      x: options.x ?? area.x + Math.round((area.width - width) / 2),
      y: options.y ?? area.y + Math.round((area.height - height) / 2),
      width,
      height,
    };
    process.windows.push(this);
    process.app.emit('web-contents-created', new StandInEvent(), this.webContents);
  }

  loadURL: Electron.BrowserWindow['loadURL'] = async (url) => {
    this.loadedUrl = url;
    this.renderer = new StandInRenderer(this.process, this.webContents, url);
    // The page's scripts run, and may call the main process, before the load is reported finished.
    this.process.rendererScript(this.renderer);
    await new Promise((resolve) => setImmediate(resolve));
    this.emit('ready-to-show');
    // Reported to the test once the main process has gone on from its `await loadURL`.
    setImmediate(() => this.process.windowLoaded(this));
  };
  getNormalBounds: Electron.BrowserWindow['getNormalBounds'] = () => ({ ...this.bounds });
  isMaximized: Electron.BrowserWindow['isMaximized'] = () => this.maximized;
  isMinimized: Electron.BrowserWindow['isMinimized'] = () => this.minimized;
  maximize: Electron.BrowserWindow['maximize'] = () => {
    this.maximized = true;
  };
  restore: Electron.BrowserWindow['restore'] = () => {
    this.minimized = false;
  };
  show: Electron.BrowserWindow['show'] = () => {
    this.visible = true;
  };
  focus: Electron.BrowserWindow['focus'] = () => {
    this.focused = true;
  };
  isDestroyed: Electron.BrowserWindow['isDestroyed'] = () => this.destroyed;

  /** The user moves or resizes the window (its normal, unmaximised bounds). */
  moveTo(bounds: Rectangle): void {
    this.bounds = { ...bounds };
  }

  /** The user closes the window; false when the main process kept it open. */
  close(): boolean {
    const event = new StandInEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return false;
    this.destroyed = true;
    this.process.windows.splice(this.process.windows.indexOf(this), 1);
    this.emit('closed');
    if (this.process.windows.length === 0 && !this.process.quitting) {
      if (this.process.app.listenerCount('window-all-closed') > 0) this.process.app.emit('window-all-closed');
      else this.process.app.quit();
    }
    return true;
  }
}

export class StandInApp extends EventEmitter {
  isPackaged = true;
  sandboxEnabled = false;
  isReady = false;
  aboutPanel: Electron.AboutPanelOptionsOptions | undefined;
  private markReady!: () => void;
  private readonly ready = new Promise<void>((resolve) => (this.markReady = resolve));

  constructor(
    private readonly process: StandInProcess,
    private readonly version: string,
  ) {
    super();
  }

  enableSandbox: Electron.App['enableSandbox'] = () => {
    if (this.isReady) throw new Error('app.enableSandbox() must be called before the app is ready');
    this.sandboxEnabled = true;
  };
  requestSingleInstanceLock: Electron.App['requestSingleInstanceLock'] = () => {
    const machine = this.process.machine;
    if (machine.lockHolder && !machine.lockHolder.process.exited) {
      machine.lockHolder.emit('second-instance', new StandInEvent(), [], '/', {});
      return false;
    }
    machine.lockHolder = this;
    return true;
  };
  whenReady: Electron.App['whenReady'] = () => this.ready;
  getPath: Electron.App['getPath'] = (name) => {
    if (name === 'userData') return this.process.userData;
    if (name === 'documents') return this.process.machine.documents;
    if (name === 'home') return tmpdir();
    throw new Error(`the stand-in has no path for ${name}`);
  };
  getName: Electron.App['getName'] = () => 'Stride Atlas';
  getVersion: Electron.App['getVersion'] = () => this.version;
  setAboutPanelOptions: Electron.App['setAboutPanelOptions'] = (options) => {
    this.aboutPanel = options;
  };

  /**
   * As Electron: `before-quit`, then every window is closed (without `window-all-closed`), then
   * `will-quit`; unless a listener prevents it, the process exits there.
   */
  quit: Electron.App['quit'] = () => {
    if (this.process.exited) return;
    const beforeQuit = new StandInEvent();
    this.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) return;
    this.process.quitting = true;
    for (const window of [...this.process.windows]) {
      if (!window.close()) {
        this.process.quitting = false;
        return;
      }
    }
    const willQuit = new StandInEvent();
    this.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) {
      this.process.quitting = false;
      return;
    }
    this.emit('quit', new StandInEvent(), 0);
    this.process.exit();
  };

  /** Electron's `ready`: the stand-in's process calls it once src/main/index.ts has been imported. */
  becomeReady(): void {
    this.isReady = true;
    this.emit('ready', new StandInEvent(), {});
    this.markReady();
  }
}

type InvokeHandler = Parameters<Electron.IpcMain['handle']>[1];

export class StandInIpcMain {
  readonly handlers = new Map<string, InvokeHandler>();
  handle: Electron.IpcMain['handle'] = (channel, listener) => {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  };
}

type PermissionCheck = Parameters<Electron.Session['setPermissionCheckHandler']>[0];
type PermissionRequest = Parameters<Electron.Session['setPermissionRequestHandler']>[0];
type DevicePermission = Parameters<Electron.Session['setDevicePermissionHandler']>[0];
type BeforeRequest = Parameters<Electron.WebRequest['onBeforeRequest']>[0];

export class StandInSession {
  permissionCheck: PermissionCheck | undefined;
  permissionRequest: PermissionRequest | undefined;
  devicePermission: DevicePermission | undefined;
  beforeRequest: BeforeRequest | undefined;
  setPermissionCheckHandler: Electron.Session['setPermissionCheckHandler'] = (handler) => {
    this.permissionCheck = handler;
  };
  setPermissionRequestHandler: Electron.Session['setPermissionRequestHandler'] = (handler) => {
    this.permissionRequest = handler;
  };
  setDevicePermissionHandler: Electron.Session['setDevicePermissionHandler'] = (handler) => {
    this.devicePermission = handler;
  };
  readonly webRequest = {
    onBeforeRequest: ((listener: BeforeRequest) => {
      this.beforeRequest = listener;
    }) as Electron.WebRequest['onBeforeRequest'],
  };

  /** Whether the session lets a request for `url` through. */
  allows(url: string): boolean {
    let cancelled: boolean | undefined;
    const details = { url } as Electron.OnBeforeRequestListenerDetails;
    this.beforeRequest?.(details, (response) => (cancelled = response.cancel ?? false));
    if (cancelled === undefined) throw new Error('no request filter answered');
    return !cancelled;
  }
}

type ProtocolHandler = Parameters<Electron.Protocol['handle']>[1];

export class StandInProtocol {
  privilegedSchemes: Electron.CustomScheme[] = [];
  readonly handlers = new Map<string, ProtocolHandler>();
  constructor(private readonly app: StandInApp) {}
  registerSchemesAsPrivileged: Electron.Protocol['registerSchemesAsPrivileged'] = (schemes) => {
    if (this.app.isReady) throw new Error('registerSchemesAsPrivileged must be called before the app is ready');
    this.privilegedSchemes.push(...schemes);
  };
  handle: Electron.Protocol['handle'] = (scheme, handler) => {
    this.handlers.set(scheme, handler);
  };
}

export class StandInDialog {
  /** What the next save dialog answers: a path, or undefined for Cancel. */
  nextSavePath: string | undefined;
  readonly asked: Electron.SaveDialogOptions[] = [];
  showSaveDialog = (async (...args: [Electron.SaveDialogOptions] | [unknown, Electron.SaveDialogOptions]) => {
    this.asked.push(args.length === 1 ? args[0] : args[1]);
    const filePath = this.nextSavePath;
    return { canceled: filePath === undefined, filePath: filePath ?? '' };
  }) as Electron.Dialog['showSaveDialog'];
}

export class StandInMenu {
  template: Electron.MenuItemConstructorOptions[] | undefined;
  applied: unknown;
  buildFromTemplate = ((template: Electron.MenuItemConstructorOptions[]) => {
    this.template = template;
    return { template };
  }) as unknown as typeof Electron.Menu.buildFromTemplate;
  setApplicationMenu = ((menu: unknown) => {
    this.applied = menu;
  }) as typeof Electron.Menu.setApplicationMenu;
}

/**
 * One run of the main process: its own `electron` module (the stand-in objects below), on a
 * machine that outlives it. `exit()` records the files on disk at that moment.
 */
export class StandInProcess {
  readonly app: StandInApp;
  readonly ipcMain = new StandInIpcMain();
  readonly session = new StandInSession();
  readonly protocol: StandInProtocol;
  readonly dialog = new StandInDialog();
  readonly menu = new StandInMenu();
  readonly windows: StandInBrowserWindow[] = [];
  readonly userData: string;
  quitting = false;
  exited = false;
  filesAtExit: Map<string, string> | undefined;
  private markExited!: () => void;
  /** Resolves when the process exits. */
  readonly exited$ = new Promise<void>((resolve) => (this.markExited = resolve));
  /** Called by a window when its page has loaded. */
  windowLoaded!: (window: StandInBrowserWindow) => void;
  /** The first window, once its page has loaded. */
  readonly firstWindow = new Promise<StandInBrowserWindow>((resolve) => (this.windowLoaded = resolve));

  constructor(
    readonly machine: StandInMachine,
    version: string,
    readonly rendererScript: RendererScript,
  ) {
    this.userData = machine.userData;
    this.app = new StandInApp(this, version);
    this.protocol = new StandInProtocol(this.app);
  }

  exit(): void {
    this.exited = true;
    this.filesAtExit = filesIn(this.userData);
    this.markExited();
  }

  /** The `electron` module as src/main imports it. */
  electronModule(): Record<string, unknown> {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the class below needs this process
    const process = this;
    // The main process reads a display's work area only.
    const displays: Electron.Screen['getAllDisplays'] = () =>
      this.machine.workAreas.map((workArea, id) => ({ id, workArea, bounds: workArea }) as Electron.Display);
    const primaryDisplay: Electron.Screen['getPrimaryDisplay'] = () => displays()[0]!;
    return {
      app: this.app,
      BrowserWindow: class extends StandInBrowserWindow {
        constructor(options: Electron.BrowserWindowConstructorOptions) {
          super(process, options);
        }
        static fromWebContents = (contents: StandInWebContents) =>
          process.windows.find((w) => w.webContents === contents) ?? null;
      },
      ipcMain: this.ipcMain,
      Menu: this.menu,
      protocol: this.protocol,
      session: { defaultSession: this.session },
      dialog: this.dialog,
      screen: { getPrimaryDisplay: primaryDisplay, getAllDisplays: displays },
      nativeTheme: { shouldUseDarkColors: false } satisfies Pick<Electron.NativeTheme, 'shouldUseDarkColors'>,
    };
  }
}
