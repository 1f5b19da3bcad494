/** What every prop drawer gets: the prop, the bodies it can be placed against, and how to draw. */
import type { ExerciseFigure, FigureProp, Landmark } from '../../kb/figure-schema';
import type { Body3D } from '../forward-kinematics';
import type { FigurePalette } from '../palettes';
import type { Box, P2, PathGeometry } from '../path-geometry';
import type { Projector } from '../projection';
import type { DepthItem, SceneShape } from '../scene-types';
import { vec, type Vec3 } from '../vector';
import { propAnchor } from './prop-geometry';

export { bodyCentreX, facing } from './prop-geometry';

export interface PropContext {
  figure: ExerciseFigure;
  prop: FigureProp;
  /** The body that places the prop: the current pose if it follows the body, else its key pose. */
  body: Body3D;
  /** The pose being drawn. */
  current: Body3D;
  /** Every key pose, placed: for props sized to the whole movement (a mat). */
  keyBodies: readonly Body3D[];
  proj: Projector;
  palette: FigurePalette;
}

/** Back: behind the body (floor things, walls, furniture). Depth: sorted with the limbs. Front: over everything. */
export interface PropItem {
  layer: 'back' | 'depth' | 'front';
  item: DepthItem;
}

/** The prop's reference point: its `at` landmark (or a default) plus its offset, in the world. */
export function anchorPoint(ctx: PropContext, fallback: Landmark, body: Body3D = ctx.body): Vec3 {
  return propAnchor(ctx.prop, body, fallback);
}

/** A world point on the floor plane's picture line (z is irrelevant to the orthographic view). */
export const at2 = (ctx: PropContext, x: number, y: number, z = 0): P2 => ctx.proj.point(vec(x, y, z));

export function filled(g: PathGeometry, fill: string, stroke?: string, strokeWidth = 0.8): SceneShape {
  return { role: 'prop', d: g.d, fill, box: g.box, ...(stroke ? { stroke, strokeWidth } : {}) };
}

export function stroked(g: PathGeometry, stroke: string, width: number, fillOpacity?: number): SceneShape {
  const box: Box = [g.box[0] - width / 2, g.box[1] - width / 2, g.box[2] + width / 2, g.box[3] + width / 2];
  return {
    role: 'prop',
    d: g.d,
    fill: 'none',
    stroke,
    strokeWidth: width,
    round: true,
    box,
    ...(fillOpacity !== undefined ? { fillOpacity } : {}),
  };
}

export const backItem = (shapes: SceneShape[], order = 0): PropItem => ({
  layer: 'back',
  item: { z: 0, order, shapes },
});
export const depthItem = (z: number, shapes: SceneShape[], order = 5): PropItem => ({
  layer: 'depth',
  item: { z, order, shapes },
});
