/**
 * The answers typed into the outcome form, as the scoring code takes them: one list per scale,
 * null for an item left blank. Number fields give '' for blank or unreadable text.
 */
import type { ScaleChange } from '../../core/handout/outcome-scores';
import type { OutcomeMeasure } from '../../core/outcomes/outcome-measure-schema';
import type { ScaleAnswers } from '../../core/outcomes/score-outcome';

/** One empty text per item of each scale: the form's starting state for a measure. */
export function blankAnswers(measure: OutcomeMeasure): string[][] {
  return measure.scales.map((scale) => Array.from({ length: scale.items }, () => ''));
}

export function parseAnswers(texts: readonly (readonly string[])[]): ScaleAnswers[] {
  return texts.map((scale) => scale.map((text) => (text.trim() === '' ? null : Number(text))));
}

/**
 * How an item is named on the form: its number first, as on the patient's form, then its
 * few-word subject where the knowledge base gives one ("Item 5: putting on socks").
 */
export function itemLabel(measure: OutcomeMeasure, scaleIndex: number, index: number): string {
  if (measure.itemsChosen) return `Activity ${index + 1}`;
  const subject = measure.scales[scaleIndex]?.subjects?.[index];
  return subject ? `Item ${index + 1}: ${subject}` : `Item ${index + 1}`;
}

/** "Pain: " before a subscale's figure; nothing for a measure with one scale. */
function scalePrefix(measure: OutcomeMeasure | undefined, scaleId: string): string {
  if (!measure || measure.scales.length === 1) return '';
  return `${measure.scales.find((s) => s.id === scaleId)?.name ?? scaleId}: `;
}

/** A kept score in one line: "7", or "Pain: 75, Function: 81" for a measure with subscales. */
export function scoreSummary(measure: OutcomeMeasure | undefined, score: Readonly<Record<string, number>>): string {
  return Object.entries(score)
    .map(([scaleId, value]) => `${scalePrefix(measure, scaleId)}${value}`)
    .join(', ');
}

/** "Since 2026-02-02: Improved by 4 points; the MCID is 2, …", with the subscale's name first. */
export function changeLine(measure: OutcomeMeasure, change: ScaleChange): string {
  return `${scalePrefix(measure, change.scaleId)}Since ${change.previousDate}: ${change.change.sentence}`;
}
