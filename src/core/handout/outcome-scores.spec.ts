import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledKnowledgeBase } from '../../../tests/support/bundled-knowledge-base';
import type { KnowledgeBase } from '../kb/knowledge-base';
import type { OutcomeMeasure } from '../outcomes/outcome-measure-schema';
import type { HandoutOutcome } from './handout';
import { changeSincePrevious, outcomeRecord, scoreRange } from './outcome-scores';

let kb: KnowledgeBase;
// Loading data/ took 11 s on the shared two-core machine, past vitest's 10 s for a hook.
beforeAll(async () => {
  kb = await loadBundledKnowledgeBase();
}, 30_000);
const measure = (id: string): OutcomeMeasure => kb.outcomeMeasures.find((m) => m.id === id)!;
const record = (measureId: string, date: string, score: Record<string, number>): HandoutOutcome => ({
  measureId,
  date,
  answers: [],
  score,
});

describe('outcomeRecord', () => {
  it('keeps the answers as entered and the score they give', () => {
    expect(outcomeRecord(measure('psfs'), '2026-03-02', [[3, 4, 5]])).toEqual({
      record: { measureId: 'psfs', date: '2026-03-02', answers: [[3, 4, 5]], score: { activities: 4 } },
    });
  });

  it('keeps the subscales that score and leaves out one with too many items missing', () => {
    const result = outcomeRecord(measure('hoos-12'), '2026-03-02', [
      [0, 1, null, null],
      [null, null, null, 4],
      [2, 2, 2, 2],
    ]);
    expect(result).toEqual({
      record: expect.objectContaining({ score: { pain: 87.5, 'quality-of-life': 50 } }),
    });
  });

  it('says why nothing can be kept when no scale scores', () => {
    expect(outcomeRecord(measure('nprs'), '2026-03-02', [[null]])).toEqual({
      problems: ['Pain: 0 of 1 answered; the score needs all 1 items.'],
    });
    expect(outcomeRecord(measure('nprs'), '2026-03-02', [[11]])).toEqual({
      problems: ['Item 1: 11 is outside 0–10.'],
    });
  });
});

describe('scoreRange', () => {
  it('is the item range for a rating or a mean, items × range for a sum, 0–100 for KOOS-style scales', () => {
    expect(scoreRange(measure('nprs'), 'pain')).toEqual({ min: 0, max: 10 });
    expect(scoreRange(measure('psfs'), 'activities')).toEqual({ min: 0, max: 10 });
    expect(scoreRange(measure('lefs'), 'function')).toEqual({ min: 0, max: 80 });
    expect(scoreRange(measure('hagos'), 'pain')).toEqual({ min: 0, max: 100 });
  });
});

describe('changeSincePrevious', () => {
  it('compares with the latest earlier score of the same measure, against its MCID', () => {
    const outcomes = [
      record('lefs', '2026-01-05', { function: 40 }),
      record('nprs', '2026-01-05', { pain: 7 }),
      record('lefs', '2026-02-02', { function: 45 }),
      record('lefs', '2026-03-02', { function: 59 }),
    ];
    const [change] = changeSincePrevious(measure('lefs'), outcomes, 3);
    expect(change).toMatchObject({ scaleId: 'function', previousDate: '2026-02-02', previous: 45 });
    expect(change!.change.sentence).toBe('Improved by 14 points; the MCID is 9, so this is a change that matters.');
  });

  it('has nothing to compare for a first score, or a subscale missing from either score', () => {
    const outcomes = [record('hoos-12', '2026-01-05', { pain: 50 }), record('hoos-12', '2026-02-02', { function: 70 })];
    expect(changeSincePrevious(measure('hoos-12'), outcomes, 0)).toEqual([]);
    expect(changeSincePrevious(measure('hoos-12'), outcomes, 1)).toEqual([]);
  });
});
