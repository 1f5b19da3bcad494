/**
 * "Your score today": the outcome scores recorded on the handout's day, in plain words for the
 * patient (no thresholds, no citations), with the change since their previous score.
 */
import type { OutcomeMeasure } from '../../outcomes/outcome-measure-schema';
import type { HandoutOutcome } from '../handout';
import { formatHandoutDate } from '../handout-dates';
import { changeSincePrevious, scoreRange } from '../outcome-scores';
import type { PdfContent } from './pdfmake-types';

export const SCORE_HEADING = 'Your score today';

const points = (n: number) => `${n} point${n === 1 ? '' : 's'}`;

function scaleLine(measure: OutcomeMeasure, record: HandoutOutcome, scaleId: string, name: string): string {
  const { max } = scoreRange(measure, scaleId);
  const score = record.score[scaleId]!;
  return measure.scales.length > 1 ? `${name}: ${score} out of ${max}.` : `Today: ${score} out of ${max}.`;
}

function changeLine(measure: OutcomeMeasure, outcomes: readonly HandoutOutcome[], index: number): string[] {
  const changes = changeSincePrevious(measure, outcomes, index);
  const first = changes[0];
  if (!first) return [];
  const since = `since ${formatHandoutDate(first.previousDate)}`;
  const named = (scaleId: string) =>
    measure.scales.length > 1 ? `${measure.scales.find((s) => s.id === scaleId)!.name}: ` : '';
  return changes.map(({ scaleId, change }) => {
    const size = Math.abs(change.change);
    if (change.direction === 'unchanged') return `${named(scaleId)}the same as ${since.replace('since', 'on')}.`;
    return `${named(scaleId)}${points(size)} ${change.direction === 'better' ? 'better' : 'worse'} ${since}.`;
  });
}

/** The section's blocks; none when no score was recorded on the handout's day. */
export function scoreBlocks(
  outcomes: readonly HandoutOutcome[],
  day: string,
  measureFor: (id: string) => OutcomeMeasure | undefined,
  paragraphStyle: string,
): PdfContent[] {
  return outcomes.flatMap((record, index) => {
    const measure = measureFor(record.measureId);
    if (record.date !== day || !measure) return [];
    const direction = measure.higherIsBetter ? 'A higher score is better.' : 'A lower score is better.';
    const lines = measure.scales
      .filter((s) => record.score[s.id] !== undefined)
      .map((s) => scaleLine(measure, record, s.id, s.name));
    return [
      { text: measure.name, style: 'itemHeading' },
      { text: [...lines, direction, ...changeLine(measure, outcomes, index)].join(' '), style: paragraphStyle },
    ];
  });
}
