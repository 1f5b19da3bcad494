/**
 * Whether the picture shows the movement at all: key poses that differ (or a declared reason why
 * they do not, a cue or an isometric press), a main movement that crosses the picture rather than
 * running along the line of sight, and bent knees and elbows that look bent from this camera.
 */
import type { ExerciseFigure, Landmark } from '../../kb/figure-schema';
import type { Body3D } from '../forward-kinematics';
import { allSupports, landmarkPoint } from '../landmarks';
import { placePose } from '../placement';
import type { ResolvedPose } from '../pose-angles';
import { projector, type Projector } from '../projection';
import { length, sub, type Vec3 } from '../vector';
import { cm, type FigureProblem, type PosedFigure } from './posed-figure';

/** Poses whose body points all lie this close together look the same. */
export const SAME_POSE_DISTANCE = 0.05;
/** A movement shorter than this (metres) is a hold or a squeeze. */
const MIN_MOVEMENT = 0.08;
/** A movement drawn shorter than this share of its real length runs along the line of sight. */
export const MIN_VISIBLE_SHARE = 0.7;
/** A knee or elbow bent at least this far ... */
const BENT_JOINT = 60;
/** ... must look bent by at least this much in the picture, where both its segments show at half their length or more. */
export const MIN_DRAWN_BEND = 20;
const MIN_SEGMENT_SHARE = 0.5;

const MOVING_POINTS: readonly Landmark[] = [
  'work-toe',
  'work-knee',
  'work-hand',
  'other-toe',
  'other-knee',
  'other-hand',
  'pelvis',
  'head',
];

function largestGap(a: Body3D, b: Body3D): number {
  const pa = allSupports(a);
  const pb = allSupports(b);
  return Math.max(...pa.map((s, k) => length(sub(s.point, pb[k]!.point))));
}

/** An isometric press drawn as an arrow, in the main view or the second one. */
const hasPressArrow = (figure: ExerciseFigure): boolean =>
  [figure.arrow, figure.secondView?.arrow].some((a) => a && a !== 'none' && a.press);

function samePoseProblems(posed: PosedFigure): FigureProblem[] {
  const { figure, poses, bodies } = posed;
  if (hasPressArrow(figure)) return [];
  const out: FigureProblem[] = [];
  const pairs: [number, number][] = poses.slice(1).map((_, i) => [i, i + 1]);
  if (poses.length > 2) pairs.push([0, poses.length - 1]);
  for (const [i, j] of pairs) {
    const cueChanges = figure.cue !== undefined && Math.abs(poses[i]!.squeeze - poses[j]!.squeeze) >= 0.5;
    if (cueChanges || largestGap(bodies[i]!, bodies[j]!) >= SAME_POSE_DISTANCE) continue;
    out.push({
      pose: poses[j]!.name,
      field: `poses[${j}]`,
      message: `"${poses[i]!.name}" and "${poses[j]!.name}" look the same: show what changes (a cue with squeeze, a press arrow) or change the pose`,
    });
  }
  return out;
}

/** The figure as another camera sees it. */
type Camera = Pick<ExerciseFigure, 'view' | 'elevation' | 'turn'>;

/** How much of a point's movement from one pose to the next a camera shows (1: all of it). */
function drawnShare(
  figure: ExerciseFigure,
  camera: Camera,
  from: ResolvedPose,
  to: ResolvedPose,
  point: Landmark,
): number {
  const seen: ExerciseFigure = { ...figure, ...camera };
  const proj = projector(false, camera.elevation);
  const a = landmarkPoint(placePose(seen, from), point);
  const b = landmarkPoint(placePose(seen, to), point);
  const real = length(sub(b, a));
  const pa = proj.point(a);
  const pb = proj.point(b);
  return Math.hypot(pb.x - pa.x, pb.y - pa.y) / 100 / Math.max(real, 1e-9);
}

function lineOfSightProblems(posed: PosedFigure): FigureProblem[] {
  const { figure, poses, bodies } = posed;
  // A held press teaches the push its arrow shows; how the body got into position may be foreshortened.
  if (hasPressArrow(figure)) return [];
  const out: FigureProblem[] = [];
  for (let i = 0; i + 1 < poses.length; i++) {
    let best: { point: Landmark; travel: number } | undefined;
    for (const point of MOVING_POINTS) {
      const travel = length(sub(landmarkPoint(bodies[i + 1]!, point), landmarkPoint(bodies[i]!, point)));
      if (!best || travel > best.travel) best = { point, travel };
    }
    if (!best || best.travel < MIN_MOVEMENT) continue;
    const main = drawnShare(figure, figure, poses[i]!, poses[i + 1]!, best.point);
    if (main >= MIN_VISIBLE_SHARE) continue;
    if (
      figure.secondView &&
      drawnShare(figure, figure.secondView, poses[i]!, poses[i + 1]!, best.point) >= MIN_VISIBLE_SHARE
    )
      continue;
    out.push({
      pose: poses[i + 1]!.name,
      field: figure.secondView ? 'secondView' : 'view',
      message: `from "${poses[i]!.name}" to "${poses[i + 1]!.name}" the ${best.point} moves ${cm(best.travel)}, but the picture shows only ${Math.round(main * 100)}% of that (the rest runs along the line of sight): choose a view that shows it, or add a second view`,
    });
  }
  return out;
}

/** The angle (degrees) between two drawn segments, 0 when they continue in a straight line. */
function drawnBend(proj: Projector, a: Vec3, b: Vec3, c: Vec3): { bend: number; shortest: number } {
  const [pa, pb, pc] = [proj.point(a), proj.point(b), proj.point(c)];
  const u = { x: pb.x - pa.x, y: pb.y - pa.y };
  const v = { x: pc.x - pb.x, y: pc.y - pb.y };
  const lu = Math.hypot(u.x, u.y);
  const lv = Math.hypot(v.x, v.y);
  const share = Math.min(lu / 100 / length(sub(b, a)), lv / 100 / length(sub(c, b)));
  const cos = (u.x * v.x + u.y * v.y) / Math.max(1e-9, lu * lv);
  return { bend: (Math.acos(Math.min(1, Math.max(-1, cos))) * 180) / Math.PI, shortest: share };
}

function straightLookingProblems(posed: PosedFigure): FigureProblem[] {
  const { figure, poses, bodies } = posed;
  const proj = projector(false, figure.elevation);
  const out: FigureProblem[] = [];
  poses.forEach((pose, i) => {
    const body = bodies[i]!;
    for (const side of ['work', 'other'] as const) {
      const leg = body.legs[side];
      const arm = body.arms[side];
      const joints = [
        {
          name: `${side}-knee`,
          angle: pose.angles[`${side}Leg`].knee,
          field: `${side}Leg.knee`,
          abc: [leg.hip, leg.knee, leg.ankle],
        },
        {
          name: `${side}-elbow`,
          angle: pose.angles[`${side}Arm`].elbow,
          field: `${side}Arm.elbow`,
          abc: [arm.shoulder, arm.elbow, arm.wrist],
        },
      ] as const;
      for (const j of joints) {
        if (j.angle < BENT_JOINT) continue;
        const { bend, shortest } = drawnBend(proj, ...j.abc);
        if (shortest >= MIN_SEGMENT_SHARE && bend < MIN_DRAWN_BEND)
          out.push({
            pose: pose.name,
            field: `poses[${i}].${j.field}`,
            message: `the ${j.name} is bent ${Math.round(j.angle)}° but looks straight from this camera (drawn ${Math.round(bend)}°)`,
          });
      }
    }
  });
  return out;
}

export function viewProblems(posed: PosedFigure): FigureProblem[] {
  return [...samePoseProblems(posed), ...lineOfSightProblems(posed), ...straightLookingProblems(posed)];
}
