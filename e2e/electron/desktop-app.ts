import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbench } from '../pages/workbench';

/** Builds out/ (main, preload, renderer) once per run, before the first launch. */
let built = false;
export function buildDesktopApp(): void {
  if (built) return;
  execFileSync('npx', ['electron-vite', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
  built = true;
}

export function newUserDataFolder(): string {
  return mkdtempSync(join(tmpdir(), 'stride-atlas-e2e-'));
}

export interface DesktopApp {
  app: ElectronApplication;
  page: Page;
  workbench: Workbench;
}

/** Starts the built app on `userData` (a restart passes the same folder) and waits for its workbench. */
export async function launchDesktopApp(userData: string): Promise<DesktopApp> {
  const app = await electron.launch({
    args: ['out/main/index.js', `--user-data-dir=${userData}`],
    // Never the dev server: the app as installed, from app://.
    env: { ...process.env, ELECTRON_RENDERER_URL: '' },
  });
  const page = await app.firstWindow();
  const workbench = new Workbench(page);
  await workbench.ready();
  return { app, page, workbench };
}

/** Clicks an item of the native application menu, found by its label, as the user would. */
export async function clickMenuItem(app: ElectronApplication, label: string): Promise<void> {
  await app.evaluate(({ Menu }, wanted) => {
    const find = (items: Electron.MenuItem[]): Electron.MenuItem | undefined => {
      for (const item of items) {
        if (item.label === wanted) return item;
        const inner = item.submenu ? find(item.submenu.items) : undefined;
        if (inner) return inner;
      }
      return undefined;
    };
    const item = find(Menu.getApplicationMenu()?.items ?? []);
    if (!item) throw new Error(`the application menu has no item "${wanted}"`);
    item.click();
  }, label);
}

/** Makes the main process's save dialog answer `path` without showing it (the one thing stubbed). */
export async function answerSaveDialogWith(app: ElectronApplication, path: string): Promise<void> {
  await app.evaluate(({ dialog }, filePath) => {
    dialog.showSaveDialog = async () => ({ canceled: false, filePath });
  }, path);
}

/** Replaces the window's print() with a recorder (a real print dialog would block the test). */
export async function recordPrinting(app: ElectronApplication): Promise<() => Promise<unknown[]>> {
  await app.evaluate(({ BrowserWindow }) => {
    const calls: unknown[] = [];
    (globalThis as { printCalls?: unknown[] }).printCalls = calls;
    BrowserWindow.getAllWindows()[0]!.webContents.print = (options?: unknown) => {
      calls.push(options);
    };
  });
  return () => app.evaluate(() => (globalThis as { printCalls?: unknown[] }).printCalls ?? []);
}
