/**
 * Which characters a font can draw, as sorted code-point ranges. Generated from the font files by
 * `scripts/fonts/build-font-coverage.ts` and committed as JSON, so the renderer checks text
 * without parsing a font. A character the font lacks would print as an empty box; the UI reports
 * it before export instead.
 */

export interface FontCoverage {
  family: string;
  version: string;
  /** Inclusive [first, last] code-point ranges, sorted and not overlapping. */
  ranges: ReadonlyArray<readonly [number, number]>;
}

export interface UnsupportedCharacter {
  character: string;
  /** For messages: "U+4E2D". */
  codePoint: string;
}

/** Line breaks and tabs are layout, not glyphs: the PDF builder turns them into breaks and spaces. */
const LAYOUT_CHARACTERS = new Set([0x0a, 0x0d, 0x09]);

export function isCovered(codePoint: number, coverage: FontCoverage): boolean {
  const { ranges } = coverage;
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [first, last] = ranges[middle]!;
    if (codePoint < first) high = middle - 1;
    else if (codePoint > last) low = middle + 1;
    else return true;
  }
  return false;
}

export function formatCodePoint(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The distinct characters of `text` that the font cannot draw, in order of first appearance.
 * Text is compared in NFC, the form the PDF builder prints, so "e" + combining diaeresis counts as
 * the covered "ë" rather than as a lone mark.
 */
export function findUnsupportedCharacters(text: string, coverage: FontCoverage): UnsupportedCharacter[] {
  const seen = new Set<number>();
  const missing: UnsupportedCharacter[] = [];
  for (const character of text.normalize('NFC')) {
    const codePoint = character.codePointAt(0)!;
    if (seen.has(codePoint)) continue;
    seen.add(codePoint);
    if (LAYOUT_CHARACTERS.has(codePoint) || isCovered(codePoint, coverage)) continue;
    missing.push({ character, codePoint: formatCodePoint(codePoint) });
  }
  return missing;
}

const isRange = (value: unknown): value is [number, number] =>
  Array.isArray(value) && value.length === 2 && Number.isInteger(value[0]) && Number.isInteger(value[1]);

/** Checks the shape of coverage data read from JSON; throws on anything malformed. */
export function parseFontCoverage(data: unknown): FontCoverage {
  const value = data as Partial<FontCoverage> | null;
  if (!value || typeof value.family !== 'string' || typeof value.version !== 'string' || !Array.isArray(value.ranges)) {
    throw new Error('font coverage: expected { family, version, ranges }');
  }
  let previous = -1;
  for (const range of value.ranges as unknown[]) {
    if (!isRange(range) || range[0] > range[1] || range[0] <= previous)
      throw new Error(`font coverage: bad range ${JSON.stringify(range)}`);
    previous = range[1];
  }
  return { family: value.family, version: value.version, ranges: value.ranges };
}
