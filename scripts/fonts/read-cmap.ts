/**
 * Reads the code points a TrueType/OpenType font maps to a real glyph, from its `cmap` table.
 * Small on purpose (formats 4 and 12 cover every Unicode font we ship) so the coverage script
 * needs no font library.
 */

interface CmapSubtable {
  platformId: number;
  encodingId: number;
  offset: number;
}

function tableOffset(view: DataView, tag: string): number {
  const numTables = view.getUint16(4);
  for (let i = 0; i < numTables; i++) {
    const record = 12 + i * 16;
    const name = String.fromCharCode(...[0, 1, 2, 3].map((k) => view.getUint8(record + k)));
    if (name === tag) return view.getUint32(record + 8);
  }
  throw new Error(`font has no '${tag}' table`);
}

function readFormat4(view: DataView, start: number, out: Set<number>): void {
  const segCount = view.getUint16(start + 6) / 2;
  const endCodes = start + 14;
  const startCodes = endCodes + segCount * 2 + 2;
  const idDeltas = startCodes + segCount * 2;
  const idRangeOffsets = idDeltas + segCount * 2;
  for (let s = 0; s < segCount; s++) {
    const end = view.getUint16(endCodes + s * 2);
    const first = view.getUint16(startCodes + s * 2);
    const delta = view.getInt16(idDeltas + s * 2);
    const rangeOffsetAt = idRangeOffsets + s * 2;
    const rangeOffset = view.getUint16(rangeOffsetAt);
    for (let c = first; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const raw = view.getUint16(rangeOffsetAt + rangeOffset + (c - first) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) out.add(c);
    }
  }
}

function readFormat12(view: DataView, start: number, out: Set<number>): void {
  const groups = view.getUint32(start + 12);
  for (let g = 0; g < groups; g++) {
    const group = start + 16 + g * 12;
    const first = view.getUint32(group);
    const last = view.getUint32(group + 4);
    const firstGlyph = view.getUint32(group + 8);
    for (let c = first; c <= last; c++) if (firstGlyph + (c - first) !== 0) out.add(c);
  }
}

/** Code points with a glyph, sorted. Prefers the full-Unicode subtable when the font has one. */
export function readCmapCodePoints(bytes: Uint8Array): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const cmap = tableOffset(view, 'cmap');
  const count = view.getUint16(cmap + 2);
  const subtables: CmapSubtable[] = [];
  for (let i = 0; i < count; i++) {
    const record = cmap + 4 + i * 8;
    subtables.push({
      platformId: view.getUint16(record),
      encodingId: view.getUint16(record + 2),
      offset: cmap + view.getUint32(record + 4),
    });
  }
  const unicode = (s: CmapSubtable) =>
    s.platformId === 0 || (s.platformId === 3 && (s.encodingId === 1 || s.encodingId === 10));
  const byFormat = (format: number) => subtables.find((s) => unicode(s) && view.getUint16(s.offset) === format);
  const out = new Set<number>();
  const full = byFormat(12);
  if (full) readFormat12(view, full.offset, out);
  else {
    const basic = byFormat(4);
    if (!basic) throw new Error('font has no Unicode cmap subtable of format 4 or 12');
    readFormat4(view, basic.offset, out);
  }
  return [...out].sort((a, b) => a - b);
}

/** Sorted code points → inclusive ranges. */
export function toRanges(codePoints: readonly number[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const c of codePoints) {
    const last = ranges[ranges.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else ranges.push([c, c]);
  }
  return ranges;
}

/** Code points present in every list (a character must exist in every face we may print it in). */
export function intersect(lists: readonly (readonly number[])[]): number[] {
  const [first = [], ...rest] = lists;
  const sets = rest.map((l) => new Set(l));
  return first.filter((c) => sets.every((s) => s.has(c)));
}

/** The family name and version from the font's `name` table (ids 1 and 5), for the JSON header. */
export function readFontNames(bytes: Uint8Array): { family: string; version: string } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const name = tableOffset(view, 'name');
  const count = view.getUint16(name + 2);
  const strings = name + view.getUint16(name + 4);
  const found: Record<number, string> = {};
  for (let i = 0; i < count; i++) {
    const record = name + 6 + i * 12;
    const [platform, , , nameId, length, offset] = [0, 2, 4, 6, 8, 10].map((k) => view.getUint16(record + k));
    if (platform !== 3 || (nameId !== 1 && nameId !== 5) || found[nameId] !== undefined) continue;
    let text = '';
    for (let k = 0; k < length!; k += 2) text += String.fromCharCode(view.getUint16(strings + offset! + k));
    found[nameId] = text;
  }
  return { family: found[1] ?? 'unknown', version: found[5] ?? 'unknown' };
}
