/**
 * A session of changing pace as a strip under the figure: one block per stretch, as long as its
 * minutes, low for walking and tall for running, with the stretches of the pose on show in the
 * accent. Two walk-then-run figures that look alike pose by pose differ here at a glance: one
 * switch from walking to jogging, or runs and walks taking turns.
 */
import type { ExerciseFigure } from '../kb/figure-schema';
import type { FigurePalette } from './palettes';
import { roundedRectPath } from './path-geometry';
import type { SceneShape } from './scene-types';

/** Picture units (cm): gap below the floor, block heights, gap between blocks. */
const TOP = 6;
const WALK_HEIGHT = 7;
const RUN_HEIGHT = 16;
const GAP = 1.2;

/** The strip's height below the floor line, for the frame. */
export const TIMELINE_DEPTH = TOP + RUN_HEIGHT;
/** The strip is at least this wide, so a one-minute stretch still shows in a printed handout. */
const MIN_WIDTH = 180;

/** Where the strip runs under a picture spanning `x0..x1`: centred, at least `MIN_WIDTH` wide. */
export function timelineSpan(x0: number, x1: number): [number, number] {
  const half = Math.max(x1 - x0, MIN_WIDTH) / 2;
  const mid = (x0 + x1) / 2;
  return [mid - half, mid + half];
}

/** The strip across `x0..x1` of the picture, highlighting the stretches that show `poseName`. */
export function paceTimeline(
  figure: ExerciseFigure,
  poseName: string,
  x0: number,
  x1: number,
  palette: FigurePalette,
): SceneShape[] {
  const segments = figure.timeline ?? [];
  const total = segments.reduce((sum, s) => sum + s.minutes, 0);
  const room = x1 - x0 - GAP * (segments.length - 1);
  const bottom = TOP + RUN_HEIGHT;
  let x = x0;
  return segments.map((s) => {
    const w = (room * s.minutes) / total;
    const h = s.pace === 'run' ? RUN_HEIGHT : WALK_HEIGHT;
    const g = roundedRectPath(x, bottom - h, w, h, 0.8);
    x += w + GAP;
    const current = s.poses.includes(poseName);
    return {
      role: 'prop' as const,
      d: g.d,
      box: g.box,
      fill: current ? palette.accent : palette.prop.fill,
      ...(current ? {} : { stroke: palette.prop.stroke, strokeWidth: 0.5 }),
    };
  });
}
