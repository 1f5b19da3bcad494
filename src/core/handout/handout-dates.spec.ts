import { describe, expect, it } from 'vitest';
import { addDays, formatHandoutDate } from './handout-dates';

describe('handout dates', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-03-02', 28)).toBe('2026-03-30');
    expect(addDays('2026-12-20', 14)).toBe('2027-01-03');
    expect(addDays('2028-02-27', 2)).toBe('2028-02-29');
  });

  it('prints an unambiguous day', () => {
    expect(formatHandoutDate('2026-03-07')).toBe('7 March 2026');
    expect(() => formatHandoutDate('07/03/2026')).toThrow(/YYYY-MM-DD/);
  });
});
