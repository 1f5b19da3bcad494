/**
 * Start-up with a kept consult (hot exit, issue 24): cold starts of the web build in profiles that
 * hold saved data, half of them with a kept consult of 15 exercises and a marked body map. The two
 * kinds alternate, so a machine that gets busier slows both alike. Target: the kept consult makes
 * start → workbench painted no more than 10 ms slower (median).
 */
import { chromium, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { REPOSITORY_ROOT } from '../../src/node/repository-paths';
import { CHROMIUM_ARGS, findChromium } from '../chromium';
import { createWebServer } from '../web-server';
import { CONSULT_RESTORED_MARK, INTERACTIVE_MARK } from '../../src/shared/boot-marks';
import { keptDraft } from '../../src/main/store/test-support/kept-draft';
import { formatMs, summarize, type BenchTable } from './measure';
import { markTimes } from './page-marks';

const WEB_ROOT = join(REPOSITORY_ROOT, 'dist', 'web');
const STARTS = 15;
const TARGET_SLOWER_MS = 10;
type StorageState = Exclude<BrowserContextOptions['storageState'], string | undefined>;

/**
 * Stores `text` as the kept consult in the web build's IndexedDB, as the app writes it (JSON text).
 * Page-side source: this file compiles without DOM types (as ui-bench.ts does).
 */
const KEEP_CONSULT = `([key, text]) => new Promise((resolve, reject) => {
  const open = indexedDB.open('stride-atlas');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const tx = open.result.transaction('drafts', 'readwrite');
    tx.objectStore('drafts').put(text, key);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  };
})`;

async function keepConsult(page: Page, text: string): Promise<void> {
  await page.evaluate(`(${KEEP_CONSULT})(${JSON.stringify([keptDraft(1).id, text])})`);
}

/** A profile after one start (its database made, its layout saved), with or without a kept consult. */
async function profile(browser: Browser, url: string, withConsult: boolean): Promise<StorageState> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await markTimes(page, [INTERACTIVE_MARK]);
  if (withConsult) await keepConsult(page, JSON.stringify(keptDraft(1)));
  const state = await context.storageState({ indexedDB: true });
  await context.close();
  return state;
}

async function start<N extends string>(
  browser: Browser,
  url: string,
  storageState: StorageState,
  marks: readonly N[],
): Promise<Record<N, number>> {
  const context = await browser.newContext({ storageState });
  const page = await context.newPage();
  await page.goto(url);
  const times = await markTimes(page, marks);
  await context.close();
  return times;
}

async function keptConsultStarts(browser: Browser, url: string): Promise<BenchTable> {
  const [plain, kept] = [await profile(browser, url, false), await profile(browser, url, true)];
  const without: number[] = [];
  const withConsult: number[] = [];
  const restored: number[] = [];
  for (let i = 0; i < STARTS; i++) {
    without.push((await start(browser, url, plain, [INTERACTIVE_MARK]))[INTERACTIVE_MARK]);
    const times = await start(browser, url, kept, [INTERACTIVE_MARK, CONSULT_RESTORED_MARK]);
    withConsult.push(times[INTERACTIVE_MARK]);
    restored.push(times[CONSULT_RESTORED_MARK]);
  }
  const before = summarize(without);
  const after = summarize(withConsult);
  const back = summarize(restored);
  const slower = after.median - before.median;
  return {
    title: `Start-up with a kept consult: web build in Chromium (${STARTS} cold starts each, alternating)`,
    header: ['measure', 'median', 'p95', 'target', 'result'],
    rows: [
      ['start → workbench painted, no kept consult', formatMs(before.median), formatMs(before.p95), '', ''],
      ['  the same, kept consult of 15 exercises', formatMs(after.median), formatMs(after.p95), '', ''],
      [
        '  slower by (median)',
        formatMs(slower),
        '',
        `≤ ${TARGET_SLOWER_MS} ms`,
        slower <= TARGET_SLOWER_MS ? 'pass' : 'FAIL',
      ],
      ['start → kept consult back in the sessions', formatMs(back.median), formatMs(back.p95), '', ''],
    ],
    notes: [
      'Both profiles hold the database and layout of one earlier start; the kept consult is read after the first paint,',
      'with the handout and body-map sessions, so it should not move the first row.',
    ],
  };
}

/** `npm run bench -- kept-consult`: the web build in dist/web (as the UI benchmark uses it). */
export async function runKeptConsultBenchmark(): Promise<BenchTable> {
  const server = createWebServer(WEB_ROOT);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/index.html`;
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    return await keptConsultStarts(browser, url);
  } finally {
    await browser.close();
    server.close();
  }
}
