/**
 * Named points on the posed body. Each landmark is one or more round "supports" (a centre and a
 * radius): a contact rests its lowest support on the ground, props are placed at the centre, and
 * the motion arrow follows the centre.
 */
import type { Landmark } from '../kb/figure-schema';
import { BODY } from './body-dimensions';
import type { Body3D, BodySide } from './forward-kinematics';
import { add, apply, midpoint, vec, type Mat3, type Vec3 } from './vector';

export interface Support {
  point: Vec3;
  /** Distance from the point down to the body's surface (world -y). */
  radius: number;
}

/** How far an elliptical section (half-width along the frame's z, half-depth along its x) reaches straight down. */
export function ellipseReachDown(frame: Mat3, halfWidth: number, halfDepth: number): number {
  return Math.hypot(halfWidth * frame.z.y, halfDepth * frame.x.y);
}

function sided(body: Body3D, side: BodySide, name: string): Support[] {
  const leg = body.legs[side];
  const arm = body.arms[side];
  switch (name) {
    case 'shoulder':
      return [{ point: arm.shoulder, radius: BODY.upperArm.radius[0] }];
    case 'elbow':
      return [{ point: arm.elbow, radius: BODY.forearm.radius[0] }];
    case 'hand':
      return [{ point: arm.hand, radius: BODY.hand.radius }];
    case 'hip':
      return [{ point: leg.buttock, radius: BODY.buttockRadius }];
    case 'thigh':
      return [{ point: midpoint(leg.hip, leg.knee), radius: (BODY.thigh.radius[0] + BODY.thigh.radius[1]) / 2 }];
    case 'knee':
      return [{ point: leg.knee, radius: BODY.thigh.radius[1] }];
    case 'ankle':
      return [{ point: leg.ankle, radius: BODY.shank.radius[1] }];
    case 'heel':
      return [{ point: leg.heel, radius: BODY.heel.radius }];
    case 'toe':
      return [{ point: leg.toe, radius: BODY.toe.radius }];
    case 'foot':
      return [
        { point: leg.heel, radius: BODY.heel.radius },
        { point: leg.toe, radius: BODY.toe.radius },
      ];
    default:
      throw new Error(`unknown landmark ${name}`);
  }
}

export function landmarkSupports(body: Body3D, landmark: Landmark): Support[] {
  if (landmark.startsWith('work-')) return sided(body, 'work', landmark.slice(5));
  if (landmark.startsWith('other-')) return sided(body, 'other', landmark.slice(6));
  const { legs, arms, trunkFrame, pelvisFrame } = body;
  switch (landmark) {
    case 'head':
      return [{ point: body.head, radius: BODY.head.radius }];
    case 'back':
      return [{ point: body.chest, radius: ellipseReachDown(trunkFrame, BODY.chest.halfWidth, BODY.chest.halfDepth) }];
    case 'upper-back':
      return [{ point: add(body.chest, apply(trunkFrame, vec(-BODY.chest.halfDepth, 0.07, 0))), radius: 0 }];
    case 'chest':
      return [{ point: add(body.chest, apply(trunkFrame, vec(BODY.chest.halfDepth, 0, 0))), radius: 0 }];
    case 'pelvis':
      return [
        { point: legs.work.buttock, radius: BODY.buttockRadius },
        { point: legs.other.buttock, radius: BODY.buttockRadius },
      ]
        .sort((a, b) => a.point.y - b.point.y)
        .slice(0, 1);
    case 'hip-front':
      return [{ point: add(body.pelvis, apply(pelvisFrame, vec(0.09, -0.02, 0))), radius: 0.02 }];
    case 'shoulders':
      return [{ point: midpoint(arms.work.shoulder, arms.other.shoulder), radius: BODY.upperArm.radius[0] }];
    case 'hands':
      return [{ point: midpoint(arms.work.hand, arms.other.hand), radius: BODY.hand.radius }];
    case 'knees':
      return [{ point: midpoint(legs.work.knee, legs.other.knee), radius: BODY.thigh.radius[1] }];
    case 'feet':
      return [{ point: midpoint(legs.work.ankle, legs.other.ankle), radius: BODY.shank.radius[1] }];
  }
  throw new Error(`unknown landmark ${String(landmark)}`);
}

/** The centre of a landmark (the mean of its supports). */
export function landmarkPoint(body: Body3D, landmark: Landmark): Vec3 {
  const s = landmarkSupports(body, landmark);
  const n = s.length;
  return s.reduce((acc, { point }) => vec(acc.x + point.x / n, acc.y + point.y / n, acc.z + point.z / n), vec(0, 0, 0));
}

/** The lowest point of the landmark's surface. */
export function landmarkBottom(body: Body3D, landmark: Landmark): number {
  return Math.min(...landmarkSupports(body, landmark).map((s) => s.point.y - s.radius));
}

/** Every rounded end of every drawn body part: what must stay above the floor. */
export function allSupports(body: Body3D): Support[] {
  const out: Support[] = [
    { point: body.head, radius: BODY.head.radius },
    { point: body.waist, radius: ellipseReachDown(body.trunkFrame, BODY.waist.halfWidth, BODY.waist.halfDepth) },
    { point: body.chest, radius: ellipseReachDown(body.trunkFrame, BODY.chest.halfWidth, BODY.chest.halfDepth) },
  ];
  for (const side of ['work', 'other'] as const) {
    const leg = body.legs[side];
    const arm = body.arms[side];
    out.push(
      { point: leg.buttock, radius: BODY.buttockRadius },
      { point: leg.knee, radius: BODY.thigh.radius[1] },
      { point: leg.ankle, radius: BODY.shank.radius[1] },
      { point: leg.heel, radius: BODY.heel.radius },
      { point: leg.toe, radius: BODY.toe.radius },
      { point: arm.shoulder, radius: BODY.upperArm.radius[0] },
      { point: arm.elbow, radius: BODY.forearm.radius[0] },
      { point: arm.hand, radius: BODY.hand.radius },
    );
  }
  return out;
}

export function lowestPoint(body: Body3D): number {
  return Math.min(...allSupports(body).map((s) => s.point.y - s.radius));
}
