/** Round things: small ball, stability ball, foam roller, massage ball. */
import { capsulePath, circlePath } from '../path-geometry';
import { CM_PER_METRE } from '../projection';
import { propSize } from '../prop-sizes';
import { floorBallGeometry } from './prop-geometry';
import { anchorPoint, depthItem, filled, type PropContext, type PropItem } from './prop-context';

const cm = CM_PER_METRE;

/** A ball held at a body point (between the knees, against the buttock). */
export function heldBall(ctx: PropContext): PropItem[] {
  const p = anchorPoint(ctx, 'knees');
  const r = propSize(ctx.prop) / 2;
  const c = ctx.proj.point(p);
  const { fill, stroke } = ctx.palette.prop;
  // A small highlight reads as "ball" at any size.
  // A massage ball is pressed between the body and a wall: draw it over the body so it shows.
  const z = ctx.prop.kind === 'massage-ball' ? ctx.proj.depth(p) + 0.5 : ctx.proj.depth(p);
  return [
    depthItem(z, [
      filled(circlePath(c, r * cm), fill, stroke, 0.8),
      filled(
        capsulePath({ x: c.x - r * 40, y: c.y - r * 35 }, r * 14, { x: c.x - r * 20, y: c.y - r * 52 }, r * 9),
        ctx.palette.background,
      ),
    ]),
  ];
}

/** A ball or roller resting on the floor under a body point. */
export function floorBall(ctx: PropContext): PropItem[] {
  const { centre, radius: r } = floorBallGeometry(ctx.prop, ctx.body);
  const c = ctx.proj.point(centre);
  const { fill, stroke, dark } = ctx.palette.prop;
  const shapes = [filled(circlePath(c, r * cm), fill, stroke, 0.8)];
  if (ctx.prop.kind === 'foam-roller') shapes.push(filled(circlePath(c, r * cm * 0.35), dark));
  else
    shapes.push(
      filled(
        capsulePath({ x: c.x - r * 45, y: c.y - r * 40 }, r * 12, { x: c.x - r * 22, y: c.y - r * 58 }, r * 8),
        ctx.palette.background,
      ),
    );
  return [depthItem(0, shapes)];
}
