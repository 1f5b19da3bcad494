import { beforeAll, describe, expect, it } from 'vitest';
import { buildHandoutDocument } from '../../src/core/handout/document/build-handout-document';
import { RED_FLAG_HEADING } from '../../src/core/handout/document/red-flag-section';
import { prescriptionLines } from '../../src/core/handout/exercise-prescription';
import type { Handout } from '../../src/core/handout/handout';
import { deriveRedFlags } from '../../src/core/handout/red-flags';
import type { KbLookup } from '../../src/core/kb/kb-lookup';
import { countPdfPages, renderPdf } from '../../src/node/pdf/render-pdf';
import { pdfPages, squash } from './support/pdf-text';
import { realLookup, representativeContext, representativeHandout } from './support/representative-handout';
import { sampleFigureFor } from './support/sample-figures';

let lookup: KbLookup;
let handout: Handout;
let bytes: Uint8Array;
let pages: string[];

beforeAll(async () => {
  lookup = await realLookup();
  handout = representativeHandout(lookup);
  bytes = await renderPdf(buildHandoutDocument(handout, representativeContext(lookup, { figureFor: sampleFigureFor })));
  pages = pdfPages(bytes);
}, 30_000);

describe('a representative handout rendered in Node', () => {
  it('is a PDF with every page numbered "Page x of y" and the patient and date in the footer', () => {
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    expect(pages.length).toBe(countPdfPages(bytes));
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(page).toContain('Zoë Łukasz-Ørsted Çelik · 2 March 2026');
    });
  });

  it('has the clinic header and the patient on page one', () => {
    for (const part of [
      'Riverside Running Physio',
      'Your exercise and advice plan',
      'Zoë Łukasz-Ørsted Çelik',
      '30 March 2026',
      'Alex Morgan',
    ]) {
      expect(pages[0]).toContain(part);
    }
  });

  it('prints every exercise name and its dosage', () => {
    const all = pages.join(' ');
    for (const entry of handout.exercises) {
      const exercise = lookup.exercise(entry.exerciseId)!;
      const lines = prescriptionLines(entry, exercise);
      expect(all).toContain(exercise.name);
      expect(all).toContain(squash(lines.amount));
      if (lines.frequency) expect(all).toContain(lines.frequency);
    }
    expect(all).toContain('Left side only');
    expect(all).toContain('green loop band');
  });

  it('prints the red-flag section with every flag of the conditions', () => {
    const all = pages.join(' ');
    expect(all).toContain(RED_FLAG_HEADING);
    for (const flag of deriveRedFlags(handout.conditions, lookup)) expect(all).toContain(squash(flag.patient));
  });

  it('prints the pain rule, the return-to-running stages and the walk-run sessions, each once', () => {
    const all = pages.join(' ');
    expect(all).toContain('How much pain is OK');
    expect(all).toContain('3 out of 10 or less, and settled by the next morning');
    expect(all.split('3 out of 10 or less, and settled by the next morning')).toHaveLength(2);
    expect(all).toContain('The same as under “Pain monitoring (running with pain)” above.');
    expect(all).toContain('Move on when');
    expect(all).toContain('20 to 30 minutes without a break');
  });
});
