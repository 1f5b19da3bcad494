import { describe, expect, it } from 'vitest';
import { applyDosageOverride, formatDosage } from './dosage';

describe('dosage', () => {
  it('formats what a patient follows', () => {
    expect(formatDosage({ sets: 3, reps: 15, perDay: 1, perWeek: 3, tempo: 'slow lowering' })).toBe(
      '3 sets × 15 reps · once a day · 3 days a week · slow lowering',
    );
    expect(formatDosage({ sets: 2, reps: 15, perDay: 2 }, { perSide: true })).toBe(
      '2 sets × 15 reps each side · twice a day',
    );
    expect(formatDosage({ holdSeconds: 30, sets: 1, perWeek: 7 })).toBe('1 set × hold 30 s · every day');
    expect(formatDosage({ durationMinutes: 10 })).toBe('10 min');
  });

  it('replaces the amount when an override sets one, and keeps the rest', () => {
    expect(applyDosageOverride({ sets: 3, reps: 15, perWeek: 3 }, { holdSeconds: 45, sets: 5 })).toEqual({
      sets: 5,
      holdSeconds: 45,
      perWeek: 3,
    });
    expect(applyDosageOverride({ sets: 3, reps: 15 }, { perDay: 2 })).toEqual({ sets: 3, reps: 15, perDay: 2 });
    expect(applyDosageOverride({ sets: 3, reps: 15 }, undefined)).toEqual({ sets: 3, reps: 15 });
  });
});
