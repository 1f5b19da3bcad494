/**
 * What a change between two scores of the same measure means: better or worse, by how much, and
 * whether that passes the instrument's important change (the first, best-suited threshold listed),
 * in a sentence a clinician can read to the patient's record. Also whether a score reaches the
 * published acceptable symptom state.
 */
import type { OutcomeMeasure, OutcomeThreshold } from './outcome-measure-schema';

export interface ScoreChange {
  /** Current minus previous, in the instrument's units. */
  change: number;
  direction: 'better' | 'worse' | 'unchanged';
  /** Whether the change is at least the important change; undefined when none is published. */
  important?: boolean;
  threshold?: OutcomeThreshold;
  sentence: string;
}

const points = (n: number) => `${Number(n.toFixed(1))} point${Math.abs(n) === 1 ? '' : 's'}`;

export function compareScores(m: OutcomeMeasure, previous: number, current: number): ScoreChange {
  const change = Math.round((current - previous) * 10) / 10;
  const gain = m.higherIsBetter ? change : -change;
  const direction = gain > 0 ? 'better' : gain < 0 ? 'worse' : 'unchanged';
  const threshold = m.importantChange[0];
  const moved = direction === 'better' ? 'Improved' : direction === 'worse' ? 'Worse' : 'Unchanged';
  const size = direction === 'unchanged' ? '' : ` by ${points(Math.abs(change))}`;
  if (!threshold)
    return {
      change,
      direction,
      sentence: `${moved}${size}. ${m.noImportantChange ?? 'No important change is published.'}`,
    };
  const important = Math.abs(change) >= threshold.value;
  // A detectable-change threshold says whether a change is real, not whether it matters.
  const detectable = threshold.kind === 'MDC' || threshold.kind === 'SDC';
  const verdict = detectable
    ? important
      ? 'beyond measurement error'
      : 'within measurement error'
    : important
      ? 'a change that matters'
      : 'less than a change that clearly matters';
  return {
    change,
    direction,
    important,
    threshold,
    sentence: `${moved}${size}; the ${threshold.kind} is ${threshold.value}, so this is ${direction === 'unchanged' ? 'no change' : verdict}.`,
  };
}

/** The published acceptable state the score reaches, if any (best-suited population first). */
export function acceptableState(m: OutcomeMeasure, score: number): OutcomeThreshold | undefined {
  const pass = m.acceptableState[0];
  if (!pass) return undefined;
  return (m.higherIsBetter ? score >= pass.value : score <= pass.value) ? pass : undefined;
}
