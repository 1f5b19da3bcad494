import { beforeAll, describe, expect, it } from 'vitest';
import { renderExerciseFigure } from '../../src/core/figures/index';
import { buildHandoutDocument } from '../../src/core/handout/document/build-handout-document';
import type { FigureFor } from '../../src/core/handout/document/handout-document-context';
import type { KbLookup } from '../../src/core/kb/kb-lookup';
import { renderPdf } from '../../src/node/pdf/render-pdf';
import { pdfPages } from './support/pdf-text';
import {
  exercisesFromKb,
  realLookup,
  representativeContext,
  representativeHandout,
} from './support/representative-handout';

let lookup: KbLookup;
beforeAll(async () => {
  lookup = await realLookup();
});

/** The knowledge base's illustrations, as the app would pass them to the PDF builder. */
function kbFigureFor(asked: string[]): FigureFor {
  return (id, side) => {
    asked.push(id);
    const figure = lookup.kb.figures.find((f) => f.id === id);
    if (!figure) return undefined;
    const figureSide = side === 'left' ? 'left' : 'right';
    return {
      start: renderExerciseFigure(figure, { pose: 'start', side: figureSide }),
      end: renderExerciseFigure(figure, { pose: 'end', side: figureSide }),
    };
  };
}

describe('the knowledge base’s own illustrations in the PDF', () => {
  it('draw for every exercise, and every exercise prints', async () => {
    const ids = lookup.kb.exercises.map((e) => e.id);
    const asked: string[] = [];
    const handout = representativeHandout(lookup, { exercises: exercisesFromKb(lookup, ids), topics: [] });
    const definition = buildHandoutDocument(handout, representativeContext(lookup, { figureFor: kbFigureFor(asked) }));
    expect(asked).toEqual(ids);
    expect(JSON.stringify(definition).match(/"svg":/g)).toHaveLength(2 * lookup.kb.figures.length);
    const text = pdfPages(await renderPdf(definition)).join(' ');
    for (const exercise of lookup.kb.exercises) expect(text).toContain(exercise.name);
  }, 60_000);
});
