import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findElectronBinary } from '../support/electron-binary';

const binary = findElectronBinary();
if (!binary.available) console.log(`[electron e2e] skipped: ${binary.reason}`);

test.describe('the desktop app (Electron)', () => {
  test.skip(!binary.available, binary.available ? '' : binary.reason);

  let app: ElectronApplication;
  let page: Page;

  test.beforeAll(async () => {
    execFileSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
    app = await electron.launch({
      args: ['out/main/index.js', `--user-data-dir=${mkdtempSync(join(tmpdir(), 'stride-atlas-e2e-'))}`],
      env: { ...process.env, ELECTRON_RENDERER_URL: '' },
    });
    page = await app.firstWindow();
    await page.getByTestId('offline-indicator').waitFor();
  });

  test.afterAll(async () => {
    await app?.close();
  });

  test('serves the renderer from app:// and shows the workbench', async () => {
    expect(page.url()).toMatch(/^app:\/\/stride-atlas\//);
    await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
  });

  test('runs the renderer locked down', async () => {
    const exposed = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      api: Object.keys((window as unknown as { strideAtlas: object }).strideAtlas).sort(),
    }));
    expect(exposed.require).toBe('undefined');
    expect(exposed.process).toBe('undefined');
    expect(exposed.api).toContain('loadSettings');
    expect(exposed.api).not.toContain('ipcRenderer');
  });

  test('refuses navigation away and new windows', async () => {
    const opened = await page.evaluate(() => window.open('https://example.com/') === null);
    expect(opened).toBe(true);
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^app:\/\/stride-atlas\//);
    expect(app.windows()).toHaveLength(1);
  });
});
