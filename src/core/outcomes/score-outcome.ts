/**
 * Scores an outcome measure from the item answers the clinician entered, by the instrument's own
 * rule (outcome-measure-schema.ts), and says plainly why a score cannot be given: an answer out of
 * range, or too many items missing for the instrument's missing-item rule.
 */
import type { OutcomeMeasure } from './outcome-measure-schema';

/** One scale's answers in item order; null for an item left blank. */
export type ScaleAnswers = readonly (number | null)[];

export interface ScaleScore {
  scaleId: string;
  name: string;
  /** Undefined when the answers do not allow a score (see `problem`). */
  score?: number;
  problem?: string;
}

export interface OutcomeScore {
  measureId: string;
  scales: ScaleScore[];
  /** Every problem, ready to show; empty when every scale was scored. */
  problems: string[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function answerProblem(m: OutcomeMeasure, value: number, where: string): string | undefined {
  const { min, max, step } = m.item;
  if (!Number.isFinite(value) || value < min || value > max) return `${where}: ${value} is outside ${min}–${max}.`;
  const steps = (value - min) / step;
  if (Math.abs(steps - Math.round(steps)) > 1e-9)
    return `${where}: ${value} is not one of the answers (steps of ${step}).`;
  return undefined;
}

function scoreScale(m: OutcomeMeasure, scaleIndex: number, answers: ScaleAnswers): ScaleScore {
  const scale = m.scales[scaleIndex]!;
  const base = { scaleId: scale.id, name: scale.name };
  const label = (i: number) => (m.scales.length > 1 ? `${scale.name}, item ${i + 1}` : `Item ${i + 1}`);
  const allowed = m.itemsChosen?.max ?? scale.items;
  if (answers.length > allowed)
    return { ...base, problem: `${scale.name}: ${answers.length} answers for ${allowed} items.` };
  for (const [i, value] of answers.entries()) {
    const problem = value === null ? undefined : answerProblem(m, value, label(i));
    if (problem) return { ...base, problem };
  }
  const given = answers.filter((v): v is number => v !== null);
  if (given.length < scale.minAnswered) {
    const needed = scale.minAnswered === scale.items ? `all ${scale.items} items` : `at least ${scale.minAnswered}`;
    return {
      ...base,
      problem: `${scale.name}: ${given.length} of ${scale.items} answered; the score needs ${needed}.`,
    };
  }
  const mean = given.reduce((a, b) => a + b, 0) / given.length;
  switch (m.scoring) {
    case 'single':
      return { ...base, score: given[0]! };
    case 'mean':
      return { ...base, score: round1(mean) };
    case 'sum':
      return { ...base, score: given.reduce((a, b) => a + b, 0) };
    case 'koos-scale':
      // Missing items take the mean of the answered ones, so the transformed mean is the score.
      return { ...base, score: round1(100 - ((mean - m.item.min) / (m.item.max - m.item.min)) * 100) };
  }
}

export function scoreOutcome(m: OutcomeMeasure, answers: readonly ScaleAnswers[]): OutcomeScore {
  if (answers.length !== m.scales.length)
    return {
      measureId: m.id,
      scales: [],
      problems: [`${m.shortName} has ${m.scales.length} scales; answers were given for ${answers.length}.`],
    };
  const scales = m.scales.map((_, i) => scoreScale(m, i, answers[i]!));
  return { measureId: m.id, scales, problems: scales.flatMap((s) => (s.problem ? [s.problem] : [])) };
}
