/* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-explicit-any --
   fontkit decodes OpenType tables into untyped objects; this build script walks them as such. */
/**
 * Makes the handout fonts in resources/fonts from pdfmake's Roboto (node_modules/pdfmake/fonts/
 * Roboto): the same outlines and character map, with the OpenType layout tables (GSUB, GPOS,
 * GDEF) replaced by a classic `kern` table holding Roboto's own kerning for Latin, Greek and
 * Cyrillic text.
 *
 * Why: fontkit, under pdfkit and pdfmake, shapes every word through GSUB/GPOS. For our handouts
 * that machinery only ever produced kerning, yet it cost about 270 ms of the first PDF in a
 * process. A `kern` table gives the same spacing at a table lookup per letter pair. What is lost:
 * the fi/fl ligatures, and GPOS's placement of combining accents typed as separate characters
 * (fontkit then centres them itself; precomposed letters such as ë or Ł are unaffected). Every
 * character still draws. Run after updating pdfmake:
 *
 *   npx tsx scripts/fonts/build-print-fonts.ts
 *
 * tests/pdf/fonts.spec.ts fails when the committed fonts are not what this script makes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HANDOUT_FONT_FILES } from '../../src/core/handout/fonts/handout-font';
import { REPOSITORY_ROOT } from '../../src/node/repository-paths';

export const PDFMAKE_FONT_DIR = join(REPOSITORY_ROOT, 'node_modules', 'pdfmake', 'fonts', 'Roboto');
const PRINT_FONT_DIR = join(REPOSITORY_ROOT, 'resources', 'fonts');

/** The tables replaced by `kern`. */
const DROPPED_TABLES = new Set(['GSUB', 'GPOS', 'GDEF']);

/**
 * Characters whose pairs keep their kerning: the Latin, Greek and Cyrillic blocks the coverage
 * table promises, and the typographic quotes, dashes and ellipsis.
 */
const KERNED_CODE_POINTS = [
  ...range(0x20, 0x7e),
  ...range(0xa0, 0x17f),
  ...range(0x370, 0x3ff),
  ...range(0x400, 0x4ff),
  0x2013,
  0x2014,
  0x2018,
  0x2019,
  0x201a,
  0x201c,
  0x201d,
  0x201e,
  0x2026,
];

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

// fontkit is pdfkit's dependency (it reads fonts for pdfmake); its decoded tables are untyped here.
type FontkitFont = any;
const fontkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'))('fontkit') as {
  create(bytes: Uint8Array): FontkitFont;
};

/** A font file as fontkit reads it (glyphs, tables, text layout). */
export const openFont = (bytes: Uint8Array): FontkitFont => fontkit.create(bytes);

function coverageGlyphs(coverage: any): number[] {
  if (coverage.version === 1) return coverage.glyphs;
  return coverage.rangeRecords.flatMap((r: any) => range(r.start, r.end));
}

function classOf(classDef: any, glyph: number): number {
  if (!classDef) return 0;
  if (classDef.version === 1) return classDef.classValueArray[glyph - classDef.startGlyph] ?? 0;
  return classDef.classRangeRecord.find((r: any) => glyph >= r.start && glyph <= r.end)?.class ?? 0;
}

/**
 * The horizontal kerning GPOS's `kern` feature gives each pair of `glyphs`, in font units. GPOS
 * takes the first subtable that covers a pair, so an earlier value wins.
 */
export function gposKerning(font: FontkitFont, glyphs: readonly number[]): Map<number, number> {
  const wanted = new Set(glyphs);
  const pairs = new Map<number, number>();
  const set = (left: number, right: number, value: number | undefined) => {
    const key = left * 0x10000 + right;
    if (value && wanted.has(right) && !pairs.has(key)) pairs.set(key, value);
  };
  const gpos = font.GPOS;
  const lookups = new Set<number>(
    gpos.featureList.filter((f: any) => f.tag === 'kern').flatMap((f: any) => f.feature.lookupListIndexes),
  );
  gpos.lookupList.toArray().forEach((lookup: any, index: number) => {
    if (!lookups.has(index) || lookup.lookupType !== 2) return;
    for (const table of lookup.subTables) {
      coverageGlyphs(table.coverage).forEach((left, i) => {
        if (!wanted.has(left)) return;
        if (table.version === 1) {
          for (const pair of table.pairSets.get(i)) set(left, pair.secondGlyph, pair.value1?.xAdvance);
        } else {
          const row = table.classRecords.get(classOf(table.classDef1, left));
          for (const right of wanted) set(left, right, row.get(classOf(table.classDef2, right))?.value1?.xAdvance);
        }
      });
    }
  });
  return pairs;
}

/**
 * A version 0 `kern` table with one format 2 subtable: kerning by glyph classes, a row per class
 * of left glyph and a column per class of right glyph (class 0: no kerning). fontkit reads the
 * class tables at once and the values only when asked, so opening the font stays cheap; a format
 * 0 list of pairs is read whole every time a document opens the font.
 */
export function kernTable(pairs: Map<number, number>): Buffer {
  // Each left glyph's row: right glyph → value, in right-glyph order.
  const byLeft = new Map<number, Map<number, number>>();
  for (const [key, value] of [...pairs].sort((a, b) => a[0] - b[0])) {
    const left = Math.floor(key / 0x10000);
    if (!byLeft.has(left)) byLeft.set(left, new Map());
    byLeft.get(left)!.set(key % 0x10000, value);
  }
  // Glyphs kerned alike share a class: left glyphs by their row, right glyphs by their column.
  const leftClass = classesBy([...byLeft.keys()], (left) => JSON.stringify([...byLeft.get(left)!]));
  const rights = [...new Set([...pairs.keys()].map((key) => key % 0x10000))];
  const column = (right: number) =>
    JSON.stringify([...byLeft].map(([left, row]) => [leftClass.get(left), row.get(right) ?? 0]));
  const rightClass = classesBy(rights, column);
  const rows = Math.max(...leftClass.values()) + 1;
  const columns = Math.max(...rightClass.values()) + 1;
  const rowWidth = 2 * columns;
  const classTableLength = (classes: Map<number, number>) => 4 + 2 * glyphSpan(classes).count;
  const leftTableOffset = 14;
  const rightTableOffset = leftTableOffset + classTableLength(leftClass);
  const arrayOffset = rightTableOffset + classTableLength(rightClass);
  const length = arrayOffset + rows * rowWidth;
  if (length > 0xffff) throw new Error(`a ${rows}×${columns} kerning class table does not fit one kern subtable`);
  const out = Buffer.alloc(4 + length);
  out.writeUInt16BE(0, 0); // version
  out.writeUInt16BE(1, 2); // one subtable
  const sub = out.subarray(4);
  sub.writeUInt16BE(0, 0); // subtable version
  sub.writeUInt16BE(length, 2);
  sub.writeUInt16BE(0x0201, 4); // format 2, horizontal kerning
  sub.writeUInt16BE(rowWidth, 6);
  sub.writeUInt16BE(leftTableOffset, 8);
  sub.writeUInt16BE(rightTableOffset, 10);
  sub.writeUInt16BE(arrayOffset, 12);
  // Left entries are byte offsets of their row from the subtable's start; right entries, of their column in a row.
  writeClassTable(sub, leftTableOffset, leftClass, (c) => arrayOffset + c * rowWidth);
  writeClassTable(sub, rightTableOffset, rightClass, (c) => 2 * c);
  for (const [left, row] of byLeft) {
    for (const [right, value] of row)
      sub.writeInt16BE(value, arrayOffset + leftClass.get(left)! * rowWidth + 2 * rightClass.get(right)!);
  }
  return out;
}

/** Numbers the distinct signatures of `glyphs` 1, 2, …; a glyph's class is its signature's number. */
function classesBy(glyphs: number[], signature: (glyph: number) => string): Map<number, number> {
  const numbers = new Map<string, number>();
  return new Map(
    glyphs.map((glyph) => {
      const key = signature(glyph);
      if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
      return [glyph, numbers.get(key)!];
    }),
  );
}

function glyphSpan(classes: Map<number, number>): { first: number; count: number } {
  const ids = [...classes.keys()];
  const first = Math.min(...ids);
  return { first, count: Math.max(...ids) - first + 1 };
}

function writeClassTable(
  sub: Buffer,
  at: number,
  classes: Map<number, number>,
  entry: (glyphClass: number) => number,
): void {
  const { first, count } = glyphSpan(classes);
  sub.writeUInt16BE(first, at);
  sub.writeUInt16BE(count, at + 2);
  for (let i = 0; i < count; i++) sub.writeUInt16BE(entry(classes.get(first + i) ?? 0), at + 4 + 2 * i);
}

function checksum(data: Buffer): number {
  const padded = Buffer.alloc((data.length + 3) & ~3);
  data.copy(padded);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

/** The font file with `tables` (tag → data), laid out and check-summed as the OpenType spec asks. */
function writeFont(sfntVersion: number, tables: Map<string, Buffer>): Buffer {
  const tags = [...tables.keys()].sort();
  const power = 2 ** Math.floor(Math.log2(tags.length));
  const header = Buffer.alloc(12 + 16 * tags.length);
  header.writeUInt32BE(sfntVersion, 0);
  header.writeUInt16BE(tags.length, 4);
  header.writeUInt16BE(16 * power, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(16 * (tags.length - power), 10);
  const head = Buffer.from(tables.get('head')!);
  head.writeUInt32BE(0, 8); // checkSumAdjustment is computed over the font with this zeroed
  tables.set('head', head);
  let offset = header.length;
  const bodies: Buffer[] = [];
  tags.forEach((tag, i) => {
    const data = tables.get(tag)!;
    header.write(tag, 12 + 16 * i, 'latin1');
    header.writeUInt32BE(checksum(data), 16 + 16 * i);
    header.writeUInt32BE(offset, 20 + 16 * i);
    header.writeUInt32BE(data.length, 24 + 16 * i);
    const padded = Buffer.alloc((data.length + 3) & ~3);
    data.copy(padded);
    bodies.push(padded);
    offset += padded.length;
  });
  const font = Buffer.concat([header, ...bodies]);
  const headOffset = header.readUInt32BE(20 + 16 * tags.indexOf('head'));
  font.writeUInt32BE((0xb1b0afba - checksum(font)) >>> 0, headOffset + 8);
  return font;
}

function readTables(bytes: Buffer): { sfntVersion: number; tables: Map<string, Buffer> } {
  const tables = new Map<string, Buffer>();
  for (let i = 0; i < bytes.readUInt16BE(4); i++) {
    const record = 12 + 16 * i;
    const offset = bytes.readUInt32BE(record + 8);
    tables.set(
      bytes.toString('latin1', record, record + 4),
      bytes.subarray(offset, offset + bytes.readUInt32BE(record + 12)),
    );
  }
  return { sfntVersion: bytes.readUInt32BE(0), tables };
}

/** One print font from pdfmake's original. */
export function buildPrintFont(original: Buffer): Buffer {
  const font = openFont(original);
  const glyphs = KERNED_CODE_POINTS.filter((c) => font.hasGlyphForCodePoint(c)).map(
    (c) => font.glyphForCodePoint(c).id as number,
  );
  const { sfntVersion, tables } = readTables(original);
  for (const tag of DROPPED_TABLES) tables.delete(tag);
  tables.set('kern', kernTable(gposKerning(font, glyphs)));
  return writeFont(sfntVersion, tables);
}

/** Every handout face, as file name → bytes. */
export function buildPrintFonts(): Map<string, Buffer> {
  return new Map(
    Object.values(HANDOUT_FONT_FILES).map((file) => [file, buildPrintFont(readFileSync(join(PDFMAKE_FONT_DIR, file)))]),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const [file, bytes] of buildPrintFonts()) {
    writeFileSync(join(PRINT_FONT_DIR, file), bytes);
    console.log(`${file}: ${bytes.length} bytes`);
  }
}
