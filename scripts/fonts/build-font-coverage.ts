/**
 * Generates src/core/handout/fonts/roboto-coverage.json from the font files in resources/fonts:
 * the code points every face (regular, medium, italic, medium italic) can draw, as ranges.
 * Run after changing a font:  npx tsx scripts/fonts/build-font-coverage.ts
 * tests/pdf/font-coverage.spec.ts fails when the committed JSON no longer matches the fonts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HANDOUT_FONT_FILES } from '../../src/core/handout/fonts/handout-font';
import type { FontCoverage } from '../../src/core/handout/fonts/font-coverage';
import { REPOSITORY_ROOT } from '../../src/node/repository-paths';
import { intersect, readCmapCodePoints, readFontNames, toRanges } from './read-cmap';

export const FONT_DIR = join(REPOSITORY_ROOT, 'resources', 'fonts');
export const COVERAGE_FILE = join(REPOSITORY_ROOT, 'src', 'core', 'handout', 'fonts', 'roboto-coverage.json');

/** Control characters map to blank glyphs in some fonts; in text they are noise, so report them. */
function isControlCharacter(codePoint: number): boolean {
  return codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0);
}

export function computeFontCoverage(fontDir = FONT_DIR): FontCoverage {
  const faces = Object.values(HANDOUT_FONT_FILES).map((file) => readFileSync(join(fontDir, file)));
  const { family, version } = readFontNames(faces[0]!);
  const drawable = intersect(faces.map((bytes) => readCmapCodePoints(bytes))).filter((c) => !isControlCharacter(c));
  return { family, version, ranges: toRanges(drawable) };
}

/** One range per line: small to diff, small to ship (about 1 kB). */
export function serializeFontCoverage(coverage: FontCoverage): string {
  const ranges = coverage.ranges.map((r) => `    [${r[0]}, ${r[1]}]`).join(',\n');
  return `{\n  "family": ${JSON.stringify(coverage.family)},\n  "version": ${JSON.stringify(coverage.version)},\n  "ranges": [\n${ranges}\n  ]\n}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const coverage = computeFontCoverage();
  writeFileSync(COVERAGE_FILE, serializeFontCoverage(coverage));
  const characters = coverage.ranges.reduce((n, [a, b]) => n + b - a + 1, 0);
  console.log(
    `Wrote ${COVERAGE_FILE}: ${coverage.family} ${coverage.version}, ${characters} characters in ${coverage.ranges.length} ranges`,
  );
}
