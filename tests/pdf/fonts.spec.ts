import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COVERAGE_FILE, computeFontCoverage, serializeFontCoverage } from '../../scripts/fonts/build-font-coverage';
import { HANDOUT_FONT_FILES } from '../../src/core/handout/fonts/handout-font';
import { findUnsupportedCharacters } from '../../src/core/handout/fonts/font-coverage';
import { HANDOUT_FONT_COVERAGE } from '../../src/core/handout/fonts/handout-font-coverage';
import { FONT_DIR } from '../../src/node/pdf/font-files';
import { REPOSITORY_ROOT } from '../../src/node/repository-paths';
import { realLookup } from './support/representative-handout';

describe('handout fonts', () => {
  it('ship with their licence', () => {
    const licence = readFileSync(join(FONT_DIR, 'OFL.txt'), 'utf8');
    expect(licence).toContain('SIL OPEN FONT LICENSE');
    expect(licence).toContain('The Roboto Project Authors');
  });

  it('are byte-identical to the pdfmake files the renderer bundles, so one coverage table serves both', () => {
    for (const file of Object.values(HANDOUT_FONT_FILES)) {
      const ours = readFileSync(join(FONT_DIR, file));
      const bundled = readFileSync(join(REPOSITORY_ROOT, 'node_modules', 'pdfmake', 'fonts', 'Roboto', file));
      expect(ours.equals(bundled), `${file} differs from pdfmake's copy`).toBe(true);
    }
  });

  it('have an up-to-date coverage table (run: npx tsx scripts/fonts/build-font-coverage.ts)', () => {
    expect(readFileSync(COVERAGE_FILE, 'utf8')).toBe(serializeFontCoverage(computeFontCoverage()));
  });

  it('cover Latin, Greek and Cyrillic, accents included', () => {
    const text = 'Zoë Łukasz Ørsted Çelik ÀÉÎÕÜ àéîõü ß Ðð Þþ Ææ Œœ Ğğ İı Şş Ţţ Ăă Ș ș Ț ț Ąą Ęę Źź Żż Ňň Řř Ůů Őő Űű ΑΒΓΔ αβγδ άέήίόύώ ΐΰ АБВГД абвгд ЁЙЫЭЮЯ ёйыэюя ЄІЇҐ єіїґ Ђђ Љљ Њњ Ћћ Џџ';
    expect(findUnsupportedCharacters(text, HANDOUT_FONT_COVERAGE)).toEqual([]);
  });

  it('can draw every patient-facing text in the knowledge base', async () => {
    const { kb } = await realLookup();
    const texts = [
      ...kb.conditions.flatMap((c) => [c.name, c.summary.patient]),
      ...kb.exercises.flatMap((e) => [e.name, e.summary.patient, ...e.instructions, e.dosage.tempo ?? '', e.dosage.note ?? '']),
      ...kb.topics.flatMap((t) => [
        t.name,
        t.summary.patient,
        ...t.sections.flatMap((s) => [s.heading, s.patient ?? '', ...(s.points ?? []), ...(s.table ? [...s.table.columns, ...s.table.rows.flat()] : [])]),
      ]),
      ...kb.redFlags.map((f) => f.patient),
    ];
    expect(findUnsupportedCharacters(texts.join('\n'), HANDOUT_FONT_COVERAGE)).toEqual([]);
  });
});
