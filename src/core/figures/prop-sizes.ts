/**
 * Default sizes of the props (metres) and the height of the surface a body part can rest on.
 * A figure may override the size (`size:`) where the exercise needs another height.
 */
import type { FigureProp, PropKind } from '../kb/figure-schema';

/** Height of a step or seat, diameter of a ball or roller, thickness of a mat or board. */
export const DEFAULT_PROP_SIZE: Record<PropKind, number> = {
  mat: 0.018,
  wall: 2.0,
  step: 0.2,
  bench: 0.45,
  chair: 0.46,
  'small-ball': 0.2,
  'stability-ball': 0.62,
  'foam-roller': 0.15,
  'massage-ball': 0.09,
  cushion: 0.07,
  kettlebell: 0.22,
  dumbbell: 0.2,
  barbell: 0.45,
  'small-weight': 0.08,
  'loop-band': 0.02,
  'resistance-band': 0.02,
  strap: 0.02,
  'slide-board': 0.02,
  'agility-ladder': 0.01,
  'leg-press': 0.5,
  bicycle: 0.92,
  pool: 1.2,
};

export const propSize = (prop: Pick<FigureProp, 'kind' | 'size'>): number => prop.size ?? DEFAULT_PROP_SIZE[prop.kind];

/**
 * Height of the surface that a body part resting "on" this prop touches. A ball or roller placed
 * `dx` beside the point it carries has that point on its curved side, lower than its top (heels
 * on the near side of a stability ball that the knees have rolled in).
 */
export function surfaceHeight(prop: Pick<FigureProp, 'kind' | 'size' | 'dx'>): number {
  switch (prop.kind) {
    case 'stability-ball':
    case 'foam-roller': {
      const r = propSize(prop) / 2;
      const off = Math.min(r, Math.abs(prop.dx ?? 0));
      return r + Math.sqrt(r * r - off * off);
    }
    case 'wall':
    case 'strap':
    case 'loop-band':
    case 'resistance-band':
    case 'kettlebell':
    case 'dumbbell':
    case 'barbell':
    case 'pool':
      return 0;
    default:
      return propSize(prop);
  }
}
