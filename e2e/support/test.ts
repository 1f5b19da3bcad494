import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const SCREENSHOT_DIR = join(process.cwd(), 'test-results', 'screenshots');

interface Fixtures {
  /** Every URL the page tried to reach outside its own origin (each one was aborted). */
  foreignRequests: string[];
  /** Console errors and uncaught exceptions, CSP violations included. */
  pageErrors: string[];
}

function isOwn(url: string, origin: string): boolean {
  return url.startsWith(origin + '/') || url.startsWith('data:') || url.startsWith('blob:');
}

/**
 * The base test for the web build. Every test runs with a network guard: a request to anything
 * but the app's own origin is recorded and aborted, and the test fails if there was any. Console
 * errors (a CSP violation among them) fail the test too.
 */
export const test = base.extend<Fixtures>({
  foreignRequests: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (isOwn(url, origin)) return route.continue();
        foreign.push(url);
        return route.abort('blockedbyclient');
      });
      await use(foreign);
      expect(foreign, `requests outside ${origin}`).toEqual([]);
    },
    { auto: true },
  ],
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}
