import { beforeAll, describe, expect, it } from 'vitest';
import type { KbLookup } from '../kb/kb-lookup';
import { realLookup } from '../../../tests/pdf/support/representative-handout';
import { handoutExerciseFromKb } from './create-handout';
import { prescriptionLines } from './exercise-prescription';

let lookup: KbLookup;
beforeAll(async () => {
  lookup = await realLookup();
});

describe('prescriptionLines', () => {
  it('reads as a patient follows it, per side for one-sided exercises done on both legs', () => {
    const clamshell = lookup.exercise('clamshell')!;
    expect(prescriptionLines(handoutExerciseFromKb(clamshell), clamshell)).toMatchObject({
      amount: '3 sets × 15 reps each side',
      frequency: 'once a day, 3 days a week',
      side: 'Both sides',
    });
    const left = { ...handoutExerciseFromKb(clamshell), side: 'left' as const, load: ' green band ' };
    expect(prescriptionLines(left, clamshell)).toMatchObject({
      amount: '3 sets × 15 reps',
      side: 'Left side only',
      load: 'green band',
    });
  });

  it('prints holds, durations, every day and a bilateral exercise without a side', () => {
    const bridge = lookup.exercise('glute-bridge')!;
    const entry = { ...handoutExerciseFromKb(bridge), reps: null, holdSeconds: 30, sets: 1, perDay: 2, perWeek: 7 };
    expect(prescriptionLines(entry, bridge)).toMatchObject({
      amount: '1 set × hold for 30 seconds',
      frequency: 'twice a day, every day',
      side: '',
    });
    const both = { ...entry, reps: 10, holdSeconds: 5 };
    expect(prescriptionLines(both, bridge).amount).toBe('1 set × 10 reps, hold each for 5 seconds');
    const walk = { ...entry, sets: null, holdSeconds: null, durationMinutes: 20, perDay: null, perWeek: 3 };
    expect(prescriptionLines(walk, bridge)).toMatchObject({ amount: '20 minutes', frequency: '3 days a week' });
    expect(prescriptionLines({ ...walk, durationMinutes: 0.5 }, bridge).amount).toBe('30 seconds');
    expect(prescriptionLines({ ...walk, durationMinutes: 2.5 }, bridge).amount).toBe('2 minutes 30 seconds');
    expect(prescriptionLines({ ...walk, durationMinutes: 1 }, bridge).amount).toBe('1 minute');
  });
});
