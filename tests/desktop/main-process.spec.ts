/**
 * The whole main process (src/main/index.ts, unchanged) run in Node against the Electron stand-in,
 * through the sequences a real start goes through. The renderer side is the real preload API
 * (createPreloadApi) over the stand-in's IPC, driven the way the workbench drives it: it asks for
 * the saved settings and layout as soon as its script runs, before the page has finished loading,
 * and, like the workbench of today, falls back to the defaults if they cannot be read.
 */
import type * as Electron from 'electron';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import type { AppApi } from '../../src/shared/app-api';
import { keptDraft } from '../../src/main/store/test-support/kept-draft';
import { IPC_CHANNELS } from '../../src/shared/ipc-channels';
import type { Loaded } from '../../src/shared/loaded';
import { MENU_COMMAND_CHANNEL, MENU_COMMANDS } from '../../src/shared/menu-commands';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';
import { DEFAULT_LAYOUT, type WorkbenchLayout } from '../../src/shared/workbench-layout';
import { createPreloadApi } from '../../src/preload/create-preload-api';
import { REPOSITORY_ROOT } from '../../src/node/repository-paths';
import {
  StandInMachine,
  StandInProcess,
  StandInRenderer,
  type RendererScript,
  type StandInBrowserWindow,
} from './electron-stand-in';

const { version: APP_VERSION } = JSON.parse(readFileSync(join(REPOSITORY_ROOT, 'package.json'), 'utf8')) as {
  version: string;
};
const KNOWLEDGE_BASE = parse(readFileSync(join(REPOSITORY_ROOT, 'data/meta.yaml'), 'utf8')) as {
  version: string;
  updated: string;
};

type SavedState =
  | { readable: true; settings: Loaded<Settings>; layout: Loaded<WorkbenchLayout> }
  | { readable: false; message: string };

/** One page load of the renderer, seen through the preload's AppApi. */
class RendererPage {
  readonly api: AppApi;
  /** What the page's first requests (sent while it loads) answered. */
  readonly saved: Promise<SavedState>;

  constructor(renderer: StandInRenderer) {
    this.api = createPreloadApi(
      (channel, ...args) => renderer.invoke(channel, ...args),
      () => () => {},
    );
    this.saved = Promise.all([this.api.loadSettings(), this.api.loadLayout()]).then(
      ([settings, layout]): SavedState => ({ readable: true, settings, layout }),
      (error: unknown): SavedState => ({ readable: false, message: String(error) }),
    );
  }

  /** The settings the workbench shows: the saved ones, or the defaults if there are none it could read. */
  async settings(): Promise<Settings> {
    const saved = await this.saved;
    return saved.readable && saved.settings.status === 'ok' ? saved.settings.value : DEFAULT_SETTINGS;
  }

  /** The user edits the clinic in Settings; the workbench saves the whole settings object. */
  async changeClinic(clinic: Partial<Settings['clinic']>): Promise<Settings> {
    const current = await this.settings();
    const next = { ...current, clinic: { ...current.clinic, ...clinic } };
    await this.api.saveSettings(next);
    return next;
  }
}

/** A started main process, its window and the page in it. */
interface Running {
  process: StandInProcess;
  window: StandInBrowserWindow;
  page: RendererPage;
}

const pages = new WeakMap<StandInRenderer, RendererPage>();

/** Starts src/main/index.ts as a new process on `machine` and waits for its window's page to load. */
async function launch(
  machine: StandInMachine,
  script: RendererScript = (renderer) => pages.set(renderer, new RendererPage(renderer)),
): Promise<StandInProcess> {
  const process = new StandInProcess(machine, APP_VERSION, script);
  vi.resetModules();
  vi.doMock('electron', () => process.electronModule());
  await import('../../src/main/index');
  process.app.becomeReady();
  return process;
}

async function start(machine: StandInMachine): Promise<Running> {
  const process = await launch(machine);
  const window = await process.firstWindow;
  return { process, window, page: pages.get(window.renderer!)! };
}

/** The user closes the window; resolves with the files on disk at the moment the process ended. */
async function closeAndExit({ process, window }: Running): Promise<Map<string, string>> {
  window.close();
  await process.exited$;
  return process.filesAtExit!;
}

const LOGO_A = `data:image/png;base64,${Buffer.from('logo of Riverside Physio').toString('base64')}`;
const LOGO_B = `data:image/jpeg;base64,${Buffer.from('new logo, after the rename').toString('base64')}`;

let machine: StandInMachine;
beforeEach(() => {
  machine = new StandInMachine();
  vi.stubGlobal('__KNOWLEDGE_BASE_META__', KNOWLEDGE_BASE);
});
afterEach(() => {
  vi.doUnmock('electron');
  vi.unstubAllGlobals();
});

describe('the main process, started as a whole', () => {
  it('first start: one locked-down window from app://, nothing saved yet, the About panel filled in', async () => {
    const running = await start(machine);
    const { process, window, page } = running;

    expect(process.app.sandboxEnabled).toBe(true);
    expect(process.protocol.privilegedSchemes.map((s) => s.scheme)).toEqual(['app']);
    expect(process.protocol.handlers.has('app')).toBe(true);
    expect(window.loadedUrl).toBe('app://stride-atlas/index.html');
    expect(window.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(window.visible).toBe(true);
    expect(window.getNormalBounds()).toMatchObject({ width: 1280, height: 820 });

    expect(await page.saved).toEqual({
      readable: true,
      settings: { status: 'missing' },
      layout: { status: 'missing' },
    });
    expect(await page.api.getAppInfo()).toEqual({
      name: 'Stride Atlas',
      version: APP_VERSION,
      platform: 'electron',
      dataLocation: machine.userData,
    });
    expect(process.app.aboutPanel?.applicationVersion).toBe(
      `${APP_VERSION} (knowledge base ${KNOWLEDGE_BASE.version}, ${KNOWLEDGE_BASE.updated})`,
    );

    expect(process.session.permissionCheck?.(null, 'media', 'app://stride-atlas', {} as never)).toBe(false);
    expect(process.session.allows('app://stride-atlas/assets/index.js')).toBe(true);
    expect(process.session.allows('https://example.com/')).toBe(false);
    expect(window.webContents.windowOpenHandler?.({} as never)).toEqual({ action: 'deny' });

    expect(await closeAndExit(running)).toEqual(new Map([['window-state.json', expect.any(String)]]));
  });

  it('keeps the clinic, the layout and the window bounds across restarts, and a changed name and logo', async () => {
    const first = await start(machine);
    const saved = await first.page.changeClinic({ name: 'Riverside Physio', logoDataUrl: LOGO_A });
    const layout: WorkbenchLayout = { ...DEFAULT_LAYOUT, activeView: 'search', sideBarWidth: 360, zoomLevel: 1 };
    await first.page.api.saveLayout(layout);
    first.window.moveTo({ x: 140, y: 60, width: 1500, height: 900 });
    machine.restartFrom(await closeAndExit(first));

    const second = await start(machine);
    expect(await second.page.saved).toEqual({
      readable: true,
      settings: { status: 'ok', value: saved },
      layout: { status: 'ok', value: layout },
    });
    expect(second.window.options).toMatchObject({ x: 140, y: 60, width: 1500, height: 900 });
    const renamed = await second.page.changeClinic({ name: 'Riverside Running Clinic', logoDataUrl: LOGO_B });
    second.window.maximize();
    machine.restartFrom(await closeAndExit(second));

    const third = await start(machine);
    const reloaded = await third.page.saved;
    expect(reloaded.readable && reloaded.settings).toEqual({ status: 'ok', value: renamed });
    expect(renamed.clinic).toMatchObject({ name: 'Riverside Running Clinic', logoDataUrl: LOGO_B });
    expect(third.window.maximized).toBe(true);
    expect(third.window.options).toMatchObject({ x: 140, y: 60, width: 1500, height: 900 });
  });

  it('a second start while the app runs brings the running window forward and opens nothing', async () => {
    const first = await start(machine);
    first.window.minimized = true;

    const second = await launch(machine);
    expect(second.exited).toBe(true);
    expect(second.windows).toHaveLength(0);
    expect(second.ipcMain.handlers.size).toBe(0);
    expect(first.window).toMatchObject({ minimized: false, focused: true });
    expect(first.process.exited).toBe(false);
  });

  it('closing the window while settings are being written exits only once they are on disk', async () => {
    const first = await start(machine);
    const settings = { ...(await first.page.settings()), clinicianName: 'Alex Morgan' };
    const saving = first.page.api.saveSettings(settings);
    first.window.moveTo({ x: 10, y: 20, width: 1000, height: 700 });
    const files = await closeAndExit(first);
    await saving;

    expect(JSON.parse(files.get('settings.json') ?? 'null')).toEqual(settings);
    expect(JSON.parse(files.get('window-state.json') ?? 'null')).toEqual({
      x: 10,
      y: 20,
      width: 1000,
      height: 700,
      maximized: false,
    });
  });

  it('quitting from the menu while a layout is being written exits only once it is on disk', async () => {
    const first = await start(machine);
    const layout: WorkbenchLayout = { ...DEFAULT_LAYOUT, sideBarVisible: false };
    const saving = first.page.api.saveLayout(layout);
    first.process.app.quit();
    await first.process.exited$;
    await saving;

    expect(JSON.parse(first.process.filesAtExit!.get('layout.json') ?? 'null')).toEqual(layout);
    expect(first.process.filesAtExit!.has('window-state.json')).toBe(true);
  });

  it('quitting while the kept consult is being written exits only once it is on disk', async () => {
    const first = await start(machine);
    const draft = keptDraft(7);
    const keeping = first.page.api.saveUserFile('draft', draft);
    first.process.app.quit();
    await first.process.exited$;
    await keeping;

    expect(JSON.parse(first.process.filesAtExit!.get(join('drafts', `${draft.id}.json`)) ?? 'null')).toEqual(draft);
  });

  it('a damaged settings file is moved aside and reported, and is still there after new settings are saved', async () => {
    const damaged = '{"schemaVersion": 1, "clinic": {"name": "Riverside Physio"';
    writeFileSync(join(machine.userData, 'settings.json'), damaged);
    const first = await start(machine);

    const saved = await first.page.saved;
    expect(saved.readable && saved.settings).toMatchObject({
      status: 'damaged',
      message: expect.stringContaining('settings.json could not be read'),
      keptAs: expect.stringContaining(join(machine.userData, 'damaged', 'settings.')),
    });
    const next = await first.page.changeClinic({ name: 'Riverside Physio' });
    const files = await closeAndExit(first);

    expect(JSON.parse(files.get('settings.json')!)).toEqual(next);
    const kept = [...files].filter(([path]) => path.startsWith(join('damaged', 'settings.')));
    expect(kept.map(([, text]) => text)).toEqual([damaged]);
  });

  it('never writes settings or a layout over files this run has not read', async () => {
    const clinic: Settings = { ...DEFAULT_SETTINGS, clinic: { ...DEFAULT_SETTINGS.clinic, name: 'Riverside Physio' } };
    writeFileSync(join(machine.userData, 'settings.json'), JSON.stringify(clinic));
    writeFileSync(join(machine.userData, 'layout.json'), JSON.stringify(DEFAULT_LAYOUT));
    // A page that saves without first reading what is saved, as the workbench did whenever its
    // first requests were refused: the defaults it holds must not replace the clinic's settings.
    const process = await launch(machine, () => {});
    const window = await process.firstWindow;
    const api = createPreloadApi(
      (channel, ...args) => window.renderer!.invoke(channel, ...args),
      () => () => {},
    );
    await expect(api.saveSettings(DEFAULT_SETTINGS)).rejects.toThrow(/settings.json was not replaced/);
    await expect(api.saveLayout({ ...DEFAULT_LAYOUT, zoomLevel: 3 })).rejects.toThrow(/layout.json was not replaced/);
    expect(JSON.parse(readFileSync(join(machine.userData, 'settings.json'), 'utf8'))).toEqual(clinic);

    // Once it has read them, its saves go through.
    expect(await api.loadSettings()).toEqual({ status: 'ok', value: clinic });
    const renamed = { ...clinic, clinic: { ...clinic.clinic, name: 'Riverside Running Clinic' } };
    await expect(api.saveSettings(renamed)).resolves.toBeUndefined();
    expect(JSON.parse(readFileSync(join(machine.userData, 'settings.json'), 'utf8'))).toEqual(renamed);
  });

  it('answers only its own window’s top frame on its own origin', async () => {
    const { window, process } = await start(machine);
    const ownPage = window.renderer!;
    await expect(ownPage.invoke(IPC_CHANNELS.getAppInfo)).resolves.toMatchObject({ version: APP_VERSION });

    const rejected = /rejected, the sender is not the Stride Atlas window/;
    await expect(
      ownPage.fromSubFrame('app://stride-atlas/index.html').invoke(IPC_CHANNELS.loadSettings),
    ).rejects.toThrow(rejected);
    await expect(
      new StandInRenderer(process, window.webContents, 'https://example.com/').invoke(IPC_CHANNELS.loadSettings),
    ).rejects.toThrow(rejected);
    const other = new (process.electronModule()['BrowserWindow'] as new (o: object) => StandInBrowserWindow)({});
    await expect(
      new StandInRenderer(process, other.webContents, 'app://stride-atlas/index.html').invoke(
        IPC_CHANNELS.loadSettings,
      ),
    ).rejects.toThrow(rejected);
  });

  it('prints, saves a PDF where the user chose, and sends every menu command to the window', async () => {
    const { window, page, process } = await start(machine);

    await page.api.printPage();
    expect(window.webContents.printed).toEqual([{ silent: false, printBackground: true }]);

    const chosen = join(machine.documents, 'Plan for Sam.pdf');
    process.dialog.nextSavePath = chosen;
    const pdf = new TextEncoder().encode('%PDF-1.7\n% a handout\n%%EOF\n');
    expect(await page.api.savePdf(pdf, 'Plan for Sam')).toEqual({ status: 'saved', location: chosen });
    expect(readFileSync(chosen, 'utf8')).toBe('%PDF-1.7\n% a handout\n%%EOF\n');
    expect(process.dialog.asked[0]?.defaultPath).toBe(join(machine.documents, 'Plan for Sam.pdf'));
    process.dialog.nextSavePath = undefined;
    expect(await page.api.savePdf(pdf, 'Plan for Sam')).toEqual({ status: 'cancelled' });

    const clicks: (() => void)[] = [];
    const collect = (items: Electron.MenuItemConstructorOptions[]) => {
      for (const item of items) {
        // The main process's click handlers take no arguments from the menu item or the event.
        if (item.click) clicks.push(() => item.click!(undefined as never, undefined, undefined as never));
        if (Array.isArray(item.submenu)) collect(item.submenu);
      }
    };
    collect(process.menu.template!);
    for (const click of clicks) click();
    const sent = window.webContents.sent.filter((m) => m.channel === MENU_COMMAND_CHANNEL).map((m) => m.args[0]);
    expect(new Set(sent)).toEqual(new Set(MENU_COMMANDS));
  });
});
