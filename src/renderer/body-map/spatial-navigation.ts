import type { Point } from './body-map-geometry';

export type Direction = 'up' | 'down' | 'left' | 'right';

export const ARROW_DIRECTIONS: Readonly<Record<string, Direction>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/**
 * How much sideways drift counts against a candidate, relative to distance straight ahead. Above
 * 1 so that "down" from the front of the thigh lands on the front of the knee, not on the
 * neighbouring strip that happens to be a little lower.
 */
const DRIFT_PENALTY = 2.5;

/**
 * The item an arrow key moves to, as the eye would expect on the picture: the nearest item whose
 * centre lies within 45° of that direction, preferring ones straight ahead; failing that, the
 * nearest one anywhere on that side (so no region is ever out of reach). Undefined at the edge.
 */
export function nextInDirection<T extends { anchor: Point }>(
  items: readonly T[],
  from: T,
  direction: Direction,
): T | undefined {
  const horizontal = direction === 'left' || direction === 'right';
  const sign = direction === 'right' || direction === 'down' ? 1 : -1;
  const scored = items
    .filter((item) => item !== from)
    .map((item) => {
      const dx = item.anchor.x - from.anchor.x;
      const dy = item.anchor.y - from.anchor.y;
      const ahead = sign * (horizontal ? dx : dy);
      const drift = Math.abs(horizontal ? dy : dx);
      return { item, ahead, drift, score: ahead + DRIFT_PENALTY * drift };
    })
    .filter((c) => c.ahead > 0.5);
  const inCone = scored.filter((c) => c.ahead >= c.drift);
  const pool = inCone.length > 0 ? inCone : scored;
  return pool.reduce<(typeof pool)[number] | undefined>(
    (best, c) => (!best || c.score < best.score ? c : best),
    undefined,
  )?.item;
}

/** Items in reading order (top to bottom, then left to right): what Home and End use. */
export function readingOrder<T extends { anchor: Point }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.anchor.y - b.anchor.y || a.anchor.x - b.anchor.x);
}
