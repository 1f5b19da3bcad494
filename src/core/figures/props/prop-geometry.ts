/**
 * Where a prop is in the world, as the drawers draw it and as the plausibility checks measure it:
 * one source for both, so a check never passes a picture that shows something else.
 */
import type { FigureProp, Landmark } from '../../kb/figure-schema';
import type { Body3D } from '../forward-kinematics';
import { landmarkPoint } from '../landmarks';
import { propSize } from '../prop-sizes';
import { add, scale, vec, type Vec3 } from '../vector';

/** The prop's reference point: its `at` landmark (or a default) plus its offset, in the world. */
export function propAnchor(prop: FigureProp, body: Body3D, fallback: Landmark): Vec3 {
  const sideways = scale(body.pelvisFrame.z, prop.out ?? 0);
  return add(add(landmarkPoint(body, prop.at ?? fallback), vec(prop.dx ?? 0, prop.dy ?? 0, 0)), sideways);
}

/** Horizontal centre of the body's points: props like walls go on the side away from it. */
export function bodyCentreX(body: Body3D): number {
  const xs = [body.pelvis.x, body.chest.x, body.head.x, body.legs.work.ankle.x, body.legs.other.ankle.x];
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

export interface BarbellGeometry {
  /** The middle of the bar. */
  centre: Vec3;
  /** Unit vector along the bar (across the body). */
  axis: Vec3;
  /** From the middle to each plate. */
  halfLength: number;
  plateRadius: number;
  barRadius: number;
}

export function barbellGeometry(prop: FigureProp, body: Body3D): BarbellGeometry {
  return {
    centre: propAnchor(prop, body, 'hands'),
    axis: body.pelvisFrame.z,
    halfLength: 0.62,
    plateRadius: propSize(prop) / 2,
    barRadius: 0.015,
  };
}

/**
 * A wall beside the body, its face where the `at` point touches it; or, when that point is well
 * behind the body as seen (a hand on a wall beside the far hip in a side view), a wall behind the
 * whole figure, its face at that point's depth.
 */
export type WallGeometry =
  | { placement: 'beside'; face: number; side: number; height: number }
  | { placement: 'behind'; face: number; height: number };

export function wallGeometry(prop: FigureProp, body: Body3D): WallGeometry {
  const p = propAnchor(prop, body, 'work-hand');
  const height = propSize(prop);
  const at = prop.at ?? 'work-hand';
  // The hand's or knee's surface touches the wall, not its centre.
  const radius = at.endsWith('hand') ? 0.04 : at.endsWith('knee') ? 0.06 : 0;
  if (p.z < body.pelvis.z - 0.15) return { placement: 'behind', face: p.z - radius, height };
  const side = Math.sign(p.x - bodyCentreX(body)) || 1;
  return { placement: 'beside', face: p.x + side * radius, side, height };
}

/**
 * A padded bench seen end on: its top runs along the viewing axis, with a pair of legs at each
 * end, so a limb can pass under the top between the two ends (the bottom leg of a Copenhagen
 * plank). `centre` is the middle of its top.
 */
export interface BenchGeometry {
  centre: Vec3;
  height: number;
  halfWidth: number;
  /** Half its length along the viewing axis. */
  halfLength: number;
  /** Left and right edges (x) of its legs, and how far each end's legs reach in from the end. */
  legs: readonly [number, number][];
  legDepth: number;
  topThickness: number;
}

export function benchGeometry(prop: FigureProp, body: Body3D): BenchGeometry {
  const centre = propAnchor(prop, body, 'pelvis');
  const halfWidth = 0.2;
  return {
    centre,
    height: propSize(prop),
    halfWidth,
    halfLength: 0.6,
    legs: [
      [centre.x - halfWidth + 0.04, centre.x - halfWidth + 0.08],
      [centre.x + halfWidth - 0.08, centre.x + halfWidth - 0.04],
    ],
    legDepth: 0.06,
    topThickness: 0.07,
  };
}

/** A box step under a foot; its top is the step height. */
export function stepGeometry(prop: FigureProp, body: Body3D): { centre: Vec3; height: number; halfWidth: number } {
  return { centre: propAnchor(prop, body, 'work-foot'), height: propSize(prop), halfWidth: 0.21 };
}

/** A ball or roller resting on the floor under a body point: its centre and radius. */
export function floorBallGeometry(prop: FigureProp, body: Body3D): { centre: Vec3; radius: number } {
  const p = propAnchor(prop, body, prop.kind === 'foam-roller' ? 'work-knee' : 'work-heel');
  const radius = propSize(prop) / 2;
  return { centre: vec(p.x, radius, p.z), radius };
}

/** +1 when the body faces right in the picture (before mirroring), -1 when it faces left. */
export const facing = (body: Body3D): number => (body.pelvisFrame.x.x >= 0 ? 1 : -1);

/** A chair under the pelvis: the seat's front edge a little ahead of the buttocks, its back behind. */
export function chairGeometry(
  prop: FigureProp,
  body: Body3D,
): { centre: Vec3; height: number; front: number; back: number; facing: number } {
  const centre = landmarkPoint(body, prop.at ?? 'pelvis');
  const f = facing(body);
  const front = centre.x + f * 0.16 + (prop.dx ?? 0);
  return { centre, height: propSize(prop), front, back: front - f * 0.42, facing: f };
}
