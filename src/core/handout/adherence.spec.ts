import { describe, expect, it } from 'vitest';
import { adherenceWarning, countDailyExercises, MAX_DAILY_EXERCISES } from './adherence';

const daily = (perDay: number | null, n: number) => Array.from({ length: n }, () => ({ perDay }));

describe('adherence', () => {
  it('counts each exercise once per session a day (once when unset)', () => {
    expect(countDailyExercises([{ perDay: 2 }, { perDay: null }, { perDay: 3 }])).toBe(6);
    expect(countDailyExercises([])).toBe(0);
  });

  it('warns above ten a day, never at ten', () => {
    expect(MAX_DAILY_EXERCISES).toBe(10);
    expect(adherenceWarning(daily(1, 10))).toBeUndefined();
    expect(adherenceWarning(daily(1, 11))).toMatch(/11 exercises a day/);
    expect(adherenceWarning(daily(2, 6))).toMatch(/12 exercises a day/);
  });
});
