import type { Dosage, DosageOverride } from './schema';

/** A dosage without its sources: what a condition or a clinician may set for one patient. */
export type DosagePrescription = Omit<Dosage, 'sources'>;

const AMOUNT_KEYS = ['reps', 'holdSeconds', 'durationMinutes'] as const;

/**
 * Applies a condition's (or a clinician's) override to an exercise's default dosage. An override
 * that sets an amount (reps, hold or duration) replaces the default amount entirely, so a
 * "hold 30 seconds" override never ends up as "15 reps, hold 30 seconds".
 */
export function applyDosageOverride(
  base: DosagePrescription,
  override: DosageOverride | undefined,
): DosagePrescription {
  if (!override) return { ...base };
  const merged: DosagePrescription = { ...base };
  if (AMOUNT_KEYS.some((k) => override[k] !== undefined)) {
    for (const k of AMOUNT_KEYS) delete merged[k];
  }
  for (const [key, value] of Object.entries(override)) {
    if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
  }
  return merged;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function timesPer(n: number, period: string): string {
  if (n === 1) return `once a ${period}`;
  if (n === 2) return `twice a ${period}`;
  return `${n} times a ${period}`;
}

/** The amount of one set, e.g. "15 reps", "hold 30 s", "10 min". */
export function formatAmount(d: DosagePrescription): string {
  if (d.reps !== undefined) return plural(d.reps, 'rep');
  if (d.holdSeconds !== undefined) return `hold ${d.holdSeconds} s`;
  if (d.durationMinutes !== undefined) return `${d.durationMinutes} min`;
  return '';
}

/** One line a patient can follow: "3 sets × 15 reps · once a day · 3 days a week". */
export function formatDosage(d: DosagePrescription, options: { perSide?: boolean } = {}): string {
  const amount = formatAmount(d) + (options.perSide ? ' each side' : '');
  const parts = [d.sets !== undefined ? `${plural(d.sets, 'set')} × ${amount}` : amount];
  if (d.perDay !== undefined) parts.push(timesPer(d.perDay, 'day'));
  if (d.perWeek !== undefined) parts.push(d.perWeek === 7 ? 'every day' : `${plural(d.perWeek, 'day')} a week`);
  if (d.tempo) parts.push(d.tempo);
  return parts.join(' · ');
}
