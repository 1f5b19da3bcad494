/**
 * Forward kinematics: joint angles -> 3D positions of every joint, with the pelvis centre at the
 * origin. World axes: x to the right of the picture, y up, z towards the viewer (orthographic
 * camera). The body is built for the working side on the body's RIGHT; drawing the left side is
 * a mirror image of the finished picture (see projection.ts).
 *
 * Body frame at rest (side view): x forward, y up, z to the body's right (towards the camera).
 */
import type { FigureView } from '../kb/figure-schema';
import { BODY } from './body-dimensions';
import type { ArmAngles, LegAngles, PoseAngles } from './pose-angles';
import { add, apply, compose, rotX, rotY, rotZ, vec, ZERO, type Mat3, type Vec3 } from './vector';

export type BodySide = 'work' | 'other';
export const BODY_SIDES: readonly BodySide[] = ['work', 'other'];

export interface LegJoints {
  hip: Vec3;
  buttock: Vec3;
  knee: Vec3;
  ankle: Vec3;
  heel: Vec3;
  toe: Vec3;
  thigh: Mat3;
  shank: Mat3;
  foot: Mat3;
}

export interface ArmJoints {
  shoulder: Vec3;
  elbow: Vec3;
  wrist: Vec3;
  hand: Vec3;
  upperArm: Mat3;
  forearm: Mat3;
}

export interface Body3D {
  pelvis: Vec3;
  pelvisFrame: Mat3;
  trunkFrame: Mat3;
  headFrame: Mat3;
  waist: Vec3;
  chest: Vec3;
  neckBase: Vec3;
  neckTop: Vec3;
  head: Vec3;
  legs: Record<BodySide, LegJoints>;
  arms: Record<BodySide, ArmJoints>;
}

const VIEW_YAW: Record<FigureView, number> = { side: 0, front: -90, back: 90 };

/** +1 for the working (right) side, -1 for the other: mirrors abduction and rotation. */
const sign = (side: BodySide): number => (side === 'work' ? 1 : -1);

function legJoints(root: Mat3, angles: LegAngles, side: BodySide): LegJoints {
  const s = sign(side);
  const hip = apply(root, vec(0, 0, s * BODY.hipHalfWidth));
  const buttock = add(hip, apply(root, vec(-BODY.buttock.back, BODY.buttock.up, s * BODY.buttock.out)));
  const thigh = compose(
    root,
    compose(rotZ(angles.hipFlex), compose(rotX(-s * angles.hipAbd), rotY(-s * angles.hipRot))),
  );
  const knee = add(hip, apply(thigh, vec(0, -BODY.thigh.length, 0)));
  const shank = compose(thigh, rotZ(-angles.knee));
  const ankle = add(knee, apply(shank, vec(0, -BODY.shank.length, 0)));
  const foot = compose(shank, rotZ(angles.ankle));
  const heel = add(ankle, apply(foot, vec(BODY.heel.forward, BODY.heel.up, 0)));
  const toe = add(ankle, apply(foot, vec(BODY.toe.forward, BODY.toe.up, 0)));
  return { hip, buttock, knee, ankle, heel, toe, thigh, shank, foot };
}

function armJoints(trunk: Mat3, neckBase: Vec3, angles: ArmAngles, side: BodySide): ArmJoints {
  const s = sign(side);
  const shoulder = add(neckBase, apply(trunk, vec(0, -BODY.shoulder.down, s * BODY.shoulder.out)));
  const upperArm = compose(
    trunk,
    compose(rotZ(angles.shoulderFlex), compose(rotX(-s * angles.shoulderAbd), rotY(-s * angles.shoulderRot))),
  );
  const elbow = add(shoulder, apply(upperArm, vec(0, -BODY.upperArm.length, 0)));
  const forearm = compose(upperArm, rotZ(angles.elbow));
  const wrist = add(elbow, apply(forearm, vec(0, -BODY.forearm.length, 0)));
  const hand = add(wrist, apply(forearm, vec(0, -BODY.hand.along, 0)));
  return { shoulder, elbow, wrist, hand, upperArm, forearm };
}

/** The body in the world's orientation, pelvis centre at the origin; `cameraTurn` as the figure's `turn`. */
export function forwardKinematics(angles: PoseAngles, view: FigureView, cameraTurn = 0): Body3D {
  const pelvisFrame = compose(
    rotY(VIEW_YAW[view] - angles.turn - cameraTurn),
    compose(rotZ(-angles.tilt), rotX(-angles.roll)),
  );
  const trunkFrame = compose(
    pelvisFrame,
    compose(rotZ(-angles.trunkFlex), compose(rotX(angles.trunkBend), rotY(-angles.trunkTwist))),
  );
  const headFrame = compose(trunkFrame, rotZ(-angles.neck));
  const pelvis = ZERO;
  const along = (d: number): Vec3 => apply(trunkFrame, vec(0, d, 0));
  const neckBase = along(BODY.spine);
  const neckTop = add(neckBase, apply(headFrame, vec(0, BODY.neck.length, 0)));
  const head = add(neckTop, apply(headFrame, vec(BODY.head.forward, BODY.head.up, 0)));
  return {
    pelvis,
    pelvisFrame,
    trunkFrame,
    headFrame,
    waist: along(BODY.waist.along),
    chest: along(BODY.chest.along),
    neckBase,
    neckTop,
    head,
    legs: {
      work: legJoints(pelvisFrame, angles.workLeg, 'work'),
      other: legJoints(pelvisFrame, angles.otherLeg, 'other'),
    },
    arms: {
      work: armJoints(trunkFrame, neckBase, angles.workArm, 'work'),
      other: armJoints(trunkFrame, neckBase, angles.otherArm, 'other'),
    },
  };
}

/** The same body moved by `d` (frames are unchanged). */
export function translateBody(body: Body3D, d: Vec3): Body3D {
  const t = (v: Vec3): Vec3 => add(v, d);
  const leg = (l: LegJoints): LegJoints => ({
    ...l,
    hip: t(l.hip),
    buttock: t(l.buttock),
    knee: t(l.knee),
    ankle: t(l.ankle),
    heel: t(l.heel),
    toe: t(l.toe),
  });
  const arm = (a: ArmJoints): ArmJoints => ({
    ...a,
    shoulder: t(a.shoulder),
    elbow: t(a.elbow),
    wrist: t(a.wrist),
    hand: t(a.hand),
  });
  return {
    ...body,
    pelvis: t(body.pelvis),
    waist: t(body.waist),
    chest: t(body.chest),
    neckBase: t(body.neckBase),
    neckTop: t(body.neckTop),
    head: t(body.head),
    legs: { work: leg(body.legs.work), other: leg(body.legs.other) },
    arms: { work: arm(body.arms.work), other: arm(body.arms.other) },
  };
}
