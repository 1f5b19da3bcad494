/**
 * The contact sheet: every exercise figure, start and end pose (the end with the start faint
 * behind it, the start with its motion arrow), in the light and the dark theme, on numbered
 * sheets a person can look through one by one before a change to the figures is called done.
 * Each card names the exercise and lists any plausibility problem in red.
 *
 *   npm run figures:sheet                        # test-results/figures/contact-sheet/{light,dark}-NN.png
 *   npm run figures:sheet -- --only clamshell,side-plank
 *   npm run figures:sheet -- --per-sheet 6 --size 220
 *
 * Ends with a non-zero exit code when a figure has a problem, so a sheet is never mistaken for
 * a clean one.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import type { FigurePaletteName } from '../../src/core/figures';
import { checkFigure } from '../../src/core/figures/plausibility';
import { CHROMIUM_ARGS, findChromium } from '../chromium';
import { REPOSITORY_ROOT } from '../../src/node/repository-paths';
import { galleryHtml } from './gallery-html';
import { loadGalleryEntries } from './load-figures';

const OUT = join(REPOSITORY_ROOT, 'test-results', 'figures', 'contact-sheet');
const PALETTES: readonly FigurePaletteName[] = ['light', 'dark'];

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const only = option('only')?.split(',').filter(Boolean);
const perSheet = Number(option('per-sheet') ?? 8);
const size = Number(option('size') ?? 170);
const entries = await loadGalleryEntries(only);
if (entries.length === 0) {
  console.error(only ? `no exercise matches --only ${only.join(',')}` : 'no exercises found in data/exercises');
  process.exit(2);
}

await rm(OUT, { recursive: true, force: true });
await mkdir(OUT, { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS] });
const written: string[] = [];
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
  for (const palette of PALETTES) {
    for (let i = 0; i < entries.length; i += perSheet) {
      const name = `${palette}-${String(i / perSheet + 1).padStart(2, '0')}`;
      const html = galleryHtml(entries.slice(i, i + perSheet), { palette, side: 'right', size, columns: 2 });
      await writeFile(join(OUT, `${name}.html`), html);
      await page.setContent(html, { waitUntil: 'load' });
      await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
      written.push(`test-results/figures/contact-sheet/${name}.png`);
    }
  }
} finally {
  await browser.close();
}

const troubled = entries.filter((e) => e.error || !e.figure || checkFigure(e.figure, e.exercise).length > 0);
console.log(`${entries.length} figures on ${written.length} sheets:\n  ${written.join('\n  ')}`);
if (troubled.length > 0) {
  console.error(
    `${troubled.length} figure(s) with problems (in red on the sheets): ${troubled.map((e) => e.id).join(', ')}`,
  );
  process.exitCode = 1;
}
