/**
 * A body held up on an arm (a side plank on the forearm, a forearm plank) has that arm under its
 * shoulder: the upper arm of a supporting elbow, or the whole arm of a supporting hand, stands
 * close to vertical. An arm splayed out to the side or reaching forward cannot carry the body.
 *
 * A pose counts as a plank when an elbow or hand on the floor is the upper body's only support,
 * the trunk is nearer lying than upright, and the hips are straight (not all fours, not a frog).
 */
import type { Landmark } from '../../kb/figure-schema';
import { landmarkPoint } from '../landmarks';
import { contactPoint } from '../placement';
import { cm, type FigureProblem, type PosedFigure } from './posed-figure';

/** How far (metres, across the floor) a supporting elbow or hand may sit from under its shoulder. */
export const UNDER_SHOULDER_TOLERANCE = 0.1;
const STRAIGHT_HIPS = 45;
const UPPER_BODY = /^(head|back|upper-back|chest|shoulders|work-shoulder|other-shoulder)$/;

export function plankSupportProblems(posed: PosedFigure): FigureProblem[] {
  const out: FigureProblem[] = [];
  posed.poses.forEach((pose, i) => {
    const body = posed.bodies[i]!;
    const floor = pose.contact.filter((c): c is Landmark => typeof c === 'string');
    // A hand down with its elbow is a forearm flat on the floor: the elbow is the support.
    const arms = floor.filter(
      (c) =>
        /^(work|other)-elbow$/.test(c) ||
        (/^(work|other)-hand$/.test(c) && !floor.includes(c.replace('hand', 'elbow') as Landmark)),
    );
    if (arms.length === 0 || floor.some((c) => UPPER_BODY.test(contactPoint(c)))) return;
    const lying = Math.abs(body.trunkFrame.y.y) < Math.SQRT1_2;
    const hipsStraight =
      Math.abs(pose.angles.workLeg.hipFlex) <= STRAIGHT_HIPS && Math.abs(pose.angles.otherLeg.hipFlex) <= STRAIGHT_HIPS;
    if (!lying || !hipsStraight) return;
    for (const support of arms) {
      const side = support.startsWith('work') ? 'work' : 'other';
      const shoulder = landmarkPoint(body, `${side}-shoulder`);
      const base = landmarkPoint(body, support);
      const across = Math.hypot(shoulder.x - base.x, shoulder.z - base.z);
      if (across > UNDER_SHOULDER_TOLERANCE || shoulder.y <= base.y)
        out.push({
          pose: pose.name,
          field: `poses[${i}].${side}Arm`,
          message: `the supporting ${support} should be under the shoulder but is ${cm(across)} away from it`,
        });
    }
  });
  return out;
}
