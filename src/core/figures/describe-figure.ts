/** The words a screen reader hears for a figure: what it shows, which side works, what is targeted. */
import type { ExerciseFigure, FigureTimelineSegment, MuscleArea } from '../kb/figure-schema';
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
const SECOND_VIEW_WORDS = { side: 'from the side', front: 'from the front', back: 'from behind' } as const;
const PACE_WORDS = { walk: 'walking', run: 'running' } as const;

const stretch = (s: FigureTimelineSegment): string =>
  `${s.minutes} minute${s.minutes === 1 ? '' : 's'} ${PACE_WORDS[s.pace]}`;

/** The session in words, a repeated run of stretches said once with how many times. */
function sessionWords(segments: readonly FigureTimelineSegment[]): string {
  const [first, ...rest] = segments;
  if (!first) return '';
  const same = (a: FigureTimelineSegment, b: FigureTimelineSegment) => a.minutes === b.minutes && a.pace === b.pace;
  for (let n = 1; n <= rest.length / 2; n++) {
    if (rest.length % n !== 0) continue;
    if (rest.every((s, i) => same(s, rest[i % n]!)))
      return `${stretch(first)}, then ${rest.slice(0, n).map(stretch).join(' and ')}, ${rest.length / n} times`;
  }
  return [first, ...rest].map(stretch).join(', then ');
}

/** What the extras beside the body show for this pose: a second view, a cue, a timeline. */
function extrasWords(figure: ExerciseFigure, pose: ResolvedPose): string {
  const out: string[] = [];
  if (figure.secondView) out.push(`A smaller view ${SECOND_VIEW_WORDS[figure.secondView.view]} is beside it.`);
  if (figure.cue === 'pelvic-floor')
    out.push(`A close-up shows the pelvic floor ${pose.squeeze >= 0.5 ? 'lifted' : 'relaxed'}.`);
  if (figure.timeline) {
    const now = figure.timeline.find((s) => s.poses.includes(pose.name));
    out.push(
      `The strip below shows the session: ${sessionWords(figure.timeline)}${now ? `; this is the ${PACE_WORDS[now.pace]} part` : ''}.`,
    );
  }
  return out.length > 0 ? ` ${out.join(' ')}` : '';
}

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
  return `${VIEW_WORDS[figure.view]}${working}. ${pose.label} (${where}). Highlighted: ${areas.join(', ')}.${extrasWords(figure, pose)}`;
}
