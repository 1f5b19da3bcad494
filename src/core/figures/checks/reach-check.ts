/**
 * Hands that should hold or touch something, within reach of it: both hands on a barbell carried
 * on the back, a hand flat on the wall it leans on, forearms flat on the floor under elbows that
 * prop the body up, and whatever a pose declares in `touch` (hands round a thigh, an ankle
 * crossed over a knee).
 */
import type { FigureProp, FigureTouch, Landmark } from '../../kb/figure-schema';
import type { Body3D } from '../forward-kinematics';
import { landmarkSupports, type Support } from '../landmarks';
import { contactPoint } from '../placement';
import { barbellGeometry, wallGeometry } from '../props/prop-geometry';
import { add, dot, length, scale, sub, type Vec3 } from '../vector';
import { cm, type FigureProblem, type PosedFigure } from './posed-figure';
import { propBody, propSolids, signedDistance } from './prop-solids';

/** A hand (or other point) this far from what it holds still holds it. */
export const REACH_TOLERANCE = 0.035;
/** An elbow bent this far, resting on the floor, has its forearm on the floor too. */
const FOREARM_REST_ELBOW = 45;

const HAND_POINTS: readonly Landmark[] = ['work-hand', 'other-hand'];

/** `hands` is each hand; any other point is itself. */
const eachPoint = (point: Landmark): Landmark[] => (point === 'hands' ? [...HAND_POINTS] : [point]);

/** Distance from `p` to the segment a–b. */
function segmentDistance(p: Vec3, a: Vec3, b: Vec3): number {
  const ab = sub(b, a);
  const t = Math.min(1, Math.max(0, dot(sub(p, a), ab) / Math.max(1e-9, dot(ab, ab))));
  return length(sub(p, add(a, scale(ab, t))));
}

/** How far a body surface (a support) is from a prop's surface; negative when it is inside. */
function gapToProp(prop: FigureProp, body: Body3D, s: Support): number {
  if (prop.kind === 'barbell') {
    const g = barbellGeometry(prop, body);
    const half = scale(g.axis, g.halfLength);
    return segmentDistance(s.point, sub(g.centre, half), add(g.centre, half)) - g.barRadius - s.radius;
  }
  if (prop.kind === 'wall') {
    const g = wallGeometry(prop, body);
    return g.placement === 'beside' ? g.side * (g.face - s.point.x) - s.radius : s.point.z - g.face - s.radius;
  }
  const solids = propSolids(prop, body);
  if (solids.length === 0) return s.point.y - s.radius;
  return Math.min(...solids.map((solid) => signedDistance(solid, s.point))) - s.radius;
}

/** How far a body surface (a support) is from another body point's surface. */
export function gapToBody(body: Body3D, s: Support, target: Landmark): number {
  return Math.min(...landmarkSupports(body, target).map((t) => length(sub(s.point, t.point)) - s.radius - t.radius));
}

/** A point that should be within reach of something. */
export interface Reach {
  point: Landmark;
  touch: FigureTouch;
  /** Where the wish comes from, for the message's field. */
  field: string;
  /** What the point should do, in words. */
  why: string;
}

function impliedReaches(posed: PosedFigure, index: number): Reach[] {
  const { figure, poses } = posed;
  const pose = poses[index]!;
  const declared = new Set(pose.touch.flatMap((t) => eachPoint(t.point)));
  const out: Reach[] = [];
  figure.props.forEach((prop, j) => {
    // A bar carried on the body is held there with both hands.
    if (prop.kind === 'barbell' && !(prop.at ?? 'hands').endsWith('hand') && prop.at !== 'hands')
      for (const hand of HAND_POINTS)
        if (!declared.has(hand))
          out.push({
            point: hand,
            touch: { point: hand, on: 'barbell' },
            field: `props[${j}]`,
            why: 'hold the barbell',
          });
    // The hand that places a wall is on it in every pose.
    if (prop.kind === 'wall' && prop.at?.endsWith('-hand') && !declared.has(prop.at))
      out.push({
        point: prop.at,
        touch: { point: prop.at, on: 'wall' },
        field: `props[${j}]`,
        why: 'rest on the wall',
      });
  });
  return out;
}

function gap(posed: PosedFigure, index: number, point: Landmark, touch: FigureTouch): number {
  const body = posed.bodies[index]!;
  const supports = landmarkSupports(body, point);
  if ('to' in touch) return Math.min(...supports.map((s) => gapToBody(body, s, touch.to)));
  const props = posed.figure.props.filter((p) => p.kind === touch.on);
  return Math.min(
    ...props.flatMap((prop) =>
      supports.map((s) => gapToProp(prop, propBody(posed.figure, prop, posed.bodies, index), s)),
    ),
  );
}

/** Propped up on a bent elbow, the forearm lies on the floor: its hand is down too, unless it holds something. */
function forearmProblems(posed: PosedFigure, index: number): FigureProblem[] {
  const pose = posed.poses[index]!;
  const declared = new Set(pose.touch.flatMap((t) => eachPoint(t.point)));
  const out: FigureProblem[] = [];
  for (const side of ['work', 'other'] as const) {
    const elbow = `${side}-elbow` as const;
    const hand = `${side}-hand` as const;
    const arm = side === 'work' ? pose.angles.workArm : pose.angles.otherArm;
    const restsOnElbow = pose.contact.some((c) => c === elbow);
    if (!restsOnElbow || arm.elbow < FOREARM_REST_ELBOW || declared.has(hand)) continue;
    if (pose.contact.some((c) => contactPoint(c) === hand)) continue;
    const bottom = Math.min(...landmarkSupports(posed.bodies[index]!, hand).map((s) => s.point.y - s.radius));
    if (bottom > REACH_TOLERANCE)
      out.push({
        pose: pose.name,
        field: `poses[${index}].contact`,
        message: `resting on the ${elbow}, its forearm should lie on the floor, but ${hand} is ${cm(bottom)} up`,
      });
  }
  return out;
}

/** Every point pose `index` wants within reach, with how far it is (metres, negative when inside). */
export function reachGaps(posed: PosedFigure, index: number): { reach: Reach; gap: number }[] {
  const pose = posed.poses[index]!;
  const wishes: Reach[] = pose.touch.flatMap((touch, j) =>
    eachPoint(touch.point).map((point) => ({
      point,
      touch,
      field: `poses[${index}].touch[${j}]`,
      why: 'on' in touch ? `touch the ${touch.on}` : `touch the ${touch.to}`,
    })),
  );
  return [...wishes, ...impliedReaches(posed, index)].map((reach) => ({
    reach,
    gap: gap(posed, index, reach.point, reach.touch),
  }));
}

export function reachProblems(posed: PosedFigure): FigureProblem[] {
  const out: FigureProblem[] = [];
  posed.poses.forEach((pose, i) => {
    for (const { reach, gap: g } of reachGaps(posed, i))
      if (g > REACH_TOLERANCE)
        out.push({
          pose: pose.name,
          field: reach.field,
          message: `${reach.point} should ${reach.why} but is ${cm(g)} from it`,
        });
    out.push(...forearmProblems(posed, i));
  });
  return out;
}
