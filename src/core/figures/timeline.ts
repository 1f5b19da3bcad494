/**
 * The animation's clock: which two key poses to blend at a given time. Each phase holds its
 * starting pose briefly, then moves with an ease-in-out, the way a patient would do the movement.
 */
import type { ExerciseFigure } from '../kb/figure-schema';

export interface TimelinePosition {
  from: number;
  to: number;
  /** Eased progress from `from` to `to`, 0..1. */
  t: number;
  /** The key pose being held, or the last one passed. */
  key: number;
}

export const HOLD_SECONDS = 0.6;
export const MOVE_SECONDS = 1.2;

const ease = (t: number): number => 0.5 - 0.5 * Math.cos(Math.PI * Math.min(1, Math.max(0, t)));

export interface FigureTimeline {
  duration: number;
  at(seconds: number): TimelinePosition;
  /** The time at which key pose `index` is first held. */
  keyTime(index: number): number;
}

export function figureTimeline(figure: ExerciseFigure): FigureTimeline {
  const n = figure.poses.length;
  const order: number[] = [...Array(n).keys()];
  if (figure.cycle === 'loop') order.push(0);
  else for (let i = n - 2; i >= 0; i--) order.push(i);
  const phases = order.slice(0, -1).map((from, i) => ({ from, to: order[i + 1]! }));
  const phase = HOLD_SECONDS + MOVE_SECONDS;
  const duration = phases.length * phase;
  return {
    duration,
    at(seconds) {
      const time = ((seconds % duration) + duration) % duration;
      const index = Math.min(phases.length - 1, Math.floor(time / phase));
      const { from, to } = phases[index]!;
      const into = time - index * phase;
      if (into < HOLD_SECONDS) return { from, to, t: 0, key: from };
      const t = ease((into - HOLD_SECONDS) / MOVE_SECONDS);
      return { from, to, t, key: t >= 1 ? to : from };
    },
    keyTime(index) {
      const at = phases.findIndex((p) => p.from === index);
      return at >= 0 ? at * phase : 0;
    },
  };
}
