import { INTERACTIVE_MARK } from '../../src/shared/boot-marks';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/content-security-policy';
import { Workbench } from '../pages/workbench';
import { expect, saveScreenshot, test } from '../support/test';

test.describe('foundation: the web build', () => {
  test('renders the workbench skeleton: activity bar, side bar, editor area, status bar', async ({ page }) => {
    const workbench = await new Workbench(page).open();
    for (const view of ['Library', 'Search', 'Body map', 'Handout', 'Settings'] as const) {
      await expect(workbench.activityBar.button(view)).toBeVisible();
    }
    await expect(workbench.sideBar.any).toBeVisible();
    await expect(workbench.editor.root).toBeVisible();
    await expect(workbench.statusBar.offline).toHaveText(/Offline/);
  });

  test('follows the OS light and dark preference, live', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    const workbench = await new Workbench(page).open();
    expect(await workbench.theme()).toBe('light');
    const lightBackground = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await saveScreenshot(page, 'foundation-skeleton-light');

    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const darkBackground = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(darkBackground).not.toBe(lightBackground);
    await saveScreenshot(page, 'foundation-skeleton-dark');
  });

  test('a fresh window downloads the boot script, one main script, one stylesheet and the two data files before it is ready', async ({
    page,
  }) => {
    // Over HTTP/1.1 a browser makes six requests at a time; a dozen small chunks doubled the wait.
    await new Workbench(page).open();
    const requested = await page.evaluate(async (mark) => {
      while (performance.getEntriesByName(mark).length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
      const ready = performance.getEntriesByName(mark)[0]!.startTime;
      // Lazy parts are fetched after the mark, while the clinician reads the first screen.
      return performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime < ready)
        .map((entry) => new URL(entry.name).pathname);
    }, INTERACTIVE_MARK);
    const byType = (extension: string) => requested.filter((path) => path.endsWith(extension));
    expect(byType('.js').sort(), 'scripts').toEqual([
      expect.stringMatching(/\/assets\/boot-[\w-]+\.js$/),
      expect.stringMatching(/\/assets\/start-up-[\w-]+\.js$/),
    ]);
    expect(byType('.css'), 'stylesheets').toEqual([expect.stringMatching(/\/assets\/start-up-[\w-]+\.css$/)]);
    expect(byType('.json').sort(), 'data').toEqual([
      expect.stringMatching(/knowledge-base-/),
      expect.stringMatching(/search-index-/),
    ]);
  });

  test('Chromium shows our page alone, as a desktop window does: none of its own pages start beside it', async ({
    page,
    browser,
  }) => {
    // Each benchmark start is a new window; Chromium's address-bar pop-up used to start with every one (chromium.ts).
    await new Workbench(page).open();
    const cdp = await browser.newBrowserCDPSession();
    const { targetInfos } = await cdp.send('Target.getTargets');
    await cdp.detach();
    expect(
      targetInfos.filter((target) => !target.url.startsWith('http')).map((target) => `${target.type} ${target.url}`),
    ).toEqual([]);
  });

  test('a damaged or missing data file gets a screen that names it, not a blank window', async ({
    page,
    pageErrors,
  }) => {
    for (const [file, answer, message] of [
      [
        'knowledge-base',
        { status: 200, body: '{"conditions": [' },
        /The knowledge-base file is damaged \(.*knowledge-base-\w+\.json\)/,
      ],
      ['knowledge-base', { status: 404, body: '' }, /The knowledge-base file could not be opened \(.*\): 404/],
    ] as const) {
      await page.unrouteAll();
      await page.route(`**/assets/${file}-*.json`, (route) =>
        route.fulfill({ contentType: 'application/json', ...answer }),
      );
      await page.goto('/index.html');
      await expect(page.getByRole('alert')).toContainText('Stride Atlas could not start');
      await expect(page.getByRole('alert')).toContainText(message);
      // main.ts rethrows after showing the screen (so it is logged); that error is this test's point.
      await expect.poll(() => pageErrors.splice(0).join('\n')).toMatch(message);
    }
  });

  test('is served with the strict CSP, as a header and as a meta tag', async ({ page, baseURL }) => {
    const response = await page.request.get(`${baseURL}/index.html`);
    expect(response.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    await new Workbench(page).open();
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
      'content',
      CONTENT_SECURITY_POLICY,
    );
  });

  test('the app itself never trips the CSP while starting, searching, opening pages and building a handout', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective}: ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`),
      );
    });
    const workbench = await new Workbench(page).open();
    await workbench.quickInput.quickOpen('clamshell');
    await page.keyboard.press('Enter');
    await workbench.itemPage.addToHandout.click();
    await workbench.statusBar.handoutCount.click();
    await expect(page.getByRole('button', { name: 'Export PDF' })).toBeVisible();
    await workbench.activityBar.show('Settings');
    await expect(workbench.settings.root).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  });

  test('the CSP stops the page from reaching another origin', async ({ page, pageErrors }) => {
    await new Workbench(page).open();
    const outcome = await page.evaluate(() =>
      fetch('https://example.com/tracker.js').then(
        () => 'reached',
        () => 'blocked',
      ),
    );
    expect(outcome).toBe('blocked');
    // The browser reports the refused connection on the console; that is the expected outcome here.
    expect(pageErrors.some((e) => e.includes('Content Security Policy'))).toBe(true);
    pageErrors.length = 0;
  });

  test('the network guard records and aborts any request outside the app origin', async ({
    page,
    foreignRequests,
    pageErrors,
  }) => {
    // A page without our CSP, so only the guard stands between it and the network.
    await page.setContent('<img src="https://example.com/pixel.png" alt="">');
    await expect.poll(() => foreignRequests.length).toBe(1);
    expect(foreignRequests[0]).toBe('https://example.com/pixel.png');
    foreignRequests.length = 0;
    pageErrors.length = 0;
  });
});
