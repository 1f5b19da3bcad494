/**
 * Checks that a figure is a pose a human body can hold and that it matches its exercise: joint
 * angles within human ranges, contacts resting on their surfaces, nothing below the floor (also
 * part-way between key poses, as the animation shows), a standing body balanced over its feet,
 * and the exercise's position and equipment shown. The checks in `checks/` add what a physio
 * looks for before handing a picture out: hands within reach of what they hold, no limb through
 * a prop, a plank's arm under its shoulder, a quadriceps stretch's knees side by side, and a
 * movement the camera can see.
 */
import type { Exercise } from '../kb/schema';
import type { Equipment } from '../kb/vocabulary';
import type { ExerciseFigure, PropKind } from '../kb/figure-schema';
import type { Body3D } from './forward-kinematics';
import { landmarkPoint, landmarkSupports, lowestPoint } from './landmarks';
import { contactPoint, contactSurface, keyPoses, placePose, poseBetween } from './placement';
import { contactKey } from './pose-angles';
import type { PoseAngles, ResolvedPose } from './pose-angles';
import { midpoint } from './vector';
import type { FigureProblem } from './checks/posed-figure';
import { plankSupportProblems } from './checks/plank-support-check';
import { quadStretchProblems } from './checks/quad-stretch-check';
import { reachProblems } from './checks/reach-check';
import { throughPropProblems } from './checks/through-props-check';
import { viewProblems } from './checks/view-checks';

export type { FigureProblem } from './checks/posed-figure';

type Range = readonly [number, number];

/** Human joint ranges (degrees), generous enough for stretches and end-range positions. */
export const JOINT_LIMITS = {
  trunkFlex: [-35, 80],
  trunkBend: [-40, 40],
  trunkTwist: [-50, 50],
  neck: [-55, 65],
  hipFlex: [-30, 140],
  hipAbd: [-35, 80],
  // About the thigh's own axis after flexion and abduction: a butterfly sitting position reads as ~90.
  hipRot: [-60, 95],
  knee: [-5, 160],
  ankle: [-55, 35],
  shoulderFlex: [-70, 185],
  shoulderAbd: [-45, 185],
  shoulderRot: [-95, 95],
  elbow: [0, 155],
} as const satisfies Record<string, Range>;

const JOINT_WORDS: Record<keyof typeof JOINT_LIMITS, [string, string]> = {
  trunkFlex: ['trunk.flex', 'trunk flexion'],
  trunkBend: ['trunk.bend', 'trunk side bend'],
  trunkTwist: ['trunk.twist', 'trunk twist'],
  neck: ['neck', 'neck flexion'],
  hipFlex: ['hip.flex', 'hip flexion'],
  hipAbd: ['hip.abd', 'hip abduction'],
  hipRot: ['hip.rot', 'hip rotation'],
  knee: ['knee', 'knee flexion'],
  ankle: ['ankle', 'ankle dorsiflexion'],
  shoulderFlex: ['shoulder.flex', 'shoulder flexion'],
  shoulderAbd: ['shoulder.abd', 'shoulder abduction'],
  shoulderRot: ['shoulder.rot', 'shoulder rotation'],
  elbow: ['elbow', 'elbow flexion'],
};

/** How far (metres) a contact may sit from its surface, and a body part sink below the floor. */
export const CONTACT_TOLERANCE = 0.035;
export const FLOOR_TOLERANCE = 0.01;
const IN_BETWEEN_FLOOR_TOLERANCE = 0.03;
/** Surfaces a body part moves along on purpose: gliding on a slide board, rolling a ball or roller. */
const ROLLING_SURFACES: ReadonlySet<PropKind> = new Set<PropKind>(['slide-board', 'stability-ball', 'foam-roller']);
/** A contact kept from one key pose to the next is planted: it may not slide further than this. */
export const SLIDE_TOLERANCE = 0.05;
const BALANCE_MARGIN = 0.1;

function angleProblems(angles: PoseAngles, index: number, name: string): FigureProblem[] {
  const out: FigureProblem[] = [];
  const check = (key: keyof typeof JOINT_LIMITS, value: number, group: string, whose: string) => {
    const [lo, hi] = JOINT_LIMITS[key];
    if (value < lo || value > hi) {
      const [field, words] = JOINT_WORDS[key];
      out.push({
        pose: name,
        field: `poses[${index}].${group}${field}`,
        message: `${whose}${words} ${value}° is outside the human range ${lo}..${hi}°`,
      });
    }
  };
  check('trunkFlex', angles.trunkFlex, '', '');
  check('trunkBend', angles.trunkBend, '', '');
  check('trunkTwist', angles.trunkTwist, '', '');
  check('neck', angles.neck, '', '');
  for (const [group, leg, whose] of [
    ['workLeg.', angles.workLeg, 'working leg '],
    ['otherLeg.', angles.otherLeg, 'other leg '],
  ] as const) {
    check('hipFlex', leg.hipFlex, group, whose);
    check('hipAbd', leg.hipAbd, group, whose);
    check('hipRot', leg.hipRot, group, whose);
    check('knee', leg.knee, group, whose);
    check('ankle', leg.ankle, group, whose);
  }
  for (const [group, arm, whose] of [
    ['workArm.', angles.workArm, 'working arm '],
    ['otherArm.', angles.otherArm, 'other arm '],
  ] as const) {
    check('shoulderFlex', arm.shoulderFlex, group, whose);
    check('shoulderAbd', arm.shoulderAbd, group, whose);
    check('shoulderRot', arm.shoulderRot, group, whose);
    check('elbow', arm.elbow, group, whose);
  }
  return out;
}

const cm = (m: number): string => `${Math.round(m * 100)} cm`;

function contactProblems(figure: ExerciseFigure, pose: ResolvedPose, body: Body3D, index: number): FigureProblem[] {
  const out: FigureProblem[] = [];
  pose.contact.forEach((c, j) => {
    const surface = contactSurface(figure, c);
    for (const s of landmarkSupports(body, contactPoint(c))) {
      const gap = s.point.y - s.radius - surface;
      if (Math.abs(gap) > CONTACT_TOLERANCE) {
        const on = typeof c === 'string' ? 'the floor' : `the ${c.on}`;
        out.push({
          pose: pose.name,
          field: `poses[${index}].contact[${j}]`,
          message: `${contactPoint(c)} should rest on ${on} but is ${cm(Math.abs(gap))} ${gap > 0 ? 'above' : 'below'} it`,
        });
        break;
      }
    }
  });
  return out;
}

/** A weight held in the hands counts too (as a fraction of body mass): it lets a deadlift lean back. */
const HELD_MASS: Partial<Record<PropKind, number>> = { barbell: 0.5, kettlebell: 0.2, dumbbell: 0.06 };

/** Rough centre of mass (segment masses as fractions of body mass), with any weight held. */
function centreOfMassX(b: Body3D, figure: ExerciseFigure): number {
  const parts: [number, number][] = figure.props.flatMap((p): [number, number][] => {
    const mass = HELD_MASS[p.kind];
    return mass ? [[mass, landmarkPoint(b, p.at ?? 'hands').x]] : [];
  });
  parts.push([0.5, midpoint(b.pelvis, b.chest).x], [0.08, b.head.x]);
  for (const side of ['work', 'other'] as const) {
    const l = b.legs[side];
    const a = b.arms[side];
    parts.push(
      [0.1, midpoint(l.hip, l.knee).x],
      [0.045, midpoint(l.knee, l.ankle).x],
      [0.015, midpoint(l.heel, l.toe).x],
    );
    parts.push([0.028, midpoint(a.shoulder, a.elbow).x], [0.022, midpoint(a.elbow, a.hand).x]);
  }
  const total = parts.reduce((s, [m]) => s + m, 0);
  return parts.reduce((s, [m, x]) => s + m * x, 0) / total;
}

const FOOT_POINTS = /(foot|heel|toe|feet)$/;

function balanceProblem(figure: ExerciseFigure, pose: ResolvedPose, body: Body3D): FigureProblem | undefined {
  // Only a body standing on its feet alone (a hand on a wall or a seat carries weight too), and
  // with a whole foot down: a runner on the ball of one foot is between two balanced moments.
  if (pose.contact.length === 0 || !pose.contact.every((c) => FOOT_POINTS.test(contactPoint(c)))) return undefined;
  if (!pose.contact.some((c) => /(foot|feet)$/.test(contactPoint(c)))) return undefined;
  // Leaning on a wall, or a hand on it for balance, takes weight off the feet.
  if (figure.props.some((p) => p.kind === 'wall')) return undefined;
  const xs = pose.contact.flatMap((c) => landmarkSupports(body, contactPoint(c)).map((s) => s.point.x));
  const com = centreOfMassX(body, figure);
  const lo = Math.min(...xs) - BALANCE_MARGIN;
  const hi = Math.max(...xs) + BALANCE_MARGIN;
  if (com < lo || com > hi) {
    return {
      pose: pose.name,
      message: `the body's weight is ${cm(com < lo ? lo - com : com - hi)} beyond its feet: it would fall`,
    };
  }
  return undefined;
}

/** Equipment that must be drawn, as the prop kinds that can show it. */
const EQUIPMENT_PROPS: Partial<Record<Equipment, readonly PropKind[]>> = {
  mat: ['mat'],
  'resistance-band': ['resistance-band'],
  'loop-band': ['loop-band'],
  'sturdy-furniture': ['resistance-band'],
  'small-ball': ['small-ball'],
  'stability-ball': ['stability-ball'],
  step: ['step'],
  'bench-or-chair': ['bench', 'chair'],
  wall: ['wall'],
  barbell: ['barbell'],
  'leg-press-machine': ['leg-press'],
  'slide-board': ['slide-board'],
  'agility-ladder': ['agility-ladder'],
  'foam-roller': ['foam-roller'],
  'massage-ball': ['massage-ball'],
  'small-weight': ['small-weight'],
  bicycle: ['bicycle'],
  pool: ['pool'],
};
/** Either of these is enough (a single-leg deadlift holds a dumbbell or a kettlebell). */
const HAND_WEIGHTS: readonly Equipment[] = ['dumbbell', 'kettlebell'];

function exerciseProblems(figure: ExerciseFigure, exercise: Exercise, start: Body3D): FigureProblem[] {
  const out: FigureProblem[] = [];
  const kinds = new Set(figure.props.map((p) => p.kind));
  for (const item of exercise.equipment) {
    const shown = EQUIPMENT_PROPS[item];
    if (shown && !shown.some((k) => kinds.has(k)))
      out.push({ field: 'props', message: `the exercise uses "${item}" but the figure does not draw it` });
  }
  const weights = exercise.equipment.filter((e) => HAND_WEIGHTS.includes(e));
  if (weights.length > 0 && !weights.some((w) => kinds.has(w as PropKind)))
    out.push({ field: 'props', message: `the exercise uses ${weights.join(' or ')} but the figure draws neither` });

  const facingUp = start.trunkFrame.x.y;
  const sideways = Math.abs(start.pelvisFrame.z.y);
  const upright = start.trunkFrame.y.y;
  const first = figure.poses[0]!;
  const touches = (re: RegExp) => first.contact.some((c) => re.test(contactPoint(c)));
  const expect = (ok: boolean, what: string) => {
    if (!ok)
      out.push({
        pose: first.name,
        field: 'poses[0]',
        message: `the exercise starts ${what}, but the first pose does not`,
      });
  };
  switch (exercise.position) {
    case 'standing':
    case 'moving':
      // Standing on the feet alone counts, trunk upright or hinged forward over them (a deadlift's start).
      expect(
        upright > 0.5 ||
          exercise.kind === 'cardio' ||
          (first.contact.length > 0 && first.contact.every((c) => FOOT_POINTS.test(contactPoint(c)))),
        'standing (on the feet, or trunk upright)',
      );
      break;
    case 'lying-on-back':
      expect(facingUp > 0.5, 'lying on the back (chest facing up)');
      break;
    case 'lying-on-front':
      expect(facingUp < -0.5, 'lying on the front (chest facing down)');
      break;
    case 'lying-on-side':
      expect(sideways > 0.6, 'lying on the side (hips stacked)');
      break;
    case 'hands-and-knees':
      expect(facingUp < -0.5 && touches(/hand|elbow/) && touches(/knee/), 'on hands and knees');
      break;
    case 'kneeling':
    case 'half-kneeling':
      expect(touches(/knee/), 'kneeling (a knee on the ground)');
      break;
    case 'sitting':
      expect(touches(/pelvis/), 'sitting (the pelvis resting on a surface)');
      break;
  }
  if (exercise.sides === 'one-side' && !figure.working.some((l) => l === 'leg' || l === 'arm')) {
    out.push({ field: 'working', message: 'a one-side exercise must show which leg (or arm) works' });
  }
  return out;
}

/** Every problem with the figure; with its exercise, also whether it shows that exercise. */
export function checkFigure(figure: ExerciseFigure, exercise?: Exercise): FigureProblem[] {
  const problems: FigureProblem[] = [];
  const poses = keyPoses(figure);
  const bodies = poses.map((p) => placePose(figure, p));
  poses.forEach((pose, i) => {
    const body = bodies[i]!;
    problems.push(...angleProblems(pose.angles, i, pose.name));
    problems.push(...contactProblems(figure, pose, body, i));
    const low = lowestPoint(body);
    if (low < -FLOOR_TOLERANCE)
      problems.push({
        pose: pose.name,
        field: `poses[${i}]`,
        message: `part of the body is ${cm(-low)} below the floor`,
      });
    const balance = balanceProblem(figure, pose, body);
    if (balance) problems.push({ ...balance, field: `poses[${i}]` });
  });
  // A foot (or hand, or back) that stays on the ground from one pose to the next stays put, unless it glides on a slide board.
  for (let i = 0; i + 1 < poses.length; i++) {
    const [a, b] = [poses[i]!, poses[i + 1]!];
    for (const c of b.contact) {
      if (typeof c !== 'string' && ROLLING_SURFACES.has(c.on)) continue;
      const point = contactPoint(c);
      if (!a.contact.some((d) => contactKey(d) === contactKey(c))) continue;
      // Across the floor in both directions: a camera turned round the body sees a slide along the line of sight too.
      const from = landmarkPoint(bodies[i]!, point);
      const to = landmarkPoint(bodies[i + 1]!, point);
      const moved = Math.hypot(to.x - from.x - (b.shift - a.shift), to.z - from.z);
      if (moved > SLIDE_TOLERANCE) {
        problems.push({
          pose: b.name,
          field: `poses[${i + 1}].contact`,
          message: `${point} stays on the ground from "${a.name}" but slides ${cm(moved)}; lift it in between or keep it still`,
        });
      }
    }
  }
  // The animation passes through in-between poses: they must not dip through the floor either.
  for (let i = 0; i + 1 < poses.length; i++) {
    for (const t of [0.25, 0.5, 0.75]) {
      const low = lowestPoint(placePose(figure, poseBetween(figure, i, i + 1, t)));
      if (low < -IN_BETWEEN_FLOOR_TOLERANCE) {
        problems.push({
          field: `poses[${i + 1}]`,
          message: `moving from "${poses[i]!.name}" to "${poses[i + 1]!.name}" the body dips ${cm(-low)} below the floor`,
        });
        break;
      }
    }
  }
  const posed = { figure, poses, bodies };
  problems.push(
    ...reachProblems(posed),
    ...throughPropProblems(posed),
    ...plankSupportProblems(posed),
    ...quadStretchProblems(posed),
    ...viewProblems(posed),
  );
  if (exercise) problems.push(...exerciseProblems(figure, exercise, bodies[0]!));
  return problems;
}
