import { describe, expect, it } from 'vitest';
import { dosageLines } from './dosage-lines';

describe('dosageLines', () => {
  it('puts the amount on its own line, per side for one-sided exercises, with tempo and note apart', () => {
    const lines = dosageLines(
      { sets: 3, reps: 15, perDay: 1, tempo: 'Lower over 3 seconds', note: 'Add a band later.' },
      'one-side',
    );
    expect(lines).toEqual({
      amount: '3 sets × 15 reps each side · once a day',
      tempo: 'Lower over 3 seconds',
      note: 'Add a band later.',
    });
  });

  it('does not count both-sides exercises per side, and leaves out what the dosage does not give', () => {
    expect(dosageLines({ durationMinutes: 30, perWeek: 3 }, 'both-sides')).toEqual({
      amount: '30 min · 3 days a week',
    });
  });
});
