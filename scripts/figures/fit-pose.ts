/**
 * Authoring aid: nudges chosen angles of one key pose until its contacts rest on their surfaces
 * and the contacts it shares with the pose before it stay put, then prints (or writes) the values.
 *
 *   npx tsx scripts/figures/fit-pose.ts glute-bridge 1 body.tilt legs.knee legs.ankle [--write]
 *
 * Also brings within reach whatever the pose holds or touches (its `touch` list, a barbell on the
 * back, the wall under a hand), as the plausibility check measures it.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { exerciseFigureSchema, type ExerciseFigure, type Landmark } from '../../src/core/kb/figure-schema';
import { landmarkSupports, lowestPoint, landmarkPoint } from '../../src/core/figures/landmarks';
import { contactPoint, contactSurface, placePose } from '../../src/core/figures/placement';
import { resolvePose } from '../../src/core/figures/pose-angles';
import { checkFigure } from '../../src/core/figures/plausibility';
import { posedFigure } from '../../src/core/figures/checks/posed-figure';
import { reachGaps } from '../../src/core/figures/checks/reach-check';
import { DATA_DIR } from '../../src/node/repository-paths';

const [id, poseArg, ...rest] = process.argv.slice(2);
const write = rest.includes('--write');
const optionValues = (name: string): string[] => rest.flatMap((r, i) => (r === `--${name}` ? [rest[i + 1]!] : []));
/** `--together work-heel,other-heel`: keep two body points together. */
const together = optionValues('together').map((v) => v.split(',') as [Landmark, Landmark]);
/** `--below work-elbow,work-shoulder`: keep the first point straight under the second (a plank's arm). */
const below = optionValues('below').map((v) => v.split(',') as [Landmark, Landmark]);
/** `--height work-knee=0.4`: put a body point's centre at this height (metres). */
const heights = optionValues('height').map((v) => v.split('=') as [Landmark, string]);
/** `--at work-toe=0.2,0.3[,z]`: put a body point's centre at this x, y (and z), metres as placed. */
const targets = optionValues('at').map((v) => {
  const [p, xyz] = v.split('=');
  const [x, y, z] = xyz!.split(',').map(Number);
  return [p as Landmark, x!, y!, z] as const;
});
const consumed = new Set(
  rest.flatMap((r, i) => (['--together', '--height', '--at', '--below'].includes(r) ? [i, i + 1] : [])),
);
const paths = rest.filter((r, i) => !r.startsWith('--') && !consumed.has(i));
if (!id || poseArg === undefined || paths.length === 0) {
  console.error(
    'usage: fit-pose.ts <figure-id> <pose-index> <field.path>... [--together a,b] [--below a,b] [--height point=metres] [--at point=x,y[,z]] [--write]',
  );
  process.exit(2);
}
const file = join(DATA_DIR, 'figures', `${id}.yaml`);
const doc = parseDocument(await readFile(file, 'utf8'));
const index = Number(poseArg);

function figureWith(values: number[]): ExerciseFigure {
  const copy = doc.clone();
  paths.forEach((p, i) => copy.setIn(['poses', index, ...p.split('.')], Math.round(values[i]! * 10) / 10));
  return exerciseFigureSchema.parse(copy.toJS());
}

function cost(values: number[]): number {
  let figure: ExerciseFigure;
  try {
    figure = figureWith(values);
  } catch {
    return Infinity;
  }
  const pose = resolvePose(figure.poses[index]!);
  const body = placePose(figure, pose);
  let sum = 0;
  for (const c of pose.contact) {
    for (const s of landmarkSupports(body, contactPoint(c)))
      sum += (s.point.y - s.radius - contactSurface(figure, c)) ** 2;
  }
  sum += Math.min(0, lowestPoint(body)) ** 2 * 10;
  // Stay inside human joint ranges.
  sum += checkFigure(figure).filter((p) => p.pose === pose.name && p.message.includes('human range')).length;
  for (const [a, b] of together) {
    const pa = landmarkPoint(body, a);
    const pb = landmarkPoint(body, b);
    sum += (pa.x - pb.x) ** 2 + (pa.y - pb.y) ** 2 + (pa.z - pb.z) ** 2;
  }
  for (const [p, h] of heights) sum += (landmarkPoint(body, p).y - Number(h)) ** 2;
  for (const [a, b] of below) {
    const pa = landmarkPoint(body, a);
    const pb = landmarkPoint(body, b);
    sum += (pa.x - pb.x) ** 2 + (pa.z - pb.z) ** 2;
  }
  for (const [p, x, y, z] of targets) {
    const v = landmarkPoint(body, p);
    sum += (v.x - x) ** 2 + (v.y - y) ** 2 + (z === undefined ? 0 : (v.z - z) ** 2);
  }
  // What the pose holds or touches stays within reach (`touch`, a carried bar, a wall under a hand).
  const posed = posedFigure(figure);
  for (const { gap } of reachGaps(posed, index)) sum += Math.max(0, Math.abs(gap) - 0.01) ** 2;
  if (index > 0) {
    const prevPose = resolvePose(figure.poses[index - 1]!);
    const prev = placePose(figure, prevPose);
    for (const c of pose.contact) {
      if (!prevPose.contact.some((d) => contactPoint(d) === contactPoint(c))) continue;
      if (typeof c !== 'string' && ['slide-board', 'stability-ball', 'foam-roller'].includes(c.on)) continue;
      const now = landmarkPoint(body, contactPoint(c));
      const before = landmarkPoint(prev, contactPoint(c));
      sum += (now.x - before.x - (pose.shift - prevPose.shift)) ** 2 + (now.z - before.z) ** 2;
    }
  }
  return sum;
}

/** The value in effect: the side's own, else the shared `legs`/`arms` one, else 0. */
const start = paths.map((p) => {
  const keys = p.split('.');
  const own = doc.getIn(['poses', index, ...keys]);
  if (typeof own === 'number') return own;
  const shared = { workLeg: 'legs', otherLeg: 'legs', workArm: 'arms', otherArm: 'arms' }[keys[0]!];
  const fallback = shared ? doc.getIn(['poses', index, shared, ...keys.slice(1)]) : undefined;
  return typeof fallback === 'number' ? fallback : 0;
});
let best = [...start];
let bestCost = cost(best);
for (const step of [16, 8, 4, 2, 1, 0.5]) {
  let improved = true;
  while (improved) {
    improved = false;
    for (let i = 0; i < best.length; i++) {
      for (const dir of [1, -1]) {
        const trial = [...best];
        trial[i] = trial[i]! + dir * step;
        const c = cost(trial);
        if (c < bestCost - 1e-9) {
          best = trial;
          bestCost = c;
          improved = true;
        }
      }
    }
  }
}
console.log(
  `cost ${cost(start).toFixed(5)} -> ${bestCost.toFixed(5)} (rms ${(Math.sqrt(bestCost) * 100).toFixed(1)} cm)`,
);
paths.forEach((p, i) => console.log(`  ${p}: ${start[i]} -> ${Math.round(best[i]!)}`));
if (write) {
  paths.forEach((p, i) => doc.setIn(['poses', index, ...p.split('.')], Math.round(best[i]!)));
  await writeFile(file, doc.toString({ lineWidth: 0, flowCollectionPadding: true }));
  console.log(`wrote ${file}`);
}
