/**
 * Authoring aid: prints where the main body points of each key pose end up (centimetres, x to
 * the right, y up, z towards the viewer) and the figure's problems.
 *
 *   npx tsx scripts/figures/inspect-figure.ts clamshell
 */
import type { Landmark } from '../../src/core/kb/figure-schema';
import { landmarkPoint, lowestPoint } from '../../src/core/figures/landmarks';
import { keyPoses, placePose } from '../../src/core/figures/placement';
import { checkFigure } from '../../src/core/figures/plausibility';
import { loadGalleryEntries } from './load-figures';

const POINTS: Landmark[] = [
  'head',
  'shoulders',
  'pelvis',
  'work-hand',
  'other-hand',
  'work-knee',
  'other-knee',
  'work-heel',
  'work-toe',
  'other-heel',
  'other-toe',
];
const f = (n: number) => String(Math.round(n * 100)).padStart(5);
for (const entry of await loadGalleryEntries(process.argv.slice(2))) {
  if (!entry.figure) {
    console.log(`${entry.id}: ${entry.error ?? 'no figure'}`);
    continue;
  }
  const figure = entry.figure;
  console.log(`${entry.id}`);
  for (const pose of keyPoses(figure)) {
    const body = placePose(figure, pose);
    console.log(`  ${pose.name} (lowest ${f(lowestPoint(body))})`);
    for (const p of POINTS) {
      const v = landmarkPoint(body, p);
      console.log(`    ${p.padEnd(11)} ${f(v.x)} ${f(v.y)} ${f(v.z)}`);
    }
  }
  for (const p of checkFigure(figure, entry.exercise)) console.log(`  ! ${p.pose ? `${p.pose}: ` : ''}${p.message}`);
}
