/**
 * 2D path builders in picture units (centimetres, y down): tapered capsules for limbs, circles,
 * polygons, rounded rectangles and polylines. Only M, L, A, Q and Z commands, which every SVG
 * consumer (browsers and svg-to-pdfkit for the PDF) draws the same way.
 */

export interface P2 {
  readonly x: number;
  readonly y: number;
}

/** Axis-aligned bounds: [minX, minY, maxX, maxY]. */
export type Box = [number, number, number, number];

export interface PathGeometry {
  d: string;
  box: Box;
}

/** One decimal is a millimetre: plenty, and it keeps the SVG small and stable for snapshots. */
export function fmt(n: number): string {
  const r = Math.round(n * 10) / 10;
  return Object.is(r, -0) || r === 0 ? '0' : String(r);
}

const pt = (p: P2): string => `${fmt(p.x)} ${fmt(p.y)}`;

export const emptyBox = (): Box => [Infinity, Infinity, -Infinity, -Infinity];

export function unionBox(a: Box, b: Box): Box {
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

function boxOfCircles(circles: readonly { c: P2; r: number }[]): Box {
  return circles.reduce<Box>((box, { c, r }) => unionBox(box, [c.x - r, c.y - r, c.x + r, c.y + r]), emptyBox());
}

export function circlePath(c: P2, r: number): PathGeometry {
  const d = `M${fmt(c.x - r)} ${fmt(c.y)}A${fmt(r)} ${fmt(r)} 0 1 0 ${fmt(c.x + r)} ${fmt(c.y)}A${fmt(r)} ${fmt(r)} 0 1 0 ${fmt(c.x - r)} ${fmt(c.y)}Z`;
  return { d, box: boxOfCircles([{ c, r }]) };
}

/**
 * The outline of two circles joined by their outer tangents: a limb that tapers from radius `ra`
 * at `a` to `rb` at `b`, with round ends (the joints).
 */
export function capsulePath(a: P2, ra: number, b: P2, rb: number): PathGeometry {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const dist = Math.hypot(dx, dy);
  // One circle contains the other (a limb pointing at the viewer): draw the larger circle.
  if (dist <= Math.abs(ra - rb) + 1e-6) return ra >= rb ? circlePath(a, ra) : circlePath(b, rb);
  const u = { x: dx / dist, y: dy / dist };
  const n = { x: -u.y, y: u.x };
  const s = (ra - rb) / dist;
  const c = Math.sqrt(Math.max(0, 1 - s * s));
  const m1 = { x: s * u.x + c * n.x, y: s * u.y + c * n.y };
  const m2 = { x: s * u.x - c * n.x, y: s * u.y - c * n.y };
  const a1 = { x: a.x + ra * m1.x, y: a.y + ra * m1.y };
  const b1 = { x: b.x + rb * m1.x, y: b.y + rb * m1.y };
  const b2 = { x: b.x + rb * m2.x, y: b.y + rb * m2.y };
  const a2 = { x: a.x + ra * m2.x, y: a.y + ra * m2.y };
  // The arc round b passes through +u and spans 2·acos(s); round a it passes through -u.
  const largeB = s < 0 ? 1 : 0;
  const largeA = s > 0 ? 1 : 0;
  // Going from m1 towards +u turns the same way as going from n towards u: negative in y-down screen terms.
  const sweep = m1.x * u.y - m1.y * u.x > 0 ? 1 : 0;
  const d =
    `M${pt(a1)}L${pt(b1)}A${fmt(rb)} ${fmt(rb)} 0 ${largeB} ${sweep} ${pt(b2)}` +
    `L${pt(a2)}A${fmt(ra)} ${fmt(ra)} 0 ${largeA} ${sweep} ${pt(a1)}Z`;
  return {
    d,
    box: boxOfCircles([
      { c: a, r: ra },
      { c: b, r: rb },
    ]),
  };
}

export function polygonPath(points: readonly P2[]): PathGeometry {
  const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${pt(p)}`).join('') + 'Z';
  return { d, box: boxOfCircles(points.map((c) => ({ c, r: 0 }))) };
}

/** An open polyline, for stroked shapes (bands, straps, the floor line, the arrow's shaft). */
export function polylinePath(points: readonly P2[]): PathGeometry {
  const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${pt(p)}`).join('');
  return { d, box: boxOfCircles(points.map((c) => ({ c, r: 0 }))) };
}

/** A smooth open curve through the points (quadratic segments through the midpoints). */
export function smoothPath(points: readonly P2[]): PathGeometry {
  if (points.length < 3) return polylinePath(points);
  let d = `M${pt(points[0]!)}`;
  for (let i = 1; i < points.length - 1; i++) {
    const p = points[i]!;
    const q = points[i + 1]!;
    const mid = i === points.length - 2 ? q : { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 };
    d += `Q${pt(p)} ${pt(mid)}`;
  }
  return { d, box: boxOfCircles(points.map((c) => ({ c, r: 0 }))) };
}

/** A rectangle with rounded corners, axis-aligned. */
export function roundedRectPath(x: number, y: number, w: number, h: number, r: number): PathGeometry {
  const k = Math.max(0, Math.min(r, w / 2, h / 2));
  const d =
    `M${fmt(x + k)} ${fmt(y)}L${fmt(x + w - k)} ${fmt(y)}A${fmt(k)} ${fmt(k)} 0 0 1 ${fmt(x + w)} ${fmt(y + k)}` +
    `L${fmt(x + w)} ${fmt(y + h - k)}A${fmt(k)} ${fmt(k)} 0 0 1 ${fmt(x + w - k)} ${fmt(y + h)}` +
    `L${fmt(x + k)} ${fmt(y + h)}A${fmt(k)} ${fmt(k)} 0 0 1 ${fmt(x)} ${fmt(y + h - k)}` +
    `L${fmt(x)} ${fmt(y + k)}A${fmt(k)} ${fmt(k)} 0 0 1 ${fmt(x + k)} ${fmt(y)}Z`;
  return { d, box: [x, y, x + w, y + h] };
}

/** A rounded bar between two points (a thick line with round ends), as a filled outline. */
export const barPath = (a: P2, b: P2, halfWidth: number): PathGeometry => capsulePath(a, halfWidth, b, halfWidth);
