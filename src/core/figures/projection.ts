/**
 * From the 3D pose to the flat picture: an orthographic view along z, in centimetres with y down
 * (SVG's convention). Drawing the left side is the mirror image (x negated) of the body built for
 * the right, so a "left side" handout shows the left leg working.
 */
import type { P2 } from './path-geometry';
import { vec, type Vec3 } from './vector';

export const CM_PER_METRE = 100;

export interface Projector {
  readonly mirrored: boolean;
  /** Distance towards the viewer: larger is nearer (used to paint far parts first). */
  depth(v: Vec3): number;
  /** A picture direction (unit, y down) as a world direction. */
  worldDirection(d: P2): Vec3;
  point(v: Vec3): P2;
  /** A direction (unit length in 3D) as drawn, before scaling. */
  direction(v: Vec3): P2;
  /** A picture offset given as "right and up as drawn for the working side on the right". */
  offset(dx: number, dy: number): P2;
}

/**
 * `elevation` raises the camera to look down at the body from the front by that many degrees:
 * for exercises lying on the floor whose movement is towards the ceiling (a clamshell), so that
 * both the bent knees and the lift show.
 */
export function projector(mirrored: boolean, elevation = 0): Projector {
  const sx = mirrored ? -1 : 1;
  const e = (elevation * Math.PI) / 180;
  const [c, s] = [Math.cos(e), Math.sin(e)];
  const up = (v: Vec3) => v.y * c - v.z * s;
  return {
    mirrored,
    point: (v) => ({ x: sx * v.x * CM_PER_METRE, y: -up(v) * CM_PER_METRE }),
    direction: (v) => ({ x: sx * v.x, y: -up(v) }),
    offset: (dx, dy) => ({ x: sx * dx * CM_PER_METRE, y: -dy * CM_PER_METRE }),
    depth: (v) => v.z * c + v.y * s,
    worldDirection: (d) => vec(sx * d.x, -d.y * c, d.y * s),
  };
}
