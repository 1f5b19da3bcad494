/**
 * Outcome scores kept with a handout: a new record from the answers entered, the range a score can
 * take, and what changed since the patient's previous score on the same measure.
 */
import { compareScores, type ScoreChange } from '../outcomes/compare-scores';
import type { OutcomeMeasure } from '../outcomes/outcome-measure-schema';
import { scoreOutcome, type ScaleAnswers } from '../outcomes/score-outcome';
import type { HandoutOutcome } from './handout';

export type OutcomeRecordResult = { record: HandoutOutcome } | { problems: string[] };

/**
 * The record to keep for `answers`, or why it cannot be kept: nothing could be scored. A measure
 * with subscales is kept when at least one subscale scores (HAGOS subscales stand alone).
 */
export function outcomeRecord(
  measure: OutcomeMeasure,
  date: string,
  answers: readonly ScaleAnswers[],
): OutcomeRecordResult {
  const result = scoreOutcome(measure, answers);
  const scored = result.scales.filter((s) => s.score !== undefined);
  if (scored.length === 0) return { problems: result.problems };
  return {
    record: {
      measureId: measure.id,
      date,
      answers: answers.map((scale) => [...scale]),
      score: Object.fromEntries(scored.map((s) => [s.scaleId, s.score!])),
    },
  };
}

/** The lowest and highest score of a scale, by the measure's scoring rule. */
export function scoreRange(measure: OutcomeMeasure, scaleId: string): { min: number; max: number } {
  if (measure.scoring === 'koos-scale') return { min: 0, max: 100 };
  if (measure.scoring === 'sum') {
    const items = measure.scales.find((s) => s.id === scaleId)?.items ?? 1;
    return { min: measure.item.min * items, max: measure.item.max * items };
  }
  return { min: measure.item.min, max: measure.item.max };
}

export interface ScaleChange {
  scaleId: string;
  previousDate: string;
  previous: number;
  change: ScoreChange;
}

/**
 * How each scale of `outcomes[index]` changed since the latest earlier record of the same measure
 * (earlier in the list, which is kept oldest first). Empty for a first score.
 */
export function changeSincePrevious(
  measure: OutcomeMeasure,
  outcomes: readonly HandoutOutcome[],
  index: number,
): ScaleChange[] {
  const current = outcomes[index];
  if (!current) return [];
  const previous = outcomes.slice(0, index).findLast((o) => o.measureId === current.measureId);
  if (!previous) return [];
  return measure.scales.flatMap((scale) => {
    const before = previous.score[scale.id];
    const now = current.score[scale.id];
    if (before === undefined || now === undefined) return [];
    return [
      { scaleId: scale.id, previousDate: previous.date, previous: before, change: compareScores(measure, before, now) },
    ];
  });
}
