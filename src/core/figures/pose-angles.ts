/**
 * A key pose as the complete set of joint angles the kinematics needs: the authored pose with
 * every omitted angle filled in (0 = anatomical standing position) and the `legs`/`arms` defaults
 * merged into each side. Also the interpolation between two poses that the animation uses.
 */
import type { FigureContact, FigurePose, FigureTouch } from '../kb/figure-schema';

export interface LegAngles {
  hipFlex: number;
  hipAbd: number;
  hipRot: number;
  knee: number;
  ankle: number;
}

export interface ArmAngles {
  shoulderFlex: number;
  shoulderAbd: number;
  shoulderRot: number;
  elbow: number;
}

export interface PoseAngles {
  tilt: number;
  roll: number;
  turn: number;
  trunkFlex: number;
  trunkBend: number;
  trunkTwist: number;
  neck: number;
  workLeg: LegAngles;
  otherLeg: LegAngles;
  workArm: ArmAngles;
  otherArm: ArmAngles;
}

/** A pose ready to draw: all angles, what touches the ground, and where it sits. */
export interface ResolvedPose {
  name: string;
  label: string;
  angles: PoseAngles;
  contact: readonly FigureContact[];
  lift: number | undefined;
  shift: number;
  /** What the hands (or another point) hold or touch. */
  touch: readonly FigureTouch[];
  /** How far the inner movement a cue shows has gone (0 relaxed, 1 lifted). */
  squeeze: number;
  /** Height of the pelvis centre, set only for an in-between pose that shares no contact. */
  rootHeight?: number;
}

type LegInput = FigurePose['legs'];
type ArmInput = FigurePose['arms'];

function leg(base: LegInput, own: LegInput): LegAngles {
  return {
    hipFlex: own?.hip?.flex ?? base?.hip?.flex ?? 0,
    hipAbd: own?.hip?.abd ?? base?.hip?.abd ?? 0,
    hipRot: own?.hip?.rot ?? base?.hip?.rot ?? 0,
    knee: own?.knee ?? base?.knee ?? 0,
    ankle: own?.ankle ?? base?.ankle ?? 0,
  };
}

function arm(base: ArmInput, own: ArmInput): ArmAngles {
  return {
    shoulderFlex: own?.shoulder?.flex ?? base?.shoulder?.flex ?? 0,
    shoulderAbd: own?.shoulder?.abd ?? base?.shoulder?.abd ?? 0,
    shoulderRot: own?.shoulder?.rot ?? base?.shoulder?.rot ?? 0,
    elbow: own?.elbow ?? base?.elbow ?? 0,
  };
}

export function resolvePose(pose: FigurePose): ResolvedPose {
  return {
    name: pose.name,
    label: pose.label,
    angles: {
      tilt: pose.body?.tilt ?? 0,
      roll: pose.body?.roll ?? 0,
      turn: pose.body?.turn ?? 0,
      trunkFlex: pose.trunk?.flex ?? 0,
      trunkBend: pose.trunk?.bend ?? 0,
      trunkTwist: pose.trunk?.twist ?? 0,
      neck: pose.neck ?? 0,
      workLeg: leg(pose.legs, pose.workLeg),
      otherLeg: leg(pose.legs, pose.otherLeg),
      workArm: arm(pose.arms, pose.workArm),
      otherArm: arm(pose.arms, pose.otherArm),
    },
    contact: pose.contact,
    lift: pose.lift,
    shift: pose.shift ?? 0,
    touch: pose.touch ?? [],
    squeeze: pose.squeeze ?? 0,
  };
}

const lerp = (a: number, b: number, t: number): number => a + (b - a) * t;

function lerpRecord<T extends object>(a: T, b: T, t: number): T {
  const out = {} as Record<string, number>;
  for (const key of Object.keys(a)) {
    out[key] = lerp((a as Record<string, number>)[key]!, (b as Record<string, number>)[key]!, t);
  }
  return out as T;
}

/** A contact's identity: the body point and the surface it rests on. */
export const contactKey = (c: FigureContact): string => (typeof c === 'string' ? c : `${c.point}@${c.on}`);

/**
 * The pose a fraction `t` (0..1) of the way from `a` to `b`. Angles move linearly; the body rests
 * on the contacts both poses share (a foot that stays planted stays planted), and where they
 * share none (a hop) its height moves linearly between the two.
 */
export function interpolatePose(a: ResolvedPose, b: ResolvedPose, t: number): ResolvedPose {
  const k = Math.min(1, Math.max(0, t));
  const shared = a.contact.filter((c) => b.contact.some((d) => contactKey(d) === contactKey(c)));
  const nearer = k < 0.5 ? a : b;
  return {
    name: nearer.name,
    label: nearer.label,
    angles: {
      ...lerpRecord(
        {
          tilt: a.angles.tilt,
          roll: a.angles.roll,
          turn: a.angles.turn,
          trunkFlex: a.angles.trunkFlex,
          trunkBend: a.angles.trunkBend,
          trunkTwist: a.angles.trunkTwist,
          neck: a.angles.neck,
        },
        {
          tilt: b.angles.tilt,
          roll: b.angles.roll,
          turn: b.angles.turn,
          trunkFlex: b.angles.trunkFlex,
          trunkBend: b.angles.trunkBend,
          trunkTwist: b.angles.trunkTwist,
          neck: b.angles.neck,
        },
        k,
      ),
      workLeg: lerpRecord(a.angles.workLeg, b.angles.workLeg, k),
      otherLeg: lerpRecord(a.angles.otherLeg, b.angles.otherLeg, k),
      workArm: lerpRecord(a.angles.workArm, b.angles.workArm, k),
      otherArm: lerpRecord(a.angles.otherArm, b.angles.otherArm, k),
    },
    contact: shared,
    // Without a shared contact the caller sets rootHeight from the two placed key poses.
    lift: undefined,
    shift: lerp(a.shift, b.shift, k),
    touch: nearer.touch,
    squeeze: lerp(a.squeeze, b.squeeze, k),
  };
}
