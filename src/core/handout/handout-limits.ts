/**
 * The limits of what a handout holds, in one place: the stored-file schemas, the settings form and
 * the command line all check against these, so a value one accepts the others accept too.
 */
export const PERSON_NAME_MAX_LENGTH = 120;
export const CLINIC_NAME_MAX_LENGTH = 200;
export const EARLIEST_HANDOUT_YEAR = 1900;
export const LATEST_HANDOUT_YEAR = 2100;

const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Why `text` is not a real calendar date YYYY-MM-DD between 1900 and 2100, or undefined when it
 * is. `Date.parse` would accept 2024-02-30 (as 1 March) and year 0000, so the day is checked
 * against its own month.
 */
export function handoutDateProblem(text: string): string | undefined {
  const match = DATE_SHAPE.exec(text);
  if (!match) return 'must be a date YYYY-MM-DD';
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (year < EARLIEST_HANDOUT_YEAR || year > LATEST_HANDOUT_YEAR)
    return `must be a year from ${EARLIEST_HANDOUT_YEAR} to ${LATEST_HANDOUT_YEAR}`;
  if (month < 1 || month > 12) return 'must have a month from 01 to 12';
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return `must be a day that exists (this month has ${daysInMonth} days)`;
  return undefined;
}
