/**
 * Words for the knowledge base's closed vocabularies as a physio would say them on screen. Ids
 * stay in the data; these are only how the pages print them.
 */
import type { ExerciseSides, Urgency } from '../../core/kb/vocabulary';

export { humanise } from '../../core/text/humanise';

/** The 1–3 weights of findings and regions in the knowledge base. */
export type Weight = 1 | 2 | 3;

export const WEIGHT_LABELS: Record<Weight, string> = { 3: 'strong', 2: 'moderate', 1: 'weak' };

export const URGENCY_LABELS: Record<Urgency, { label: string; meaning: string }> = {
  emergency: { label: 'Emergency', meaning: 'Same day: emergency department or urgent medical help.' },
  urgent: { label: 'Urgent', meaning: 'Within a day or two: stop running and arrange a medical assessment.' },
  soon: { label: 'Soon', meaning: 'Book a medical review; rehabilitation can usually continue meanwhile.' },
};

export const SIDES_LABELS: Record<ExerciseSides, string> = {
  'one-side': 'One side at a time',
  'both-sides': 'Both sides together',
  alternating: 'Alternating sides',
};
