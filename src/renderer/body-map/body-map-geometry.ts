/**
 * Path builders for the body map. The figure is a "segmented mannequin": every piece is a polygon
 * with softly rounded corners, so neighbouring pieces share straight edges and a thin gap (drawn as
 * a stroke in the page colour) separates them.
 */

export interface Point {
  readonly x: number;
  readonly y: number;
}

const fmt = (n: number): string => String(Math.round(n * 10) / 10);

/** A closed polygon whose corners are cut by quadratic curves of up to `radius` units. */
export function roundedPolygonPath(points: readonly Point[], radius = 5): string {
  const n = points.length;
  const corner = (i: number) => {
    const p = points[i]!;
    const prev = points[(i + n - 1) % n]!;
    const next = points[(i + 1) % n]!;
    const toward = (q: Point) => {
      const len = Math.hypot(q.x - p.x, q.y - p.y);
      const r = Math.min(radius, len / 2);
      return { x: p.x + ((q.x - p.x) * r) / len, y: p.y + ((q.y - p.y) * r) / len };
    };
    return { from: toward(prev), at: p, to: toward(next) };
  };
  const corners = points.map((_, i) => corner(i));
  const first = corners[0]!;
  let d = `M${fmt(first.to.x)} ${fmt(first.to.y)}`;
  for (let i = 1; i <= n; i++) {
    const c = corners[i % n]!;
    d += `L${fmt(c.from.x)} ${fmt(c.from.y)}Q${fmt(c.at.x)} ${fmt(c.at.y)} ${fmt(c.to.x)} ${fmt(c.to.y)}`;
  }
  return `${d}Z`;
}

export function ellipsePath(c: Point, rx: number, ry: number): string {
  return `M${fmt(c.x - rx)} ${fmt(c.y)}A${fmt(rx)} ${fmt(ry)} 0 1 0 ${fmt(c.x + rx)} ${fmt(c.y)}A${fmt(rx)} ${fmt(ry)} 0 1 0 ${fmt(c.x - rx)} ${fmt(c.y)}Z`;
}

/** The mean of the vertices: where a region's hover label points and where arrow keys measure from. */
export function centroid(points: readonly Point[]): Point {
  const sum = points.reduce((acc, p) => ({ x: acc.x + p.x, y: acc.y + p.y }), { x: 0, y: 0 });
  return { x: sum.x / points.length, y: sum.y / points.length };
}
