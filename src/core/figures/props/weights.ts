/** Weights: kettlebell, dumbbell, barbell and a small hand weight on the floor. */
import { barPath, capsulePath, circlePath } from '../path-geometry';
import { CM_PER_METRE } from '../projection';
import { propSize } from '../prop-sizes';
import { add, apply, normalize, scale, sub, vec } from '../vector';
import { anchorPoint, depthItem, filled, stroked, type PropContext, type PropItem } from './prop-context';
import { box } from './furniture';
import { barbellGeometry } from './prop-geometry';

const cm = CM_PER_METRE;

/** The bell hangs from the hands along the line of the forearms. */
export function kettlebell(ctx: PropContext): PropItem[] {
  const p = anchorPoint(ctx, 'hands');
  const arm = ctx.body.arms.work;
  const down = normalize(sub(arm.hand, arm.elbow));
  const r = propSize(ctx.prop) / 2;
  const bell = ctx.proj.point(add(p, scale(down, 0.06 + r)));
  const handle = ctx.proj.point(add(p, scale(down, 0.03)));
  const { dark, stroke } = ctx.palette.prop;
  return [
    depthItem(ctx.proj.depth(p) + 0.01, [
      stroked(circlePath(handle, 4.2), dark, 2.2),
      filled(circlePath(bell, r * cm), dark, stroke, 0.6),
    ]),
  ];
}

/** A dumbbell across the hand: two discs on a short bar (end on, a single disc). */
export function dumbbell(ctx: PropContext): PropItem[] {
  const p = anchorPoint(ctx, 'work-hand');
  const side = (ctx.prop.at ?? 'work-hand').startsWith('other') ? 'other' : 'work';
  const across = apply(ctx.body.arms[side].forearm, vec(0, 0, 1));
  const half = propSize(ctx.prop) / 2 - 0.03;
  const a = ctx.proj.point(add(p, scale(across, half)));
  const b = ctx.proj.point(add(p, scale(across, -half)));
  const { dark, stroke } = ctx.palette.prop;
  return [
    depthItem(ctx.proj.depth(p) + 0.06, [
      filled(barPath(a, b, 1.6), dark),
      filled(circlePath(a, 5.5), dark, stroke, 0.6),
      filled(circlePath(b, 5.5), dark, stroke, 0.6),
    ]),
  ];
}

/**
 * A barbell across the body at `at`: the far plate behind the body, the near plate in front as a
 * ring so the body stays visible through it.
 */
export function barbell(ctx: PropContext): PropItem[] {
  const g = barbellGeometry(ctx.prop, ctx.body);
  const p = g.centre;
  const r = g.plateRadius * cm;
  const near = add(p, scale(g.axis, g.halfLength));
  const far = add(p, scale(g.axis, -g.halfLength));
  const [front, back] = ctx.proj.depth(near) >= ctx.proj.depth(far) ? [near, far] : [far, near];
  const { fill, stroke, dark } = ctx.palette.prop;
  const fc = ctx.proj.point(front);
  const bc = ctx.proj.point(back);
  return [
    depthItem(
      ctx.proj.depth(back),
      [filled(circlePath(bc, r), fill, stroke, 0.8), filled(barPath(bc, ctx.proj.point(p), 1.4), dark)],
      0,
    ),
    depthItem(
      ctx.proj.depth(front),
      [
        filled(barPath(ctx.proj.point(p), fc, 1.4), dark),
        stroked(circlePath(fc, r - 2.2), dark, 4.4),
        filled(circlePath(fc, 3.2), dark),
      ],
      9,
    ),
  ];
}

/** A small weight (or a thick book) lying on the floor by the foot. */
export function smallWeight(ctx: PropContext): PropItem[] {
  const p = anchorPoint(ctx, 'work-heel');
  const h = propSize(ctx.prop);
  const { dark, stroke } = ctx.palette.prop;
  return [
    depthItem(ctx.proj.depth(p), [
      filled(
        capsulePath(
          ctx.proj.point(vec(p.x - 0.06, h / 2, p.z)),
          (h / 2) * cm,
          ctx.proj.point(vec(p.x + 0.06, h / 2, p.z)),
          (h / 2) * cm,
        ),
        dark,
        stroke,
        0.6,
      ),
      filled(box(ctx, p.x - 0.05, h * 0.35, p.x + 0.05, h * 0.65, 0.5, p.z), stroke),
    ]),
  ];
}
