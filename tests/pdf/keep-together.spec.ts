import { beforeAll, describe, expect, it } from 'vitest';
import { buildHandoutDocument } from '../../src/core/handout/document/build-handout-document';
import { createBuildState } from '../../src/core/handout/document/build-state';
import { estimateHeight } from '../../src/core/handout/document/estimate-height';
import { exerciseCard } from '../../src/core/handout/document/exercise-card';
import { handoutStyles } from '../../src/core/handout/document/handout-styles';
import type { PdfContent } from '../../src/core/handout/document/pdfmake-types';
import { redFlagSection } from '../../src/core/handout/document/red-flag-section';
import { topicBlocks } from '../../src/core/handout/document/topic-section';
import { deriveRedFlags } from '../../src/core/handout/red-flags';
import type { KbLookup } from '../../src/core/kb/kb-lookup';
import { nodePdfmake, renderPdf } from '../../src/node/pdf/render-pdf';
import { pdfPages, squash } from './support/pdf-text';
import {
  exercisesFromKb,
  realLookup,
  representativeContext,
  representativeHandout,
} from './support/representative-handout';
import { sampleFigureFor, wideSampleFigureFor } from './support/sample-figures';

let lookup: KbLookup;
beforeAll(async () => {
  lookup = await realLookup();
});

/** The height pdfmake gives a block laid out alone at the top of a page (it records __height). */
async function laidOutHeight(block: PdfContent, largePrint: boolean, paper: 'A4' | 'LETTER'): Promise<number> {
  const pdfmake = await nodePdfmake();
  const node = structuredClone(block);
  const { defaultStyle, styles } = handoutStyles(largePrint);
  await pdfmake
    .createPdf({ pageSize: paper, pageMargins: [48, 44, 48, 60], defaultStyle, styles, content: [node] })
    .getBuffer();
  return (node as unknown as { __height: number }).__height;
}

/**
 * pdfmake silently drops whatever of an unbreakable block runs past one page, so blocks are only
 * kept together when the height estimate says they fit. That is safe only if the estimate never
 * falls short of the real height: checked here against pdfmake on all real content.
 */
describe('the height estimate behind "keep together"', () => {
  for (const largePrint of [false, true]) {
    it(`never underestimates an exercise card, a topic block or the red-flag box${largePrint ? ' (large print)' : ''}`, async () => {
      const handout = representativeHandout(lookup, {
        exercises: exercisesFromKb(
          lookup,
          lookup.kb.exercises.map((e) => e.id),
        ),
        options: { largePrint, paperSize: largePrint ? 'Letter' : 'A4' },
      });
      // Upright figures side by side in normal print, wide ones stacked in large print.
      const state = createBuildState(
        handout,
        representativeContext(lookup, { figureFor: largePrint ? wideSampleFigureFor : sampleFigureFor }),
      );
      const blocks: [string, PdfContent][] = [
        ...handout.exercises.map((e, i): [string, PdfContent] => [
          e.exerciseId,
          exerciseCard(state, e, lookup.exercise(e.exerciseId)!, i + 1),
        ]),
        ...lookup.kb.topics.flatMap((t) =>
          topicBlocks(state, t).map((b, i): [string, PdfContent] => [`${t.id}#${i}`, b]),
        ),
        // The box as each condition's handout prints it: every flag's line is measured, and no box is
        // longer than a page (the height of a block split across pages cannot be compared).
        ...lookup.kb.conditions.map((c): [string, PdfContent] => [
          `red flags of ${c.id}`,
          redFlagSection(state, deriveRedFlags([c.id], lookup)),
        ]),
      ];
      const problems: string[] = [];
      for (const [name, block] of blocks) {
        const estimate = estimateHeight(block, state.contentWidth, state.estimate);
        const actual = await laidOutHeight(block, largePrint, largePrint ? 'LETTER' : 'A4');
        if (estimate < actual) problems.push(`${name}: estimated ${estimate.toFixed(0)} < actual ${actual.toFixed(0)}`);
        if (estimate > actual * 1.35 + 20)
          problems.push(`${name}: estimated ${estimate.toFixed(0)}, far above actual ${actual.toFixed(0)}`);
      }
      expect(problems).toEqual([]);
    }, 60_000);
  }
});

describe('nothing is lost from long content', () => {
  it('prints every word of long notes and a card with long notes, in large print', async () => {
    const sentence = (n: number) => `Sentence ${n} of the notes, written out in full so that the text runs long.`;
    const longNotes = Array.from({ length: 60 }, (_, i) => sentence(i + 1)).join(' ');
    const exercises = exercisesFromKb(lookup, ['clamshell', 'lateral-step-up']);
    exercises[1] = {
      ...exercises[1]!,
      notes: Array.from({ length: 13 }, (_, i) => `Card note ${i + 1}, which keeps going for a while.`).join(' '),
    };
    const handout = representativeHandout(lookup, { exercises, notes: longNotes, options: { largePrint: true } });
    const text = pdfPages(await renderPdf(buildHandoutDocument(handout, representativeContext(lookup)))).join(' ');
    expect(text).toContain(squash(sentence(1)));
    expect(text).toContain(squash(sentence(60)));
    expect(text).toContain('Card note 13, which keeps going for a while.');
    expect(text).toContain('Contact us or a doctor if…');
  }, 30_000);
});
