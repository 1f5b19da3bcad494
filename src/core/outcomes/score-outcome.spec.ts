import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledKnowledgeBase } from '../../../tests/support/bundled-knowledge-base';
import type { KnowledgeBase } from '../kb/knowledge-base';
import { acceptableState, compareScores } from './compare-scores';
import type { OutcomeMeasure } from './outcome-measure-schema';
import { scoreOutcome } from './score-outcome';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadBundledKnowledgeBase();
});
const measure = (id: string): OutcomeMeasure => {
  const m = kb.outcomeMeasures.find((x) => x.id === id);
  if (!m) throw new Error(`no outcome measure ${id}`);
  return m;
};
const scores = (id: string, answers: (number | null)[][]) => scoreOutcome(measure(id), answers);
const repeat = <T>(n: number, value: T) => Array.from({ length: n }, () => value);

describe('outcome measures scored by their published rules (worked examples)', () => {
  it('NPRS: the rating itself, lower is better; a 2-point fall is the important change', () => {
    expect(scores('nprs', [[6]]).scales[0]).toMatchObject({ score: 6 });
    expect(compareScores(measure('nprs'), 6, 3).sentence).toBe(
      'Improved by 3 points; the MCID is 2, so this is a change that matters.',
    );
    expect(compareScores(measure('nprs'), 4, 5)).toMatchObject({ direction: 'worse', important: false });
  });

  it('PSFS: the mean of the chosen activities, however many (one to five)', () => {
    expect(scores('psfs', [[3, 4, 5]]).scales[0]?.score).toBe(4);
    expect(scores('psfs', [[2, 7]]).scales[0]?.score).toBe(4.5);
    expect(scores('psfs', [[1, 2, 3, 4, 6]]).scales[0]?.score).toBe(3.2);
    expect(scores('psfs', [[1, 2, 3, 4, 5, 6]]).problems).toEqual(['Activities: 6 answers for 5 items.']);
  });

  it('LEFS: the sum of 20 items, 0 to 80; an incomplete form is not scored', () => {
    const answers = [...repeat(10, 3), ...repeat(10, 2)];
    expect(scores('lefs', [answers]).scales[0]?.score).toBe(50);
    expect(scores('lefs', [[...answers.slice(0, 19), null]]).problems).toEqual([
      'Function: 19 of 20 answered; the score needs all 20 items.',
    ]);
    expect(compareScores(measure('lefs'), 50, 64).sentence).toBe(
      'Improved by 14 points; the MCID is 9, so this is a change that matters.',
    );
  });

  it('iHOT-12: the mean of twelve 0–100 lines, with the acceptable state for non-surgical care', () => {
    const answers = [50, 60, 70, 80, 40, 55, 65, 75, 45, 85, 90, 35];
    expect(scores('ihot-12', [answers]).scales[0]?.score).toBe(62.5);
    expect(acceptableState(measure('ihot-12'), 62.5)).toBeUndefined();
    expect(acceptableState(measure('ihot-12'), 63)?.value).toBe(63);
    expect(compareScores(measure('ihot-12'), 48, 60)).toMatchObject({ important: false, change: 12 });
  });

  it('HOOS-12: each 4-item scale to 0–100 (100 = no problems), with at least 2 answers, missing ones imputed', () => {
    const result = scores('hoos-12', [
      [1, 2, 1, 2],
      [0, 0, 4, null],
      [3, null, null, 3],
    ]);
    expect(result.scales.map((s) => s.score)).toEqual([62.5, 66.7, 25]);
    expect(
      scores('hoos-12', [
        [1, 2, 1, 2],
        [0, null, null, null],
        [0, 0, 0, 0],
      ]).problems,
    ).toEqual(['Function: 1 of 4 answered; the score needs at least 2.']);
    // No important change is published, and the sentence says so rather than inventing one.
    expect(compareScores(measure('hoos-12'), 50, 70).sentence).toMatch(
      /^Improved by 20 points\. No minimal important change for the HOOS-12 could be confirmed/,
    );
  });

  it('HAGOS: six subscales, each 0–100 with 100 = no problems; no total; a change under the SDC may be error', () => {
    const answers = [repeat(7, 1), repeat(10, 2), repeat(5, 0), repeat(8, 4), repeat(2, 3), repeat(5, 1)];
    expect(scores('hagos', answers).scales.map((s) => s.score)).toEqual([75, 50, 100, 0, 25, 75]);
    expect(compareScores(measure('hagos'), 50, 60).sentence).toBe(
      'Improved by 10 points; the SDC is 17.7, so this is within measurement error.',
    );
  });

  it('refuses answers outside the item range or between its steps, and says which', () => {
    expect(
      scores('hoos-12', [
        [1, 5, 1, 2],
        [0, 0, 0, 0],
        [0, 0, 0, 0],
      ]).problems,
    ).toEqual(['Pain, item 2: 5 is outside 0–4.']);
    expect(scores('nprs', [[2.5]]).problems).toEqual(['Item 1: 2.5 is not one of the answers (steps of 1).']);
    expect(scores('hagos', [[1]]).problems).toEqual(['HAGOS has 6 scales; answers were given for 1.']);
  });

  it('every measure in the knowledge base names its important change or says none is published', () => {
    for (const m of kb.outcomeMeasures)
      expect(m.importantChange.length > 0 || Boolean(m.noImportantChange), m.id).toBe(true);
    expect(kb.outcomeMeasures.map((m) => m.id).sort()).toEqual(['hagos', 'hoos-12', 'ihot-12', 'lefs', 'nprs', 'psfs']);
  });
});
