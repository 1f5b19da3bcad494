/**
 * Authoring aid: renders figure files from anywhere (drafts, variants) side by side, every pose,
 * to test-results/figures/files.png.
 *
 *   npx tsx scripts/figures/render-files.ts /tmp/variant-a.yaml /tmp/variant-b.yaml
 */
import { readFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { chromium } from '@playwright/test';
import { exerciseFigureSchema } from '../../src/core/kb/figure-schema';
import { REPOSITORY_ROOT } from '../../src/node/repository-paths';
import { galleryHtml } from './gallery-html';
import type { GalleryEntry } from './load-figures';

const files = process.argv.slice(2);
const entries: GalleryEntry[] = [];
for (const file of files) {
  const figure = exerciseFigureSchema.safeParse(parse(await readFile(file, 'utf8')));
  entries.push({
    id: file,
    exercise: undefined,
    figure: figure.success ? figure.data : undefined,
    ...(figure.success ? {} : { error: figure.error.message }),
  });
}
const out = join(REPOSITORY_ROOT, 'test-results', 'figures');
await mkdir(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.setContent(galleryHtml(entries, { palette: 'light', side: 'right', size: 220, columns: 1, allPoses: true }));
await page.screenshot({ path: join(out, 'files.png'), fullPage: true });
await browser.close();
console.log('wrote test-results/figures/files.png');
