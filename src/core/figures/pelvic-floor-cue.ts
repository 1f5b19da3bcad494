/**
 * The pelvic floor cue: a round close-up beside the body, joined to the pelvis by a short line,
 * showing the pelvis as a bowl with the pelvic floor as a sling across its bottom. Relaxed, the
 * sling sags; squeezed, it lifts, with an arrow pointing up. The body's outline cannot show this
 * movement, so without the cue the start and end pictures would be the same.
 */
import type { Body3D } from './forward-kinematics';
import { arrowPath } from './motion-arrow';
import type { FigurePalette } from './palettes';
import { circlePath, polylinePath, smoothPath, type P2 } from './path-geometry';
import type { Projector } from './projection';
import type { SceneShape } from './scene-types';
import { add, normalize, scale, sub, vec } from './vector';

/** Radius of the close-up, in picture units (cm). */
const RADIUS = 15;

function stroke(points: P2[], colour: string, width: number, smooth = false): SceneShape {
  const g = smooth ? smoothPath(points) : polylinePath(points);
  const w = width / 2;
  return {
    role: 'prop',
    d: g.d,
    fill: 'none',
    stroke: colour,
    strokeWidth: width,
    round: true,
    box: [g.box[0] - w, g.box[1] - w, g.box[2] + w, g.box[3] + w],
  };
}

/** Where the close-up sits: above the body, on the head's side of the pelvis. */
export function cueCentre(body: Body3D, proj: Projector): P2 {
  const towardsHead = normalize(vec(body.chest.x - body.pelvis.x, 0, 0));
  const centre = add(add(body.pelvis, scale(towardsHead, 0.3)), vec(0, 0.48, 0));
  return proj.point(centre);
}

/** The cue's shapes for a squeeze between 0 (relaxed) and 1 (lifted). */
export function pelvicFloorCue(body: Body3D, squeeze: number, proj: Projector, palette: FigurePalette): SceneShape[] {
  const c = cueCentre(body, proj);
  const at = (x: number, y: number): P2 => ({ x: c.x + x * RADIUS, y: c.y + y * RADIUS });
  const pelvis = proj.point(add(body.pelvis, vec(0, 0.02, 0)));
  const toPelvis = sub(vec(pelvis.x, pelvis.y, 0), vec(c.x, c.y, 0));
  const edge = scale(normalize(toPelvis), RADIUS);
  const k = Math.min(1, Math.max(0, squeeze));
  // The sling: sagging when relaxed, domed upwards when lifted.
  const sag = 0.42 - 0.5 * k;
  const shapes: SceneShape[] = [
    stroke([{ x: c.x + edge.x, y: c.y + edge.y }, pelvis], palette.floor, 0.7),
    {
      role: 'prop',
      ...circlePath(c, RADIUS),
      fill: palette.background,
      stroke: palette.floor,
      strokeWidth: 0.8,
    },
    // The bowl: hip bones flaring out at the top, narrowing to the sling's ends.
    stroke([at(-0.78, -0.5), at(-0.62, -0.05), at(-0.42, 0.3)], palette.pelvis, 2.4, true),
    stroke([at(0.78, -0.5), at(0.62, -0.05), at(0.42, 0.3)], palette.pelvis, 2.4, true),
    stroke([at(-0.42, 0.3), at(0, 0.3 + 2 * sag), at(0.42, 0.3)], palette.accent, 2.6, true),
  ];
  if (k >= 0.5) shapes.push(...arrowPath([at(0, 0.25), at(0, -0.45)], palette));
  return shapes;
}
