/**
 * Renders every exercise figure (start and end pose, with names) to HTML pages in light and dark
 * and screenshots them with the machine's Chromium, so a person can look at every figure.
 *
 *   npx tsx scripts/figures/render-gallery.ts                 # test-results/figures/gallery-{light,dark}.{html,png},
 *                                                             # and thumbnails-{light,dark}.png (72 px, as on cards)
 *   npx tsx scripts/figures/render-gallery.ts --sheets        # also sheets of 12 at a larger size
 *   npx tsx scripts/figures/render-gallery.ts --only clamshell,glute-bridge --size 320 --all-poses
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import type { FigurePaletteName } from '../../src/core/figures';
import { REPOSITORY_ROOT } from '../../src/node/repository-paths';
import { galleryHtml, thumbnailsHtml, type GalleryOptions } from './gallery-html';
import { loadGalleryEntries } from './load-figures';

const OUT = join(REPOSITORY_ROOT, 'test-results', 'figures');
const CHROMIUM = process.env['STRIDE_ATLAS_CHROMIUM'] ?? '/usr/bin/chromium';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const flag = (name: string): boolean => process.argv.includes(`--${name}`);

async function main(): Promise<void> {
  const only = arg('only')?.split(',').filter(Boolean);
  const entries = await loadGalleryEntries(only);
  const side = (arg('side') ?? 'right') as 'left' | 'right';
  const palettes = (arg('palettes')?.split(',') ?? ['light', 'dark']) as FigurePaletteName[];
  await mkdir(join(OUT, 'sheets'), { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
    const shoot = async (name: string, html: string) => {
      await writeFile(join(OUT, `${name}.html`), html);
      await page.setContent(html, { waitUntil: 'load' });
      await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
      console.log(`wrote test-results/figures/${name}.png`);
    };
    for (const palette of palettes) {
      const base: GalleryOptions = {
        palette,
        side,
        size: Number(arg('size') ?? (only ? 260 : 110)),
        columns: Number(arg('columns') ?? (only ? 2 : 4)),
        allPoses: flag('all-poses'),
      };
      await shoot(only ? `selection-${palette}` : `gallery-${palette}`, galleryHtml(entries, base));
      if (!only) await shoot(`thumbnails-${palette}`, thumbnailsHtml(entries, palette, 72));
      if (flag('sheets')) {
        for (let i = 0; i < entries.length; i += 12) {
          const sheet = entries.slice(i, i + 12);
          await shoot(
            `sheets/${palette}-${String(i / 12 + 1).padStart(2, '0')}`,
            galleryHtml(sheet, { ...base, size: 200, columns: 3 }),
          );
        }
      }
    }
  } finally {
    await browser.close();
  }
  const problems = entries.filter((e) => !e.figure);
  if (problems.length > 0)
    console.log(`${problems.length} exercise(s) without a readable figure: ${problems.map((e) => e.id).join(', ')}`);
}

await main();
