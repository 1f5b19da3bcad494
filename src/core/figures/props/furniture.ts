/** Things that stand on the floor: wall, step, bench, chair. */
import { landmarkPoint } from '../landmarks';
import { roundedRectPath, type PathGeometry } from '../path-geometry';
import { propSize } from '../prop-sizes';
import {
  anchorPoint,
  at2,
  backItem,
  bodyCentreX,
  facing,
  filled,
  type PropContext,
  type PropItem,
} from './prop-context';

/** A rounded box between two world corners. */
export function box(ctx: PropContext, x0: number, y0: number, x1: number, y1: number, radius: number): PathGeometry {
  const a = at2(ctx, x0, y0);
  const b = at2(ctx, x1, y1);
  return roundedRectPath(Math.min(a.x, b.x), Math.min(a.y, b.y), Math.abs(b.x - a.x), Math.abs(b.y - a.y), radius);
}

/**
 * A wall beside the body (its face where the `at` point touches it), or, when that point is well
 * behind the body as seen (facing a wall in a back view), a panel behind the whole figure.
 */
export function wall(ctx: PropContext): PropItem[] {
  const p = anchorPoint(ctx, 'work-hand');
  const height = propSize(ctx.prop);
  const { fill, stroke } = ctx.palette.prop;
  if (p.z < ctx.body.pelvis.z - 0.15) {
    const cx = bodyCentreX(ctx.body);
    return [backItem([filled(box(ctx, cx - 0.75, 0, cx + 0.75, height, 1), fill, stroke)], -2)];
  }
  const side = Math.sign(p.x - bodyCentreX(ctx.body)) || 1;
  const radius = ctx.prop.at?.endsWith('hand') ? 0.04 : ctx.prop.at?.endsWith('knee') ? 0.06 : 0;
  const face = p.x + side * radius;
  return [backItem([filled(box(ctx, face, 0, face + side * 0.1, height, 0.6), fill, stroke)], -2)];
}

/** A box step under a foot; its top is the step height. */
export function step(ctx: PropContext): PropItem[] {
  const p = anchorPoint(ctx, 'work-foot');
  const h = propSize(ctx.prop);
  const half = 0.21;
  return [
    backItem([filled(box(ctx, p.x - half, 0, p.x + half, h, 1.5), ctx.palette.prop.fill, ctx.palette.prop.stroke)]),
  ];
}

/** A padded bench seen end on: a top and two legs. `at` is the middle of its top. */
export function bench(ctx: PropContext): PropItem[] {
  const p = anchorPoint(ctx, 'pelvis');
  const h = propSize(ctx.prop);
  const half = 0.2;
  const { fill, stroke, dark } = ctx.palette.prop;
  return [
    backItem([
      filled(box(ctx, p.x - half + 0.04, 0, p.x - half + 0.08, h - 0.05, 0.8), dark),
      filled(box(ctx, p.x + half - 0.08, 0, p.x + half - 0.04, h - 0.05, 0.8), dark),
      filled(box(ctx, p.x - half, h - 0.07, p.x + half, h, 2), fill, stroke),
    ]),
  ];
}

/** A chair under the pelvis, its back behind the sitter. */
export function chair(ctx: PropContext): PropItem[] {
  const pelvis = landmarkPoint(ctx.body, ctx.prop.at ?? 'pelvis');
  const f = facing(ctx.body);
  const h = propSize(ctx.prop);
  const depth = 0.42;
  // Seat front edge sits under the thighs, a little ahead of the buttocks.
  const front = pelvis.x + f * 0.16 + (ctx.prop.dx ?? 0);
  const back = front - f * depth;
  const { fill, stroke, dark } = ctx.palette.prop;
  return [
    backItem([
      filled(box(ctx, back - f * 0.015, h, back + f * 0.03, h + 0.46, 1.2), dark),
      filled(box(ctx, back, 0, back + f * 0.035, h, 0.8), dark),
      filled(box(ctx, front - f * 0.035, 0, front, h, 0.8), dark),
      filled(box(ctx, back, h - 0.045, front, h, 1.5), fill, stroke),
    ]),
  ];
}
