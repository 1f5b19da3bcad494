/**
 * A standing quadriceps stretch (standing on one foot, the other knee bent fully with its heel
 * drawn up behind and its thigh hanging down) as a handout must show it: the bent knee beside
 * the standing knee, not in front of it (the fault that takes the stretch off the hip), and a
 * hand holding that ankle.
 */
import type { Landmark } from '../../kb/figure-schema';
import type { BodySide } from '../forward-kinematics';
import { landmarkSupports } from '../landmarks';
import { contactPoint } from '../placement';
import { dot, normalize, sub, vec } from '../vector';
import { cm, type FigureProblem, type PosedFigure } from './posed-figure';
import { gapToBody, REACH_TOLERANCE } from './reach-check';

/** How far (metres) the bent knee may sit in front of the standing knee. */
export const KNEE_AHEAD_TOLERANCE = 0.02;
const BENT_KNEE = 100;
const THIGH_DOWN = 30;
const HOLDERS = new Set(['strap', 'resistance-band', 'loop-band']);

export function quadStretchProblems(posed: PosedFigure): FigureProblem[] {
  const out: FigureProblem[] = [];
  if (posed.figure.props.some((p) => HOLDERS.has(p.kind))) return out;
  posed.poses.forEach((pose, i) => {
    const body = posed.bodies[i]!;
    const points = pose.contact.map(contactPoint);
    const standing = (['work', 'other'] as const).find(
      (s) => points.length > 0 && points.every((p) => new RegExp(`^${s}-(foot|heel|toe)$`).test(p)),
    );
    if (!standing) return;
    const bent: BodySide = standing === 'work' ? 'other' : 'work';
    const angles = bent === 'work' ? pose.angles.workLeg : pose.angles.otherLeg;
    const leg = body.legs[bent];
    if (angles.knee < BENT_KNEE || Math.abs(angles.hipFlex) > THIGH_DOWN || leg.heel.y < leg.knee.y) return;

    const forward = normalize(vec(body.pelvisFrame.x.x, 0, body.pelvisFrame.x.z));
    const ahead = dot(sub(leg.knee, body.legs[standing].knee), forward);
    if (ahead > KNEE_AHEAD_TOLERANCE)
      out.push({
        pose: pose.name,
        field: `poses[${i}].${bent}Leg.hip`,
        message: `the bent knee is ${cm(ahead)} in front of the standing knee; in a quadriceps stretch they stay side by side`,
      });

    const ankle: Landmark = `${bent}-ankle`;
    const declared = pose.touch.some((t) => 'to' in t && t.to.startsWith(bent));
    const hands: Landmark[] = ['work-hand', 'other-hand'];
    const nearest = Math.min(...hands.flatMap((h) => landmarkSupports(body, h).map((s) => gapToBody(body, s, ankle))));
    if (!declared && nearest > REACH_TOLERANCE)
      out.push({
        pose: pose.name,
        field: `poses[${i}]`,
        message: `a hand should hold the ankle of the bent leg, but the nearest is ${cm(nearest)} from it`,
      });
  });
  return out;
}
