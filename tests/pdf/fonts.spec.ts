import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COVERAGE_FILE, computeFontCoverage, serializeFontCoverage } from '../../scripts/fonts/build-font-coverage';
import { buildPrintFonts, openFont, PDFMAKE_FONT_DIR } from '../../scripts/fonts/build-print-fonts';
import { HANDOUT_FONT_FILES } from '../../src/core/handout/fonts/handout-font';
import { findUnsupportedCharacters } from '../../src/core/handout/fonts/font-coverage';
import { HANDOUT_FONT_COVERAGE } from '../../src/core/handout/fonts/handout-font-coverage';
import { FONT_DIR } from '../../src/node/pdf/font-files';
import { realLookup } from './support/representative-handout';

describe('handout fonts', () => {
  it('ship with their licence', () => {
    const licence = readFileSync(join(FONT_DIR, 'OFL.txt'), 'utf8');
    expect(licence).toContain('SIL OPEN FONT LICENSE');
    expect(licence).toContain('The Roboto Project Authors');
  });

  // Rebuilds every face of the font: seconds on two busy cores.
  it(
    "are pdfmake's Roboto rebuilt for print, exactly as scripts/fonts/build-print-fonts.ts makes them",
    { timeout: 30_000 },
    () => {
      for (const [file, built] of buildPrintFonts()) {
        expect(
          readFileSync(join(FONT_DIR, file)).equals(built),
          `${file}: run npx tsx scripts/fonts/build-print-fonts.ts`,
        ).toBe(true);
      }
    },
  );

  it("keep Roboto's kerning and draw the same characters, without the OpenType layout tables", () => {
    const text = 'AVATAR Tower, Yoga "Wave" To. Ty; Fa — Zoë Łukasz Ørsted Çelik — ΑΥΤΟ Γυμναστική — ГОТОВО Упражнение';
    for (const file of Object.values(HANDOUT_FONT_FILES)) {
      const original = openFont(readFileSync(join(PDFMAKE_FONT_DIR, file)));
      const print = openFont(readFileSync(join(FONT_DIR, file)));
      expect(Object.keys(print.directory.tables)).toEqual(expect.arrayContaining(['kern', 'glyf', 'cmap']));
      expect(Object.keys(print.directory.tables)).not.toEqual(expect.arrayContaining(['GPOS']));
      // Kerned: narrower than the letters' plain advances, and exactly as the original's GPOS spaces them.
      const plain = [...text].reduce((sum, ch) => sum + print.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth, 0);
      expect(print.layout(text).advanceWidth).toBeLessThan(plain);
      expect(print.layout(text).advanceWidth).toBe(original.layout(text).advanceWidth);
      expect(print.characterSet).toEqual(original.characterSet);
    }
  });

  it('have an up-to-date coverage table (run: npx tsx scripts/fonts/build-font-coverage.ts)', () => {
    expect(readFileSync(COVERAGE_FILE, 'utf8')).toBe(serializeFontCoverage(computeFontCoverage()));
  });

  it('cover Latin, Greek and Cyrillic, accents included', () => {
    const text =
      'Zoë Łukasz Ørsted Çelik ÀÉÎÕÜ àéîõü ß Ðð Þþ Ææ Œœ Ğğ İı Şş Ţţ Ăă Ș ș Ț ț Ąą Ęę Źź Żż Ňň Řř Ůů Őő Űű ΑΒΓΔ αβγδ άέήίόύώ ΐΰ АБВГД абвгд ЁЙЫЭЮЯ ёйыэюя ЄІЇҐ єіїґ Ђђ Љљ Њњ Ћћ Џџ';
    expect(findUnsupportedCharacters(text, HANDOUT_FONT_COVERAGE)).toEqual([]);
  });

  it('can draw every patient-facing text in the knowledge base', async () => {
    const { kb } = await realLookup();
    const texts = [
      ...kb.conditions.flatMap((c) => [c.name, c.summary.patient]),
      ...kb.exercises.flatMap((e) => [
        e.name,
        e.summary.patient,
        ...e.instructions,
        e.dosage.tempo ?? '',
        e.dosage.note ?? '',
      ]),
      ...kb.topics.flatMap((t) => [
        t.name,
        t.summary.patient,
        ...t.sections.flatMap((s) => [
          s.heading,
          s.patient ?? '',
          ...(s.points ?? []),
          ...(s.table ? [...s.table.columns, ...s.table.rows.flat()] : []),
        ]),
      ]),
      ...kb.redFlags.map((f) => f.patient),
    ];
    expect(findUnsupportedCharacters(texts.join('\n'), HANDOUT_FONT_COVERAGE)).toEqual([]);
  });
});
