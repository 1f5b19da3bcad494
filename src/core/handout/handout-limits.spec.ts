import { describe, expect, it } from 'vitest';
import { handoutDateProblem } from './handout-limits';

describe('handoutDateProblem', () => {
  it('accepts real dates, leap days included', () => {
    for (const date of ['2024-02-29', '1900-01-01', '2100-12-31', '2026-12-07'])
      expect(handoutDateProblem(date)).toBe(undefined);
  });

  it('says what is wrong with a date that does not exist or is out of range', () => {
    expect(handoutDateProblem('2024-02-30')).toBe('must be a day that exists (this month has 29 days)');
    expect(handoutDateProblem('2023-02-29')).toBe('must be a day that exists (this month has 28 days)');
    expect(handoutDateProblem('2024-13-01')).toBe('must have a month from 01 to 12');
    expect(handoutDateProblem('0000-01-01')).toBe('must be a year from 1900 to 2100');
    expect(handoutDateProblem('9999-12-31')).toBe('must be a year from 1900 to 2100');
    expect(handoutDateProblem('7/12/2026')).toBe('must be a date YYYY-MM-DD');
  });
});
