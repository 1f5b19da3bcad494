/**
 * Long programmes are followed less often. The handout editor warns (never blocks) when a day's
 * programme holds more than MAX_DAILY_EXERCISES exercises.
 */
import type { HandoutExercise } from './handout';

export const MAX_DAILY_EXERCISES = 10;

/**
 * Exercises the patient does on the busiest day: every exercise counts once per session a day
 * (`perDay`, 1 when unset). Exercises done only some days a week are assumed to fall on the same
 * day, because the handout does not schedule them apart.
 */
export function countDailyExercises(exercises: readonly Pick<HandoutExercise, 'perDay'>[]): number {
  return exercises.reduce((sum, e) => sum + (e.perDay ?? 1), 0);
}

/** A message for the editor when the programme is long, otherwise undefined. */
export function adherenceWarning(exercises: readonly Pick<HandoutExercise, 'perDay'>[]): string | undefined {
  const count = countDailyExercises(exercises);
  if (count <= MAX_DAILY_EXERCISES) return undefined;
  return `This programme asks for ${count} exercises a day. Patients follow programmes of more than ${MAX_DAILY_EXERCISES} a day less well; consider fewer exercises or fewer sessions a day.`;
}
