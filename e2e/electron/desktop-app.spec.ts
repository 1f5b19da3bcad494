/**
 * The real desktop app, driven through Electron. These run wherever Electron's binary is installed
 * (GitHub's CI runners) and skip, with the reason printed, where it could not be fetched (our own
 * machines): there the main process is run as a whole against a stand-in for Electron instead
 * (tests/desktop/main-process.spec.ts), and the renderer is tested in Chromium (e2e/web).
 */
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findElectronBinary } from '../support/electron-binary';
import { HandoutBuilderPart, pdfText } from '../pages/handout';
import {
  answerSaveDialogWith,
  buildDesktopApp,
  clickMenuItem,
  launchDesktopApp,
  newUserDataFolder,
  recordPrinting,
  type DesktopApp,
} from './desktop-app';

const binary = findElectronBinary();
if (!binary.available) console.log(`[electron e2e] skipped: ${binary.reason}`);

/** A 1×1 PNG, as a clinic's logo. */
const LOGO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

test.describe('the desktop app (Electron)', () => {
  test.skip(!binary.available, binary.available ? '' : binary.reason);
  // One app at a time: each test starts its own, some twice over the same user-data folder.
  test.describe.configure({ mode: 'serial' });

  let running: DesktopApp | undefined;
  test.beforeAll(() => buildDesktopApp());
  test.afterEach(async () => {
    await running?.app.close();
    running = undefined;
  });

  test('serves the renderer from app:// and runs it locked down', async () => {
    running = await launchDesktopApp(newUserDataFolder());
    const { page, app } = running;
    expect(page.url()).toMatch(/^app:\/\/stride-atlas\//);
    const exposed = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      api: Object.keys((window as unknown as { strideAtlas: object }).strideAtlas).sort(),
    }));
    expect(exposed.require).toBe('undefined');
    expect(exposed.process).toBe('undefined');
    expect(exposed.api).toContain('loadSettings');
    expect(exposed.api).not.toContain('ipcRenderer');

    expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await expect.poll(() => page.url()).toMatch(/^app:\/\/stride-atlas\//);
    expect(app.windows()).toHaveLength(1);
  });

  test('keeps the clinic’s name and logo across restarts, and a changed name', async () => {
    const userData = newUserDataFolder();
    const savedClinic = () =>
      existsSync(join(userData, 'settings.json'))
        ? (JSON.parse(readFileSync(join(userData, 'settings.json'), 'utf8')) as { clinic: { name: string } }).clinic
        : undefined;

    running = await launchDesktopApp(userData);
    await running.workbench.activityBar.show('Settings');
    await running.workbench.settings.setClinicName('Riverside Physio');
    await running.workbench.settings.uploadLogo({ name: 'logo.png', mimeType: 'image/png', buffer: LOGO });
    await expect(running.workbench.settings.logoPreview).toBeVisible();
    await expect.poll(() => savedClinic()?.name).toBe('Riverside Physio');
    await running.app.close();

    running = await launchDesktopApp(userData);
    await running.workbench.activityBar.show('Settings');
    await expect(running.workbench.settings.clinicName).toHaveValue('Riverside Physio');
    await expect(running.workbench.settings.logoPreview).toBeVisible();
    await running.workbench.settings.setClinicName('Riverside Running Clinic');
    await expect.poll(() => savedClinic()?.name).toBe('Riverside Running Clinic');
    await running.app.close();

    running = await launchDesktopApp(userData);
    await running.workbench.activityBar.show('Settings');
    await expect(running.workbench.settings.clinicName).toHaveValue('Riverside Running Clinic');
    await expect(running.workbench.settings.logoPreview).toBeVisible();
  });

  test('exports a handout as a PDF where the save dialog says, and prints it', async () => {
    running = await launchDesktopApp(newUserDataFolder());
    const { app, page, workbench } = running;
    await page.keyboard.press('Control+Shift+F');
    await workbench.search.input.fill('clamshell');
    await workbench.search
      .group('Exercises')
      .getByRole('button', { name: /^Clamshell/ })
      .first()
      .click();
    await workbench.editor.panel.getByRole('button', { name: 'Add to handout' }).click();
    await workbench.quickInput.runCommand('Handout: Open Handout Builder');
    const builder = new HandoutBuilderPart(page);
    await builder.patientName.fill('Sam Okafor');

    const target = join(newUserDataFolder(), 'Sam Okafor handout.pdf');
    await answerSaveDialogWith(app, target);
    await builder.button('Export PDF').click();
    await expect(builder.pdfSaved).toContainText(target);
    expect(readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(target).join('\n');
    expect(text).toContain('Sam Okafor');
    expect(text).toContain('Clamshell');

    const printCalls = await recordPrinting(app);
    await builder.button('Print').click();
    await expect.poll(printCalls).toEqual([{ silent: false, printBackground: true }]);
  });

  test('every command of the native menu reaches the workbench', async () => {
    running = await launchDesktopApp(newUserDataFolder());
    const { app, page, workbench } = running;

    // macOS keeps Settings… in the app menu, the others in File.
    await clickMenuItem(app, process.platform === 'darwin' ? 'Settings…' : 'Settings');
    await expect(workbench.sideBar.view('Settings')).toBeVisible();
    await clickMenuItem(app, 'Toggle Side Bar');
    await expect(workbench.sideBar.any).toBeHidden();
    await clickMenuItem(app, 'Toggle Side Bar');
    await expect(workbench.sideBar.any).toBeVisible();

    await clickMenuItem(app, 'Zoom In');
    await expect(workbench.statusBar.zoom).toHaveText('Zoom 110%');
    await clickMenuItem(app, 'Zoom In');
    await clickMenuItem(app, 'Zoom Out');
    await expect(workbench.statusBar.zoom).toHaveText('Zoom 110%');
    await clickMenuItem(app, 'Reset Zoom');
    await expect(workbench.statusBar.zoom).toHaveText('Zoom 100%');

    await clickMenuItem(app, 'Quick Open…');
    await expect(workbench.quickInput.root).toBeVisible();
    await page.keyboard.press('Escape');
    await clickMenuItem(app, 'Command Palette…');
    await expect(workbench.quickInput.input).toHaveValue(/^>/);
    await page.keyboard.press('Escape');

    await workbench.quickInput.quickOpen('clamshell');
    await page.keyboard.press('Enter');
    await workbench.editor.panel.getByRole('button', { name: 'Add to handout' }).click();
    await expect(workbench.statusBar.handoutCount).toContainText('1 item');
    await clickMenuItem(app, 'Keyboard Shortcuts');
    await expect(workbench.editor.activeTab).toContainText('Welcome');
    await expect(workbench.editor.panel.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeVisible();

    await clickMenuItem(app, 'Patient View');
    await expect(workbench.activityBar.root).toBeHidden();
    await clickMenuItem(app, 'Patient View');
    await expect(workbench.activityBar.root).toBeVisible();

    await clickMenuItem(app, 'New Patient');
    await expect(workbench.statusBar.handoutCount).toContainText('0 items');
  });
});
