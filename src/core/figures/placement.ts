/**
 * Puts a posed body in the picture: it rests on its contacts (the floor, or the top of a step,
 * bench or ball), and its anchor point stays at the same place across the key poses, so the
 * figure does not drift as it animates.
 */
import type { ExerciseFigure, FigureContact, Landmark } from '../kb/figure-schema';
import { forwardKinematics, translateBody, type Body3D } from './forward-kinematics';
import { landmarkPoint, landmarkSupports, lowestPoint } from './landmarks';
import { interpolatePose, resolvePose, type ResolvedPose } from './pose-angles';
import { surfaceHeight } from './prop-sizes';
import { vec } from './vector';

export const contactPoint = (c: FigureContact): Landmark => (typeof c === 'string' ? c : c.point);

/** The height of the surface a contact rests on. */
export function contactSurface(figure: ExerciseFigure, c: FigureContact): number {
  if (typeof c === 'string') return 0;
  const prop = figure.props.find((p) => p.kind === c.on);
  return prop ? surfaceHeight(prop) : 0;
}

/** The figure's anchor, or the first contact of the first pose that every pose keeps (a planted foot). */
export function figureAnchor(figure: ExerciseFigure): Landmark {
  if (figure.anchor) return figure.anchor;
  const first = figure.poses[0]?.contact.map(contactPoint) ?? [];
  const kept = first.find((p) => figure.poses.every((pose) => pose.contact.some((c) => contactPoint(c) === p)));
  return kept ?? first[0] ?? 'pelvis';
}

/** The body of a pose, placed in the world (floor at y = 0, anchor at x = shift). */
export function placePose(figure: ExerciseFigure, pose: ResolvedPose): Body3D {
  const body = forwardKinematics(pose.angles, figure.view, figure.turn);
  let dy: number;
  if (pose.rootHeight !== undefined) {
    dy = pose.rootHeight - body.pelvis.y;
  } else if (pose.contact.length > 0) {
    // Rest on the contact that needs the most lift, so no contact sinks into its surface.
    dy = Math.max(
      ...pose.contact.flatMap((c) =>
        landmarkSupports(body, contactPoint(c)).map((s) => contactSurface(figure, c) - (s.point.y - s.radius)),
      ),
    );
  } else {
    dy = (pose.lift ?? 0) - lowestPoint(body);
  }
  const dx = pose.shift - landmarkPoint(body, figureAnchor(figure)).x;
  return translateBody(body, vec(dx, dy, 0));
}

export const keyPoses = (figure: ExerciseFigure): ResolvedPose[] => figure.poses.map(resolvePose);

/** Which pose to draw: a key pose (index, 'start' or 'end') or a point between two key poses. */
export type PoseSelector = number | 'start' | 'end' | { from: number; to: number; t: number };

function keyIndex(figure: ExerciseFigure, which: number | 'start' | 'end'): number {
  const last = figure.poses.length - 1;
  if (which === 'start') return 0;
  if (which === 'end') return last;
  return Math.min(last, Math.max(0, Math.round(which)));
}

/** The pose a fraction `t` of the way between two key poses, ready to place. */
export function poseBetween(figure: ExerciseFigure, from: number, to: number, t: number): ResolvedPose {
  const a = resolvePose(figure.poses[keyIndex(figure, from)]!);
  const b = resolvePose(figure.poses[keyIndex(figure, to)]!);
  const pose = interpolatePose(a, b, t);
  if (pose.contact.length === 0) {
    const ya = placePose(figure, a).pelvis.y;
    const yb = placePose(figure, b).pelvis.y;
    pose.rootHeight = ya + (yb - ya) * Math.min(1, Math.max(0, t));
  }
  return pose;
}

export function selectPose(figure: ExerciseFigure, which: PoseSelector | ResolvedPose): ResolvedPose {
  if (typeof which === 'object' && 'angles' in which) return which;
  if (typeof which === 'object') return poseBetween(figure, which.from, which.to, which.t);
  return resolvePose(figure.poses[keyIndex(figure, which)]!);
}
