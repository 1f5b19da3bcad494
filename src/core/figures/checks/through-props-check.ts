/**
 * No limb passes through a prop: the centre line of every body part stays outside the solids of
 * the bench, chair, step, ball, roller and wall (a part resting on one has its centre a limb's
 * thickness above it), and a barbell's plates do not sink into the floor.
 */
import type { Body3D } from '../forward-kinematics';
import { barbellGeometry } from '../props/prop-geometry';
import { lerpVec, type Vec3 } from '../vector';
import { cm, type FigureProblem, type PosedFigure } from './posed-figure';
import { propBody, propSolids, signedDistance } from './prop-solids';

/** How deep a part's centre line may go into a prop (soft padding, a rounded edge). */
export const PENETRATION_TOLERANCE = 0.02;
const SAMPLES = 8;

/** The body's parts as centre-line segments, named as a physio would. */
function bodySegments(b: Body3D): { name: string; a: Vec3; b: Vec3 }[] {
  const out = [
    { name: 'trunk', a: b.waist, b: b.chest },
    { name: 'head', a: b.head, b: b.head },
    { name: 'pelvis', a: b.legs.work.buttock, b: b.legs.other.buttock },
  ];
  for (const side of ['work', 'other'] as const) {
    const leg = b.legs[side];
    const arm = b.arms[side];
    const whose = side === 'work' ? 'working' : 'other';
    out.push(
      { name: `${whose} thigh`, a: leg.hip, b: leg.knee },
      { name: `${whose} shin`, a: leg.knee, b: leg.ankle },
      { name: `${whose} foot`, a: leg.heel, b: leg.toe },
      { name: `${whose} upper arm`, a: arm.shoulder, b: arm.elbow },
      { name: `${whose} forearm`, a: arm.elbow, b: arm.hand },
    );
  }
  return out;
}

export function throughPropProblems(posed: PosedFigure): FigureProblem[] {
  const { figure, poses, bodies } = posed;
  const out: FigureProblem[] = [];
  poses.forEach((pose, i) => {
    const body = bodies[i]!;
    figure.props.forEach((prop, j) => {
      const placed = propBody(figure, prop, bodies, i);
      if (prop.kind === 'barbell') {
        const g = barbellGeometry(prop, placed);
        const sink = g.plateRadius - g.centre.y;
        if (sink > PENETRATION_TOLERANCE)
          out.push({
            pose: pose.name,
            field: `props[${j}]`,
            message: `the barbell's plates sink ${cm(sink)} into the floor`,
          });
      }
      const solids = propSolids(prop, placed);
      if (solids.length === 0) return;
      for (const segment of bodySegments(body)) {
        let deepest = 0;
        for (let k = 0; k <= SAMPLES; k++) {
          const p = lerpVec(segment.a, segment.b, k / SAMPLES);
          for (const solid of solids) deepest = Math.min(deepest, signedDistance(solid, p));
        }
        if (-deepest > PENETRATION_TOLERANCE) {
          out.push({
            pose: pose.name,
            field: `poses[${i}]`,
            message: `the ${segment.name} passes ${cm(-deepest)} into the ${prop.kind}`,
          });
        }
      }
    });
  });
  return out;
}
