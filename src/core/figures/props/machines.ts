/** Larger equipment drawn in outline: the leg press, the bicycle and the pool's water. */
import { barPath, circlePath, polylinePath, roundedRectPath } from '../path-geometry';
import { CM_PER_METRE } from '../projection';
import { propSize } from '../prop-sizes';
import { add, apply, midpoint, normalize, scale, sub, vec, type Vec3 } from '../vector';
import { BODY } from '../body-dimensions';
import { landmarkPoint, lowestPoint } from '../landmarks';
import { depthItem, backItem, filled, stroked, type PropContext, type PropItem } from './prop-context';

const cm = CM_PER_METRE;

/** Leg press: back pad and seat fixed where the key pose sits, the foot plate moving with the feet. */
export function legPress(ctx: PropContext): PropItem[] {
  const { body, current, proj } = ctx;
  const { fill, stroke, dark } = ctx.palette.prop;
  const back = scale(body.trunkFrame.x, -1);
  const behind = (p: Vec3, d: number) => add(p, scale(back, d));
  const padBottom = behind(body.waist, BODY.waist.halfDepth + 0.04);
  const padTop = behind(add(body.chest, apply(body.trunkFrame, vec(0, 0.2, 0))), BODY.chest.halfDepth + 0.04);
  const seatBack = add(padBottom, apply(body.trunkFrame, vec(0, -0.12, 0)));
  const thighDir = normalize(sub(body.legs.work.knee, body.legs.work.hip));
  const seatFront = add(seatBack, scale(thighDir, 0.34));
  const post = midpoint(seatBack, seatFront);
  const footDir = normalize(sub(midpoint(current.legs.work.heel, current.legs.work.toe), body.pelvis));
  const heel = current.legs.work.heel;
  const toe = current.legs.work.toe;
  const sole = normalize(sub(toe, heel));
  const under = apply(current.legs.work.foot, vec(0, -1, 0));
  const plateA = add(add(heel, scale(sole, -0.08)), scale(under, 0.05));
  const plateB = add(add(toe, scale(sole, 0.08)), scale(under, 0.05));
  const plateMid = midpoint(plateA, plateB);
  const railEnd = add(plateMid, scale(footDir, 0.32));
  const pt = (v: Vec3) => proj.point(v);
  const floorY = Math.min(lowestPoint(body), 0);
  return [
    backItem([
      stroked(polylinePath([pt(vec(post.x, floorY, 0)), pt(post)]), dark, 3),
      stroked(polylinePath([pt(vec(railEnd.x, floorY, 0)), pt(railEnd)]), dark, 3),
      stroked(polylinePath([pt(vec(post.x - 0.2, floorY, 0)), pt(vec(railEnd.x + 0.2, floorY, 0))]), dark, 3),
      filled(barPath(pt(padBottom), pt(padTop), 4), fill, stroke),
      filled(barPath(pt(seatBack), pt(seatFront), 4), fill, stroke),
    ]),
    depthItem(
      0.3,
      [stroked(polylinePath([pt(plateMid), pt(railEnd)]), dark, 2.6), filled(barPath(pt(plateA), pt(plateB), 2), dark)],
      9,
    ),
  ];
}

/**
 * A bicycle built round the sitter in the key pose: saddle under the pelvis, cranks round the
 * midpoint of the two pedalling feet, bars at the hands; the cranks follow the feet.
 */
export function bicycle(ctx: PropContext): PropItem[] {
  const { body, current, proj } = ctx;
  const { stroke, dark } = ctx.palette.prop;
  const pedal = (b: typeof body, side: 'work' | 'other') => midpoint(b.legs[side].toe, b.legs[side].ankle);
  const crank = midpoint(pedal(body, 'work'), pedal(body, 'other'));
  const saddle = add(landmarkPoint(body, 'pelvis'), vec(0, -BODY.buttockRadius - 0.02, 0));
  const bars = landmarkPoint(body, 'hands');
  const f = Math.sign(bars.x - saddle.x) || 1;
  const wheelY = Math.min(0.36, Math.max(0.26, crank.y + 0.07));
  const rearHub = vec(crank.x - f * 0.42, wheelY, 0);
  const frontHub = vec(crank.x + f * 0.62, wheelY, 0);
  const head = vec(bars.x - f * 0.04, bars.y - 0.12, 0);
  const pt = (v: Vec3) => proj.point(v);
  const r = wheelY * cm;
  const frame = stroked(polylinePath([pt(rearHub), pt(crank), pt(saddle), pt(rearHub)]), dark, 2.2);
  const front = stroked(polylinePath([pt(crank), pt(head), pt(saddle)]), dark, 2.2);
  const fork = stroked(polylinePath([pt(frontHub), pt(head), pt(bars)]), dark, 2.2);
  const crankArm = (side: 'work' | 'other') => stroked(polylinePath([pt(crank), pt(pedal(current, side))]), dark, 2);
  const workNear = current.legs.work.hip.z >= current.legs.other.hip.z;
  return [
    backItem([
      stroked(circlePath(pt(rearHub), r - 1.5), stroke, 3),
      stroked(circlePath(pt(frontHub), r - 1.5), stroke, 3),
    ]),
    depthItem(
      0,
      [
        frame,
        front,
        fork,
        filled(barPath(pt(add(saddle, vec(-f * 0.1, 0, 0))), pt(add(saddle, vec(f * 0.06, 0, 0))), 1.8), dark),
      ],
      0,
    ),
    depthItem(-0.2, [crankArm(workNear ? 'other' : 'work')], 0),
    depthItem(0.2, [crankArm(workNear ? 'work' : 'other')], 9),
  ];
}

/** Water up to just above the swimmer's back, over the body, see-through. */
export function pool(ctx: PropContext): PropItem[] {
  const xs = ctx.keyBodies.flatMap((b) => [
    b.head.x,
    b.legs.work.toe.x,
    b.legs.other.toe.x,
    b.arms.work.hand.x,
    b.arms.other.hand.x,
  ]);
  const surface = landmarkPoint(ctx.body, ctx.prop.at ?? 'pelvis').y + (ctx.prop.dy ?? 0.06);
  const x0 = Math.min(...xs) - 0.3;
  const x1 = Math.max(...xs) + 0.3;
  const a = ctx.proj.point(vec(x0, surface, 0));
  const b = ctx.proj.point(vec(x1, surface - propSize(ctx.prop) * 0.4, 0));
  const g = roundedRectPath(Math.min(a.x, b.x), Math.min(a.y, b.y), Math.abs(b.x - a.x), Math.abs(b.y - a.y), 1);
  const water = { ...filled(g, ctx.palette.prop.water), fillOpacity: 0.5 };
  const line = stroked(polylinePath([a, { x: b.x, y: a.y }]), ctx.palette.prop.stroke, 0.8);
  return [{ layer: 'front', item: { z: 0, order: 0, shapes: [water, line] } }];
}
