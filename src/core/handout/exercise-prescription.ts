/**
 * How one programme entry reads on the handout: the amount, how often, which side, load, tempo
 * and notes, in the plain words a patient follows at home.
 */
import type { Exercise } from '../kb/schema';
import type { HandoutExercise } from './handout';

export interface PrescriptionLines {
  /** "3 sets × 15 reps each side", "hold for 30 seconds", "10 minutes". */
  amount: string;
  /** "once a day, 3 days a week"; empty when neither is set. */
  frequency: string;
  /** "Left side only", "Alternate sides"; empty when the exercise uses both legs together. */
  side: string;
  load: string;
  tempo: string;
  notes: string;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "30 seconds", "10 minutes", "2 minutes 30 seconds": a patient should not have to work out 0.5 minutes. */
function durationText(minutes: number): string {
  const seconds = Math.round(minutes * 60);
  const [whole, rest] = [Math.floor(seconds / 60), seconds % 60];
  if (whole === 0) return plural(rest, 'second');
  return rest === 0 ? plural(whole, 'minute') : `${plural(whole, 'minute')} ${plural(rest, 'second')}`;
}

function timesADay(n: number): string {
  if (n === 1) return 'once a day';
  if (n === 2) return 'twice a day';
  return `${n} times a day`;
}

function sideText(entry: HandoutExercise, exercise: Exercise): string {
  if (entry.side === 'left') return 'Left side only';
  if (entry.side === 'right') return 'Right side only';
  if (entry.side === 'alternating') return 'Alternate sides';
  return exercise.sides === 'one-side' ? 'Both sides' : '';
}

function amountText(entry: HandoutExercise, perSide: boolean): string {
  const parts: string[] = [];
  if (entry.reps !== null) parts.push(plural(entry.reps, 'rep'));
  if (entry.holdSeconds !== null)
    parts.push(`${entry.reps !== null ? 'hold each for' : 'hold for'} ${plural(entry.holdSeconds, 'second')}`);
  if (entry.durationMinutes !== null) parts.push(durationText(entry.durationMinutes));
  const amount = parts.join(', ') + (perSide && parts.length > 0 ? ' each side' : '');
  if (entry.sets === null) return amount;
  return amount ? `${plural(entry.sets, 'set')} × ${amount}` : plural(entry.sets, 'set');
}

function frequencyText(entry: HandoutExercise): string {
  const parts: string[] = [];
  if (entry.perDay !== null) parts.push(timesADay(entry.perDay));
  if (entry.perWeek !== null) parts.push(entry.perWeek === 7 ? 'every day' : `${plural(entry.perWeek, 'day')} a week`);
  return parts.join(', ');
}

export function prescriptionLines(entry: HandoutExercise, exercise: Exercise): PrescriptionLines {
  return {
    amount: amountText(entry, entry.side === 'both' && exercise.sides === 'one-side'),
    frequency: frequencyText(entry),
    side: sideText(entry, exercise),
    load: entry.load.trim(),
    tempo: entry.tempo.trim(),
    notes: entry.notes.trim(),
  };
}
