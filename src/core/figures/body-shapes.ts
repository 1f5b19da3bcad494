/**
 * The drawn body: filled, rounded parts (tapered capsules with round joints), a round head with a
 * simple hair cap showing which way it faces, target muscles tinted with the accent, and each
 * limb's tone saying whether it works and whether it is on the near or far side.
 */
import type { ExerciseFigure, FigureLimb } from '../kb/figure-schema';
import { BODY } from './body-dimensions';
import { BODY_SIDES, type Body3D, type BodySide } from './forward-kinematics';
import { AREA_PLACEMENT, type TintedPart } from './muscle-areas';
import type { FigurePalette } from './palettes';
import { capsulePath, circlePath, type P2, type PathGeometry } from './path-geometry';
import { CM_PER_METRE, type Projector } from './projection';
import type { DepthItem, SceneShape } from './scene-types';
import { add, apply, dot, lerpVec, scale, vec, type Mat3, type Vec3 } from './vector';

/** A body part between two points; `section` gives an elliptical cross-section (the trunk). */
interface Part {
  a: Vec3;
  b: Vec3;
  ra: number;
  rb: number;
  frame: Mat3;
  section?: { a: [number, number]; b: [number, number] };
}

/** Paints body parts: in colour, or all in one flat colour for the faint "ghost" pose. */
export interface BodyPaint {
  palette: FigurePalette;
  ghost: boolean;
}

const HALO_CM = 0.9;

function partOutline(part: Part, proj: Projector, k = 1, shift: Vec3 = vec(0, 0, 0), from = 0, to = 1): PathGeometry {
  const a3 = add(lerpVec(part.a, part.b, from), shift);
  const b3 = add(lerpVec(part.a, part.b, to), shift);
  const a = proj.point(a3);
  const b = proj.point(b3);
  let ra = part.ra + (part.rb - part.ra) * from;
  let rb = part.ra + (part.rb - part.ra) * to;
  if (part.section) {
    // Apparent half-width of an elliptical section across the drawn axis.
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    const n2 = len > 1e-6 ? { x: -(b.y - a.y) / len, y: (b.x - a.x) / len } : { x: 1, y: 0 };
    const n3 = proj.worldDirection(n2);
    const across = (w: number, d: number) => Math.hypot(w * dot(part.frame.z, n3), d * dot(part.frame.x, n3));
    const sa = part.section.a;
    const sb = part.section.b;
    const lerp2 = (t: number): [number, number] => [sa[0] + (sb[0] - sa[0]) * t, sa[1] + (sb[1] - sa[1]) * t];
    ra = across(...lerp2(from));
    rb = across(...lerp2(to));
  }
  return capsulePath(a, ra * k * CM_PER_METRE, b, rb * k * CM_PER_METRE);
}

interface BodyParts {
  pelvis: Part;
  trunk: Part;
  neck: Part;
  legs: Record<BodySide, { thigh: Part; shank: Part; foot: Part }>;
  arms: Record<BodySide, { upper: Part; fore: Part }>;
}

function bodyParts(body: Body3D): BodyParts {
  const legs = {} as BodyParts['legs'];
  const arms = {} as BodyParts['arms'];
  for (const side of BODY_SIDES) {
    const l = body.legs[side];
    const m = body.arms[side];
    legs[side] = {
      thigh: { a: l.hip, b: l.knee, ra: BODY.thigh.radius[0], rb: BODY.thigh.radius[1], frame: l.thigh },
      shank: { a: l.knee, b: l.ankle, ra: BODY.shank.radius[0], rb: BODY.shank.radius[1], frame: l.shank },
      foot: { a: l.heel, b: l.toe, ra: BODY.heel.radius, rb: BODY.toe.radius, frame: l.foot },
    };
    arms[side] = {
      upper: { a: m.shoulder, b: m.elbow, ra: BODY.upperArm.radius[0], rb: BODY.upperArm.radius[1], frame: m.upperArm },
      fore: { a: m.elbow, b: m.wrist, ra: BODY.forearm.radius[0], rb: BODY.forearm.radius[1], frame: m.forearm },
    };
  }
  return {
    pelvis: {
      a: body.legs.other.buttock,
      b: body.legs.work.buttock,
      ra: BODY.buttockRadius,
      rb: BODY.buttockRadius,
      frame: body.pelvisFrame,
    },
    trunk: {
      a: body.waist,
      b: body.chest,
      ra: 0,
      rb: 0,
      frame: body.trunkFrame,
      section: { a: [BODY.waist.halfWidth, BODY.waist.halfDepth], b: [BODY.chest.halfWidth, BODY.chest.halfDepth] },
    },
    neck: {
      a: body.neckBase,
      b: body.neckTop,
      ra: BODY.neck.radius,
      rb: BODY.neck.radius * 0.95,
      frame: body.headFrame,
    },
    legs,
    arms,
  };
}

/** The hair: the part of the head's circle beyond a chord, on the top and back of the head. */
function hairPath(body: Body3D, proj: Projector): PathGeometry | undefined {
  const c = proj.point(body.head);
  const r = BODY.head.radius * CM_PER_METRE;
  const up = proj.direction(body.headFrame.y);
  const back = proj.direction(scale(body.headFrame.x, -1));
  let h = { x: up.x + 0.9 * back.x, y: up.y + 0.9 * back.y };
  const len = Math.hypot(h.x, h.y);
  if (len < 0.2) return undefined; // looking straight down the body's long axis: no cap to show
  h = { x: h.x / len, y: h.y / len };
  const d = 0.08 * r;
  const w = Math.sqrt(r * r - d * d);
  const perp = { x: -h.y, y: h.x };
  const p1: P2 = { x: c.x + d * h.x + w * perp.x, y: c.y + d * h.y + w * perp.y };
  const p2: P2 = { x: c.x + d * h.x - w * perp.x, y: c.y + d * h.y - w * perp.y };
  const f = (n: number) => String(Math.round(n * 10) / 10);
  return {
    d: `M${f(p1.x)} ${f(p1.y)}A${f(r)} ${f(r)} 0 0 0 ${f(p2.x)} ${f(p2.y)}Z`,
    box: [c.x - r, c.y - r, c.x + r, c.y + r],
  };
}

function shape(role: SceneShape['role'], g: PathGeometry, fill: string): SceneShape {
  return { role, d: g.d, fill, box: g.box };
}

/** A group of outlines: a halo in the background colour under them, then the fills. */
function group(
  outlines: { g: PathGeometry; fill: string; role?: SceneShape['role'] }[],
  paint: BodyPaint,
): SceneShape[] {
  if (paint.ghost)
    return outlines.filter((o) => o.role !== 'tint').map((o) => shape('ghost', o.g, paint.palette.ghost));
  const halo = outlines
    .filter((o) => o.role !== 'tint')
    .map((o) => ({
      role: 'halo' as const,
      d: o.g.d,
      fill: paint.palette.background,
      stroke: paint.palette.background,
      strokeWidth: HALO_CM * 2,
      round: true,
      box: o.g.box,
    }));
  return [...halo, ...outlines.map((o) => shape(o.role ?? 'body', o.g, o.fill))];
}

function isWorking(figure: ExerciseFigure, limb: 'leg' | 'arm', side: BodySide): boolean {
  const name: FigureLimb = side === 'work' ? limb : `other-${limb}`;
  return figure.working.includes(name);
}

function tintsOn(
  figure: ExerciseFigure,
  part: TintedPart,
  side: BodySide | 'centre',
  p: Part,
  proj: Projector,
  accent: string,
) {
  const out: { g: PathGeometry; fill: string; role: 'tint' }[] = [];
  for (const target of figure.targets) {
    const area = AREA_PLACEMENT[target.area];
    if (area.part !== part) continue;
    const want = target.side ?? 'work';
    const sides: BodySide[] = want === 'both' ? ['work', 'other'] : [want];
    const central = part === 'trunk' || target.area === 'pelvic-floor';
    for (const s of sides) {
      if (!central && side !== 'centre' && s !== side) continue;
      const lateral = s === 'work' ? 1 : -1;
      let from = area.from;
      let to = area.to;
      // The pelvis part runs from the other side's buttock (0) to the working side's (1).
      if (part === 'pelvis' && !central && s === 'other') [from, to] = [1 - area.to, 1 - area.from];
      const dir = apply(p.frame, area.face(lateral));
      const reach = p.section ? (p.section.a[1] + p.section.b[1]) / 2 : (p.ra + p.rb) / 2;
      out.push({
        g: partOutline(p, proj, area.width, scale(dir, reach * (1 - area.width)), from, to),
        fill: accent,
        role: 'tint',
      });
      if (central) break;
    }
  }
  return out;
}

/** Depth-sorted groups of the body: trunk (with pelvis, neck and head), two legs and two arms. */
export function bodyItems(figure: ExerciseFigure, body: Body3D, proj: Projector, paint: BodyPaint): DepthItem[] {
  const parts = bodyParts(body);
  const { palette } = paint;
  const items: DepthItem[] = [];

  const hair = hairPath(body, proj);
  items.push({
    z: proj.depth(body.pelvis),
    order: 0,
    shapes: group(
      [
        { g: partOutline(parts.pelvis, proj), fill: palette.pelvis },
        ...tintsOn(figure, 'pelvis', 'centre', parts.pelvis, proj, palette.accent),
        { g: partOutline(parts.trunk, proj), fill: palette.trunk },
        ...tintsOn(figure, 'trunk', 'centre', parts.trunk, proj, palette.accent),
        { g: partOutline(parts.neck, proj), fill: palette.skin },
        { g: circlePath(proj.point(body.head), BODY.head.radius * CM_PER_METRE), fill: palette.skin },
        ...(hair ? [{ g: hair, fill: palette.hair }] : []),
      ],
      paint,
    ),
  });

  for (const side of BODY_SIDES) {
    const leg = parts.legs[side];
    const arm = parts.arms[side];
    const legFar = body.legs[side].hip.z < body.pelvis.z - 0.02;
    const armFar = body.arms[side].shoulder.z < body.chest.z - 0.02;
    const tone = (working: boolean, far: boolean) =>
      working
        ? far
          ? palette.limb.workFar
          : palette.limb.workNear
        : far
          ? palette.limb.restFar
          : palette.limb.restNear;
    const legTone = tone(isWorking(figure, 'leg', side), legFar);
    const armTone = tone(isWorking(figure, 'arm', side), armFar);
    const legZ =
      (proj.depth(body.legs[side].hip) + proj.depth(body.legs[side].knee) + proj.depth(body.legs[side].ankle)) / 3;
    const armZ =
      (proj.depth(body.arms[side].shoulder) + proj.depth(body.arms[side].elbow) + proj.depth(body.arms[side].hand)) / 3;
    items.push({
      z: legZ,
      order: side === 'work' ? 2 : 1,
      shapes: group(
        [
          { g: partOutline(leg.thigh, proj), fill: legTone },
          ...tintsOn(figure, 'thigh', side, leg.thigh, proj, palette.accent),
          { g: partOutline(leg.shank, proj), fill: legTone },
          ...tintsOn(figure, 'shank', side, leg.shank, proj, palette.accent),
          { g: partOutline(leg.foot, proj), fill: legFar ? palette.shoe.far : palette.shoe.near },
        ],
        paint,
      ),
    });
    items.push({
      z: armZ,
      order: side === 'work' ? 4 : 3,
      shapes: group(
        [
          { g: partOutline(arm.upper, proj), fill: armTone },
          { g: partOutline(arm.fore, proj), fill: armTone },
          { g: circlePath(proj.point(body.arms[side].hand), BODY.hand.radius * CM_PER_METRE), fill: palette.skin },
        ],
        paint,
      ),
    });
  }
  return items;
}
