/** Things lying on the floor: mat, cushion, slide board, agility ladder. */
import { polygonPath, roundedRectPath } from '../path-geometry';
import { vec } from '../vector';
import { propSize } from '../prop-sizes';
import { allSupports, lowestPoint } from '../landmarks';
import { anchorPoint, at2, backItem, filled, type PropContext, type PropItem } from './prop-context';

/** A rectangle on the floor from x0 to x1 (world metres) with its top at `top`. */
function slab(ctx: PropContext, x0: number, x1: number, bottom: number, top: number, radius: number) {
  const a = at2(ctx, x0, top);
  const b = at2(ctx, x1, bottom);
  return roundedRectPath(Math.min(a.x, b.x), Math.min(a.y, b.y), Math.abs(b.x - a.x), Math.abs(b.y - a.y), radius);
}

/** The mat runs under every part of the body that is near the floor in any key pose. */
export function mat(ctx: PropContext): PropItem[] {
  const low = ctx.keyBodies.flatMap((body) => {
    const floor = lowestPoint(body);
    return allSupports(body)
      .filter((s) => s.point.y - s.radius < floor + 0.2)
      .map((s) => s.point);
  });
  const x0 = Math.min(...low.map((p) => p.x)) - 0.16;
  const x1 = Math.max(...low.map((p) => p.x)) + 0.16;
  if (ctx.proj.depth(vec(0, 1, 0)) > 0.05) {
    // Seen from above: the mat is a rectangle on the floor plane, under the body's width.
    const z0 = Math.min(...low.map((p) => p.z)) - 0.12;
    const z1 = Math.max(...low.map((p) => p.z)) + 0.12;
    const corners = [vec(x0, 0, z0), vec(x1, 0, z0), vec(x1, 0, z1), vec(x0, 0, z1)].map((v) => ctx.proj.point(v));
    return [backItem([filled(polygonPath(corners), ctx.palette.prop.fill, ctx.palette.prop.stroke, 0.6)], -1)];
  }
  return [
    backItem(
      [filled(slab(ctx, x0, x1, -0.006, propSize(ctx.prop), 0.8), ctx.palette.prop.fill, ctx.palette.prop.stroke, 0.6)],
      -1,
    ),
  ];
}

export function cushion(ctx: PropContext): PropItem[] {
  const p = anchorPoint(ctx, 'work-knee');
  const w = ctx.prop.size ? 0.34 : 0.32;
  return [
    backItem([
      filled(
        slab(ctx, p.x - w / 2, p.x + w / 2, 0, propSize(ctx.prop), 3),
        ctx.palette.prop.fill,
        ctx.palette.prop.stroke,
      ),
    ]),
  ];
}

export function slideBoard(ctx: PropContext): PropItem[] {
  const p = anchorPoint(ctx, 'feet');
  const half = 1.0;
  const t = propSize(ctx.prop);
  const { fill, stroke, dark } = ctx.palette.prop;
  return [
    backItem([
      filled(slab(ctx, p.x - half, p.x + half, 0, t, 0.5), fill, stroke),
      filled(slab(ctx, p.x - half - 0.05, p.x - half + 0.02, 0, 0.07, 1.5), dark),
      filled(slab(ctx, p.x + half - 0.02, p.x + half + 0.05, 0, 0.07, 1.5), dark),
    ]),
  ];
}

/** Side on, a ladder on the floor is its rungs: low rounded bars along a thin rail. */
export function agilityLadder(ctx: PropContext): PropItem[] {
  const p = anchorPoint(ctx, 'feet');
  const { stroke, dark } = ctx.palette.prop;
  const length = 2.6;
  const start = p.x - 1.1;
  const shapes = [filled(slab(ctx, start, start + length, 0, 0.008, 0.3), stroke)];
  for (let x = start; x <= start + length + 1e-6; x += 0.43) {
    shapes.push(filled(slab(ctx, x - 0.018, x + 0.018, 0, 0.028, 1), dark));
  }
  return [backItem(shapes)];
}
