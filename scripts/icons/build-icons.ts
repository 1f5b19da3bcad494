/**
 * `npm run icons`: renders resources/icons/icon.svg at every size the installers need, in the
 * machine's Chromium (each size drawn from the SVG, not scaled from a larger PNG, so the small
 * ones stay crisp), and writes resources/icons/png/<n>x<n>.png, icon.ico and icon.icns. The outputs
 * are committed; run this again after changing the SVG.
 */
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPOSITORY_ROOT } from '../../src/node/repository-paths';
import { CHROMIUM_ARGS, findChromium } from '../chromium';
import { ALL_SIZES, ICNS_TYPES, ICO_SIZES, LINUX_SIZES, packIcns, packIco } from './icon-files';

const ICONS = join(REPOSITORY_ROOT, 'resources', 'icons');

async function renderSizes(svg: string): Promise<Map<number, Buffer>> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1024, height: 1024 } });
    const source = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    const rendered = new Map<number, Buffer>();
    for (const size of ALL_SIZES) {
      await page.setContent(
        `<body style="margin:0;background:transparent"><img id="icon" src="${source}" width="${size}" height="${size}" style="display:block"></body>`,
      );
      const icon = page.locator('#icon');
      // A string, as this script has no DOM types: the image is decoded before the screenshot.
      await icon.evaluate('img => img.decode()');
      rendered.set(size, await icon.screenshot({ omitBackground: true }));
    }
    return rendered;
  } finally {
    await browser.close();
  }
}

const png = await renderSizes(readFileSync(join(ICONS, 'icon.svg'), 'utf8'));
const at = (size: number) => png.get(size)!;
mkdirSync(join(ICONS, 'png'), { recursive: true });
for (const size of LINUX_SIZES) writeFileSync(join(ICONS, 'png', `${size}x${size}.png`), at(size));
writeFileSync(join(ICONS, 'icon.ico'), packIco(ICO_SIZES.map(at)));
writeFileSync(join(ICONS, 'icon.icns'), packIcns(ICNS_TYPES.map(([type, size]) => [type, at(size)] as const)));
console.log(`Wrote ${LINUX_SIZES.length} PNGs, icon.ico and icon.icns to ${ICONS}`);
