/**
 * Knowledge-base texts mention running distances in miles (the source articles' unit), sometimes
 * with kilometres in brackets. A handout prints one system, the clinic's choice: "300-500 miles"
 * becomes "about 480-800 km" for a km clinic, and "about 3 km" becomes "about 2 miles" for a
 * miles clinic. A bracketed equivalent that is a plain distance is used as written rather than
 * recomputed; any other bracketed equivalent is dropped, as the converted figure says it all.
 */

export type DistanceUnits = 'km' | 'miles';

const KM_PER_MILE = 1.609344;
const NUMBER = String.raw`\d+(?:\.\d+)?`;
const RANGE_JOIN = String.raw`\s*(?:-|–|to)\s*`;
const QUANTITY = String.raw`(${NUMBER})(?:(${RANGE_JOIN})(${NUMBER}))?`;
const UNIT = String.raw`miles?|km|kilomet(?:re|er)s?`;
const HEDGE = String.raw`(?:about|around|roughly|approximately|nearly|almost|up to|some)`;
/** "a couple of miles" has no number but a clear size; only its bracketed equivalent can carry it. */
const VAGUE = String.raw`a (?:couple|few) of`;
const DISTANCE = String.raw`(?:${HEDGE}\s+)?(?:${NUMBER}(?:${RANGE_JOIN}${NUMBER})?|${VAGUE})[\s-]*(?:${UNIT})`;

/** The word before a distance (never a hedge word), to decide on "about" and "a"/"an". */
const PREVIOUS_WORD = String.raw`(\b(?!${HEDGE}\b)\w+\s+)?`;
/** "300-500 miles (about 480-800 km)", "a couple of miles (about 3 km)", "15 miles (24 km)". */
const PAIRED = new RegExp(
  String.raw`${PREVIOUS_WORD}\b(${DISTANCE})\s*\(\s*((?:${HEDGE}\s+)?${NUMBER}(?:${RANGE_JOIN}${NUMBER})?\s*(?:${UNIT}))\s*\)`,
  'gi',
);
/** "27.5 miles (roughly 40 km rising to 44 km)": a bracket restating the distance in other words. */
const RESTATED = new RegExp(String.raw`\b(${DISTANCE})\s*\(([^()]*\d[^()]*\b(?:${UNIT})\b[^()]*)\)`, 'gi');
/** "2 miles", "300 to 500 miles", "a 5-mile run", "about 3 km". */
const SINGLE = new RegExp(String.raw`${PREVIOUS_WORD}\b(${HEDGE}\s+)?${QUANTITY}(\s*|-)(${UNIT})\b`, 'gi');
/** After these words "about" reads oddly ("every about 480 km"), so none is added. */
const NO_HEDGE_AFTER = new Set(['every', 'a', 'an', 'the', 'per', 'each']);

function isMiles(unit: string): boolean {
  return /mile/i.test(unit);
}

function unitOf(distance: string): string {
  return new RegExp(String.raw`(${UNIT})\s*$`, 'i').exec(distance)?.[1] ?? '';
}

/** Rounds a converted distance to what a person would say: 3, 44, 480 (never 482.8). */
export function roundDistance(value: number): number {
  if (value < 10) return Math.max(0.5, Math.round(value * 2) / 2);
  if (value < 100) return Math.round(value);
  const magnitude = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Math.round(value / magnitude) * magnitude;
}

function convertNumber(value: string, to: DistanceUnits): string {
  const n = Number(value);
  return String(roundDistance(to === 'km' ? n * KM_PER_MILE : n / KM_PER_MILE));
}

/** "a 8 km run" → "an 8 km run": eight, eighty, eleven and eighteen start with a vowel sound. */
function article(word: string, next: string): string {
  if (!/^an?$/i.test(word)) return word;
  const an = /^(8|11|18)(?!\d)|^8\d/.test(next) || /^(11|18)\d{2}(?!\d)/.test(next);
  const base = an ? 'an' : 'a';
  return word[0] === 'A' ? base[0]!.toUpperCase() + base.slice(1) : base;
}

function keepsUnits(unit: string, to: DistanceUnits): boolean {
  return isMiles(unit) === (to === 'miles');
}

function convertSingle(text: string, to: DistanceUnits): string {
  return text.replace(
    SINGLE,
    (
      match,
      before: string | undefined,
      hedge: string | undefined,
      first: string,
      join: string | undefined,
      last: string | undefined,
      gap: string,
      unit: string,
    ) => {
      if (keepsUnits(unit, to)) return match;
      const adjective = gap === '-';
      const a = convertNumber(first, to);
      const b = last === undefined ? undefined : convertNumber(last, to);
      const amount = b === undefined ? a : `${a}${join?.trim() === 'to' ? ' to ' : '-'}${b}`;
      const word = to === 'km' ? 'km' : adjective || (b ?? a) === '1' ? 'mile' : 'miles';
      const distance = `${amount}${to === 'miles' && adjective ? '-' : ' '}${word}`;
      const previous = before?.trim() ?? '';
      const addHedge = !hedge && !NO_HEDGE_AFTER.has(previous.toLowerCase());
      const lead = before === undefined ? '' : before.replace(previous, article(previous, distance));
      return `${lead}${hedge ?? (addHedge ? 'about ' : '')}${distance}`;
    },
  );
}

const LEADING_HEDGE = new RegExp(String.raw`^${HEDGE}\s+`, 'i');

/** The bracketed equivalent, hedged like the original ("about 2 miles (3 km)" → "about 3 km"). */
function equivalent(before: string | undefined, outside: string, inside: string): string {
  const hedge = LEADING_HEDGE.exec(outside)?.[0] ?? LEADING_HEDGE.exec(inside)?.[0] ?? '';
  const bare = inside.replace(LEADING_HEDGE, '').replace(/\s+/g, ' ');
  const previous = before?.trim() ?? '';
  const lead = before === undefined ? '' : before.replace(previous, article(previous, bare));
  return `${lead}${NO_HEDGE_AFTER.has(previous.toLowerCase()) ? '' : hedge.toLowerCase()}${bare}`;
}

function convertPaired(text: string, to: DistanceUnits): string {
  return text
    .replace(PAIRED, (match, before: string | undefined, outside: string, inside: string) => {
      if (keepsUnits(unitOf(outside), to) === keepsUnits(unitOf(inside), to)) return match;
      return keepsUnits(unitOf(outside), to) ? `${before ?? ''}${outside}` : equivalent(before, outside, inside);
    })
    .replace(RESTATED, (match, outside: string, inside: string) => {
      const otherSystem = [...inside.matchAll(new RegExp(UNIT, 'gi'))].every(
        (m) => isMiles(m[0]) !== isMiles(unitOf(outside)),
      );
      return otherSystem ? outside : match;
    });
}

/** Miles-only vocabulary that reads oddly next to kilometres. */
function convertWords(text: string, to: DistanceUnits): string {
  if (to !== 'km') return text;
  return text.replace(/\bmileage\b/g, 'distance').replace(/\bMileage\b/g, 'Distance');
}

/** Rewrites every running distance in `text` into `to` units. Other numbers are left alone. */
export function convertDistances(text: string, to: DistanceUnits): string {
  return convertWords(convertSingle(convertPaired(text, to), to), to);
}
