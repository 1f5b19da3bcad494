import { formatDosage, type DosagePrescription } from '../../core/kb/dosage';
import type { ExerciseSides } from '../../core/kb/vocabulary';

/** One-sided and alternating exercises are counted per side ("15 reps each side"). */
const countsPerSide = (sides: ExerciseSides): boolean => sides !== 'both-sides';

export interface DosageLines {
  /** What to do and how often: "3 sets × 15 reps each side · once a day · 3 days a week". */
  amount: string;
  /** How to move, e.g. "Lift for 1 second, lower slowly over 3 seconds". */
  tempo?: string;
  note?: string;
}

/**
 * A dosage split for the screen: the amount stands out on its own line, and the tempo and note,
 * which are sentences, read as sentences below it instead of trailing the amount in bold.
 */
export function dosageLines(dosage: DosagePrescription, sides: ExerciseSides): DosageLines {
  const { tempo, note, ...amount } = dosage;
  return {
    amount: formatDosage(amount, { perSide: countsPerSide(sides) }),
    ...(tempo ? { tempo } : {}),
    ...(note ? { note } : {}),
  };
}
