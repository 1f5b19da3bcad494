/**
 * Calendar dates on a handout are plain YYYY-MM-DD days, never instants: arithmetic runs in UTC so
 * a time zone or a clock change can never move a review date by a day.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parse(day: string): Date {
  const m = ISO_DAY.exec(day);
  if (!m) throw new Error(`not a YYYY-MM-DD date: ${day}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

export function addDays(day: string, days: number): string {
  const date = parse(day);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** "2026-03-07" → "7 March 2026": unambiguous for patients in any English-speaking country. */
export function formatHandoutDate(day: string): string {
  const date = parse(day);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
