/**
 * Where each target muscle area sits on the drawn body: which part, which stretch of it (0 at the
 * upper end, 1 at the lower), how wide the tint is relative to the part, and which face of the
 * part it lies on (in the part's own frame: x forward, y up, z to the body's right).
 */
import type { MuscleArea } from '../kb/figure-schema';
import { normalize, vec, type Vec3 } from './vector';

export type TintedPart = 'pelvis' | 'trunk' | 'thigh' | 'shank';

export interface AreaPlacement {
  part: TintedPart;
  from: number;
  to: number;
  /** Tint radius as a fraction of the part's. */
  width: number;
  /** The face it lies on; `lateral` is +1 on the working side, -1 on the other. */
  face: (lateral: number) => Vec3;
}

const face = (x: number, y: number, z: number) => (lateral: number) => normalize(vec(x, y, z * lateral));

export const AREA_PLACEMENT: Record<MuscleArea, AreaPlacement> = {
  'gluteus-maximus': { part: 'pelvis', from: 0.5, to: 1, width: 0.74, face: face(-1, -0.3, 0.35) },
  'gluteus-medius': { part: 'pelvis', from: 0.55, to: 1, width: 0.58, face: face(0.1, 0.75, 1) },
  'deep-rotators': { part: 'pelvis', from: 0.55, to: 1, width: 0.5, face: face(-1, 0, 0.6) },
  'pelvic-floor': { part: 'pelvis', from: 0.35, to: 0.65, width: 0.5, face: face(0, -1, 0) },
  'hip-flexors': { part: 'thigh', from: 0, to: 0.38, width: 0.62, face: face(1, 0, 0.15) },
  quadriceps: { part: 'thigh', from: 0.12, to: 0.86, width: 0.64, face: face(1, 0, 0) },
  hamstrings: { part: 'thigh', from: 0.12, to: 0.86, width: 0.64, face: face(-1, 0, 0) },
  adductors: { part: 'thigh', from: 0.02, to: 0.62, width: 0.62, face: face(0, 0, -1) },
  'lateral-thigh': { part: 'thigh', from: 0.08, to: 0.92, width: 0.5, face: face(0, 0, 1) },
  calf: { part: 'shank', from: 0.08, to: 0.58, width: 0.7, face: face(-1, 0, 0) },
  abdominals: { part: 'trunk', from: 0, to: 0.8, width: 0.58, face: face(1, 0, 0) },
  obliques: { part: 'trunk', from: 0, to: 0.75, width: 0.5, face: face(0, 0, 1) },
  'lower-back': { part: 'trunk', from: 0, to: 0.55, width: 0.55, face: face(-1, 0, 0) },
};
