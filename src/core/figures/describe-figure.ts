/** The words a screen reader hears for a figure: what it shows, which side works, what is targeted. */
import type { ExerciseFigure, MuscleArea } from '../kb/figure-schema';
import type { ResolvedPose } from './pose-angles';

export const AREA_WORDS: Record<MuscleArea, string> = {
  'gluteus-maximus': 'buttock',
  'gluteus-medius': 'side of the hip',
  'deep-rotators': 'deep muscles at the back of the hip',
  'hip-flexors': 'front of the hip',
  quadriceps: 'front of the thigh',
  hamstrings: 'back of the thigh',
  adductors: 'inner thigh',
  'lateral-thigh': 'outer thigh',
  calf: 'calf',
  abdominals: 'stomach muscles',
  obliques: 'side of the waist',
  'lower-back': 'lower back',
  'pelvic-floor': 'pelvic floor',
};

const VIEW_WORDS = { side: 'Seen from the side', front: 'Seen from the front', back: 'Seen from behind' } as const;

export function describeFigure(figure: ExerciseFigure, pose: ResolvedPose, side: 'left' | 'right'): string {
  const index = figure.poses.findIndex((p) => p.name === pose.name);
  const where =
    index === 0
      ? 'start position'
      : index === figure.poses.length - 1
        ? 'end position'
        : `position ${index + 1} of ${figure.poses.length}`;
  const working =
    figure.working.some((l) => l === 'leg' || l === 'arm') && !figure.working.includes('other-leg')
      ? `, ${side} side working`
      : '';
  const areas = [...new Set(figure.targets.map((t) => AREA_WORDS[t.area]))];
  return `${VIEW_WORDS[figure.view]}${working}. ${pose.label} (${where}). Highlighted: ${areas.join(', ')}.`;
}
