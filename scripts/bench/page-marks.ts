import type { Page } from '@playwright/test';

/**
 * Long enough for a cold start on a slow machine: the page is left alone for this long before
 * anything is asked of it (see `markTimes`).
 */
const SETTLE_MS = 1500;

/**
 * When the page set each of the performance marks `names`, in ms since navigation. It waits
 * before asking: Playwright's first question to a page injects its helper script, tens of
 * milliseconds of main-thread work that would otherwise land inside the start-up being measured
 * (and polling every frame adds more). The marks are the app's own timestamps, so reading them
 * late loses nothing. Functions, not strings: a string predicate is eval'd in the page, which the
 * app's CSP forbids.
 */
export async function markTimes<N extends string>(page: Page, names: readonly N[]): Promise<Record<N, number>> {
  await page.waitForTimeout(SETTLE_MS);
  const list: string[] = [...names];
  await page.waitForFunction(
    (marks: string[]) => marks.every((mark) => performance.getEntriesByName(mark).length > 0),
    list,
  );
  const times = await page.evaluate(
    (marks: string[]) => marks.map((mark) => performance.getEntriesByName(mark)[0]!.startTime),
    list,
  );
  return Object.fromEntries(names.map((name, i) => [name, times[i]!])) as Record<N, number>;
}
