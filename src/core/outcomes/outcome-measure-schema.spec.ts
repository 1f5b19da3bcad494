import { describe, expect, it } from 'vitest';
import { outcomeMeasureSchema } from './outcome-measure-schema';

/** A small valid measure with one two-item scale; each test changes what it checks. */
const measure = (scale: Record<string, unknown>) => ({
  id: 'two-item-test',
  name: 'Two-item test measure',
  shortName: 'TIT',
  purpose: 'A measure for the schema tests.',
  item: { min: 0, max: 4, step: 1, minMeans: 'no problem', maxMeans: 'extreme problem' },
  scales: [{ id: 'total', name: 'Total', items: 2, minAnswered: 2, ...scale }],
  scoring: 'sum',
  higherIsBetter: false,
  scoringNote: 'The sum of the two items.',
  importantChange: [],
  noImportantChange: 'None published.',
  acceptableState: [],
  sources: ['a-source'],
});

const problems = (input: unknown) => {
  const result = outcomeMeasureSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('outcome measure item subjects', () => {
  it('accepts a scale without subjects, and one with a subject per item', () => {
    expect(problems(measure({}))).toEqual([]);
    expect(problems(measure({ subjects: ['putting on socks', 'running on uneven ground'] }))).toEqual([]);
  });

  it('says so when the subjects do not match the number of items', () => {
    expect(problems(measure({ subjects: ['putting on socks'] }))).toEqual([
      'scales.0.subjects: give one subject per item: subjects must have as many entries as the scale has items',
    ]);
  });

  it('keeps each subject to a few words, so the form wording is not copied', () => {
    expect(problems(measure({ subjects: ['squatting', 'getting into or out of the car seat'] }))).toEqual([
      'scales.0.subjects.0: an item subject is 2 to 5 words',
      'scales.0.subjects.1: an item subject is 2 to 5 words',
    ]);
  });
});
