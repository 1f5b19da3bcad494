import { beforeAll, describe, expect, it } from 'vitest';
import { buildHandoutDocument } from '../../src/core/handout/document/build-handout-document';
import { kbText } from '../../src/core/handout/document/printable-text';
import { prescriptionLines } from '../../src/core/handout/exercise-prescription';
import type { Handout } from '../../src/core/handout/handout';
import type { KbLookup } from '../../src/core/kb/kb-lookup';
import { renderPdf } from '../../src/node/pdf/render-pdf';
import { pdfPages, squash } from './support/pdf-text';
import {
  exercisesFromKb,
  realLookup,
  representativeContext,
  representativeHandout,
} from './support/representative-handout';
import { sampleFigureFor } from './support/sample-figures';

const TWELVE = [
  'clamshell',
  'glute-bridge',
  'side-lying-leg-raise',
  'standing-isometric-hip-abduction',
  'banded-lateral-walk',
  'lateral-step-up',
  'single-leg-glute-bridge',
  'single-leg-squat',
  'side-plank',
  'copenhagen-adductor-plank',
  'kneeling-hip-flexor-stretch',
  'walk-run-intervals',
];

let lookup: KbLookup;

beforeAll(async () => {
  lookup = await realLookup();
});

/** Where a card's title ("3 Side plank") is: page and offset, or undefined. */
function findTitle(pages: string[], position: number, name: string): { page: number; at: number } | undefined {
  const title = new RegExp(`(?<!\\d)${position} ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
  for (let page = 0; page < pages.length; page++) {
    const match = title.exec(pages[page]!);
    if (match) return { page, at: match.index };
  }
  return undefined;
}

/**
 * For each card: the text from its title to the next card's title on the same page (or the page
 * end) must hold its first step, last step and dosage. A split card would have them on the next page.
 */
function splitCards(handout: Handout, pages: string[]): string[] {
  const problems: string[] = [];
  const exercises = handout.exercises.map((e) => lookup.exercise(e.exerciseId)!);
  exercises.forEach((exercise, i) => {
    const here = findTitle(pages, i + 1, exercise.name);
    if (!here) {
      problems.push(`${exercise.id}: title not found`);
      return;
    }
    const page = pages[here.page]!;
    const next = exercises[i + 1] ? findTitle(pages, i + 2, exercises[i + 1]!.name) : undefined;
    const end = next && next.page === here.page ? next.at : page.length;
    const card = page.slice(here.at, end);
    const markers = [
      squash(kbText(exercise.instructions[0]!, handout.options.units)).slice(0, 30),
      squash(kbText(exercise.instructions.at(-1)!, handout.options.units)).slice(-30),
      squash(prescriptionLines(handout.exercises[i]!, exercise).amount),
    ];
    for (const marker of markers)
      if (!card.includes(marker))
        problems.push(`${exercise.id} (page ${here.page + 1}): "${marker}" is not with its title`);
  });
  return problems;
}

describe('pagination', () => {
  for (const largePrint of [false, true]) {
    it(`a 12-exercise handout never splits an exercise across pages${largePrint ? ' (large print)' : ''}`, async () => {
      const handout = representativeHandout(lookup, {
        exercises: exercisesFromKb(lookup, TWELVE),
        options: { largePrint },
      });
      const pages = pdfPages(
        await renderPdf(buildHandoutDocument(handout, representativeContext(lookup, { figureFor: sampleFigureFor }))),
      );
      expect(pages.length).toBeGreaterThan(4);
      expect(splitCards(handout, pages)).toEqual([]);
      const order = handout.exercises.map((e, i) => findTitle(pages, i + 1, lookup.exercise(e.exerciseId)!.name)!.page);
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(new Set(order).size).toBeGreaterThan(3);
    }, 30_000);
  }
});
