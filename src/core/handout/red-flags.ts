/**
 * The handout's "contact us or a doctor if…" section. It is always printed: the red flags of the
 * handout's conditions, or, when they name none (or the handout has no condition), a small general
 * set that applies to any runner with hip pain.
 */
import type { KbLookup } from '../kb/kb-lookup';
import type { RedFlag } from '../kb/schema';
import { URGENCIES, type Urgency } from '../kb/vocabulary';

/** Printed when the conditions give no red flag: the signs that need a doctor whatever the cause. */
export const GENERAL_RED_FLAG_IDS: readonly string[] = [
  'unable-to-weight-bear',
  'hot-swollen-joint',
  'constant-unrelenting-pain',
  'possible-malignancy',
];

/** The union of the conditions' red flags (first-mentioned order), or the general set. */
export function deriveRedFlags(conditionIds: readonly string[], lookup: KbLookup): RedFlag[] {
  const ids = new Set(conditionIds.flatMap((id) => lookup.condition(id)?.redFlags ?? []));
  const fromConditions = [...ids].map((id) => lookup.redFlag(id)).filter((f): f is RedFlag => f !== undefined);
  if (fromConditions.length > 0) return fromConditions;
  return GENERAL_RED_FLAG_IDS.map((id) => lookup.redFlag(id)).filter((f): f is RedFlag => f !== undefined);
}

export interface RedFlagGroup {
  urgency: Urgency;
  /** What the patient should do, e.g. "Stop running and contact us or a doctor within a day or two if:". */
  lead: string;
  flags: RedFlag[];
}

const LEADS: Record<Urgency, string> = {
  emergency: 'Get medical help today (an emergency department, or call for help) if:',
  urgent: 'Stop running and contact us or a doctor within a day or two if:',
  soon: 'Book an appointment with us or your doctor if:',
};

/** Red flags grouped most urgent first, each group with the action the patient should take. */
export function groupRedFlags(flags: readonly RedFlag[]): RedFlagGroup[] {
  return URGENCIES.map((urgency) => ({
    urgency,
    lead: LEADS[urgency],
    flags: flags.filter((f) => f.urgency === urgency),
  })).filter((g) => g.flags.length > 0);
}
