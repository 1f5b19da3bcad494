/** Bands and straps: a loop round two limbs, a band tied to a furniture leg, a towel or belt. */
import type { Landmark } from '../../kb/figure-schema';
import type { Body3D, BodySide } from '../forward-kinematics';
import { landmarkPoint } from '../landmarks';
import { barPath, polylinePath } from '../path-geometry';
import { CM_PER_METRE } from '../projection';
import { midpoint, normalize, sub, vec, type Vec3 } from '../vector';
import { anchorPoint, depthItem, filled, stroked, type PropContext, type PropItem } from './prop-context';
import { box } from './furniture';

const cm = CM_PER_METRE;

/** The limb's direction and half-thickness where a band wraps round it. */
function wrap(body: Body3D, landmark: Landmark): { centre: Vec3; axis: Vec3; radius: number } {
  const side: BodySide = landmark.startsWith('other') ? 'other' : 'work';
  const leg = body.legs[side];
  const name = landmark.replace(/^(work|other)-/, '');
  switch (name) {
    case 'knee':
    case 'knees':
      return { centre: landmarkPoint(body, landmark), axis: normalize(sub(leg.knee, leg.hip)), radius: 0.055 };
    case 'foot':
    case 'feet':
      return { centre: midpoint(leg.heel, leg.toe), axis: normalize(sub(leg.toe, leg.heel)), radius: 0.035 };
    case 'hand':
    case 'hands': {
      const arm = body.arms[side];
      return { centre: landmarkPoint(body, landmark), axis: normalize(sub(arm.wrist, arm.elbow)), radius: 0.04 };
    }
    default:
      return { centre: landmarkPoint(body, landmark), axis: normalize(sub(leg.ankle, leg.knee)), radius: 0.04 };
  }
}

/** A short band across the limb, drawn over it. */
function cuff(ctx: PropContext, landmark: Landmark) {
  const { centre, axis, radius } = wrap(ctx.body, landmark);
  const c = ctx.proj.point(centre);
  const d = ctx.proj.direction(axis);
  const len = Math.hypot(d.x, d.y) || 1;
  const n = { x: -d.y / len, y: d.x / len };
  const r = (radius + 0.008) * cm;
  const g = barPath({ x: c.x + n.x * r, y: c.y + n.y * r }, { x: c.x - n.x * r, y: c.y - n.y * r }, 1.1);
  return { z: ctx.proj.depth(centre) + 0.03, shape: filled(g, ctx.palette.prop.band), point: c };
}

export function loopBand(ctx: PropContext): PropItem[] {
  const a = cuff(ctx, ctx.prop.at ?? 'work-knee');
  const b = cuff(ctx, ctx.prop.to ?? 'other-knee');
  const link = stroked(polylinePath([a.point, b.point]), ctx.palette.prop.band, 1.6);
  const [near, far] = a.z >= b.z ? [a, b] : [b, a];
  return [depthItem(far.z, [far.shape]), depthItem((a.z + b.z) / 2, [link]), depthItem(near.z, [near.shape], 8)];
}

/**
 * A resistance band from a cuff on the body to the leg of a heavy piece of furniture. The anchor
 * is fixed where the prop's key pose puts it: `dx` from the cuff point, `dy` above the floor.
 */
export function resistanceBand(ctx: PropContext): PropItem[] {
  const landmark = ctx.prop.at ?? 'work-ankle';
  const start = landmarkPoint(ctx.body, landmark);
  const anchor = vec(start.x + (ctx.prop.dx ?? -0.8), ctx.prop.dy ?? 0.08, 0);
  const away = Math.sign(anchor.x - start.x) || -1;
  const moving = cuff({ ...ctx, body: ctx.current }, landmark);
  const { fill, stroke, dark, band } = ctx.palette.prop;
  const legX = anchor.x + away * 0.03;
  const furniture = [
    filled(box(ctx, legX - 0.03, 0, legX + 0.03, 0.14, 0.8), dark),
    filled(box(ctx, legX + away * 0.45 - 0.03, 0, legX + away * 0.45 + 0.03, 0.14, 0.8), dark),
    filled(box(ctx, legX - away * 0.04, 0.12, legX + away * 0.5, 0.42, 2), fill, stroke),
  ];
  const line = stroked(polylinePath([moving.point, ctx.proj.point(anchor)]), band, 1.6);
  return [depthItem(-1, furniture, 0), depthItem(moving.z, [line, moving.shape], 8)];
}

/** A towel or belt from a foot (`at`) to the hands (`to`). */
export function strap(ctx: PropContext): PropItem[] {
  const foot = cuff(ctx, ctx.prop.at ?? 'work-foot');
  const hands = ctx.proj.point(
    anchorPoint({ ...ctx, prop: { ...ctx.prop, at: ctx.prop.to ?? 'hands', dx: 0, dy: 0 } }, 'hands'),
  );
  return [depthItem(foot.z, [stroked(polylinePath([foot.point, hands]), ctx.palette.prop.band, 2), foot.shape], 8)];
}
