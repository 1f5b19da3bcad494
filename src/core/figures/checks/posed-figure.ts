/** What every plausibility check gets: the figure, its key poses and their placed bodies. */
import type { ExerciseFigure } from '../../kb/figure-schema';
import type { Body3D } from '../forward-kinematics';
import { keyPoses, placePose } from '../placement';
import type { ResolvedPose } from '../pose-angles';

export interface FigureProblem {
  /** The pose's name, when the problem is in one pose. */
  pose?: string;
  /** The figure field it concerns, e.g. `poses[1].workLeg.knee`. */
  field?: string;
  message: string;
}

export interface PosedFigure {
  figure: ExerciseFigure;
  poses: ResolvedPose[];
  bodies: Body3D[];
}

export function posedFigure(figure: ExerciseFigure): PosedFigure {
  const poses = keyPoses(figure);
  return { figure, poses, bodies: poses.map((p) => placePose(figure, p)) };
}

export const cm = (m: number): string => `${Math.round(m * 100)} cm`;
