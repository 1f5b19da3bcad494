/** Things that stand on the floor: wall, step, bench, chair. */
import { roundedRectPath, type PathGeometry } from '../path-geometry';
import { vec } from '../vector';
import { at2, backItem, bodyCentreX, depthItem, filled, type PropContext, type PropItem } from './prop-context';
import { benchGeometry, chairGeometry, stepGeometry, wallGeometry } from './prop-geometry';

/** A rounded box between two world corners, at depth `z`. */
export function box(
  ctx: PropContext,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  radius: number,
  z = 0,
): PathGeometry {
  const a = at2(ctx, x0, y0, z);
  const b = at2(ctx, x1, y1, z);
  return roundedRectPath(Math.min(a.x, b.x), Math.min(a.y, b.y), Math.abs(b.x - a.x), Math.abs(b.y - a.y), radius);
}

/** A wall beside the body (its face where the `at` point touches it), or a panel behind the whole figure. */
export function wall(ctx: PropContext): PropItem[] {
  const g = wallGeometry(ctx.prop, ctx.body);
  const { fill, stroke } = ctx.palette.prop;
  if (g.placement === 'behind') {
    const cx = bodyCentreX(ctx.body);
    return [backItem([filled(box(ctx, cx - 0.75, 0, cx + 0.75, g.height, 1), fill, stroke)], -2)];
  }
  return [backItem([filled(box(ctx, g.face, 0, g.face + g.side * 0.1, g.height, 0.6), fill, stroke)], -2)];
}

/** A box step under a foot; its top is the step height. */
export function step(ctx: PropContext): PropItem[] {
  const { centre, height, halfWidth } = stepGeometry(ctx.prop, ctx.body);
  return [
    backItem([
      filled(
        box(ctx, centre.x - halfWidth, 0, centre.x + halfWidth, height, 1.5),
        ctx.palette.prop.fill,
        ctx.palette.prop.stroke,
      ),
    ]),
  ];
}

/**
 * A padded bench seen end on: the top and the far end's legs behind the body, the near end's legs
 * in front of whatever passes under the bench between its ends.
 */
export function bench(ctx: PropContext): PropItem[] {
  const g = benchGeometry(ctx.prop, ctx.body);
  const { fill, stroke, dark } = ctx.palette.prop;
  const legsAt = (z: number) => g.legs.map(([x0, x1]) => filled(box(ctx, x0, 0, x1, g.height - 0.05, 0.8, z), dark));
  const near = g.centre.z + g.halfLength - g.legDepth / 2;
  const far = g.centre.z - g.halfLength + g.legDepth / 2;
  return [
    backItem([
      ...legsAt(far),
      filled(
        box(
          ctx,
          g.centre.x - g.halfWidth,
          g.height - g.topThickness,
          g.centre.x + g.halfWidth,
          g.height,
          2,
          g.centre.z,
        ),
        fill,
        stroke,
      ),
    ]),
    depthItem(ctx.proj.depth(vec(g.centre.x, g.height / 2, near)), legsAt(near), 0),
  ];
}

/** A chair under the pelvis, its back behind the sitter. */
export function chair(ctx: PropContext): PropItem[] {
  const { height: h, front, back, facing: f } = chairGeometry(ctx.prop, ctx.body);
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
