/**
 * SVG path data as straight-line outlines, for drawing where only polylines are available (the
 * PDF handout, see handout/document/figure-canvas.ts). Reads the absolute commands the figure
 * renderer writes — M, L, Q, A and Z — and throws on anything else, so a new kind of shape fails a
 * test instead of printing wrongly.
 */
import type { P2 } from './path-geometry';

export interface Outline {
  points: P2[];
  closed: boolean;
}

/** Segments per radian of arc: 15° steps, well under a printed hairline on any figure part. */
const ARC_STEPS_PER_RADIAN = 12 / Math.PI;
const CURVE_STEPS = 8;

const ARITY: Record<string, number> = { M: 2, L: 2, Q: 4, A: 7, Z: 0 };

/** The points of an arc from `from` to `to` (SVG's endpoint form), excluding `from`. */
function arcPoints(from: P2, rx0: number, ry0: number, rotation: number, large: boolean, sweep: boolean, to: P2): P2[] {
  if (rx0 === 0 || ry0 === 0 || (from.x === to.x && from.y === to.y)) return [to];
  const phi = (rotation * Math.PI) / 180;
  const [cos, sin] = [Math.cos(phi), Math.sin(phi)];
  // SVG 1.1 appendix F.6.5: the centre and angles from the endpoints.
  const dx = (from.x - to.x) / 2;
  const dy = (from.y - to.y) / 2;
  const x1 = cos * dx + sin * dy;
  const y1 = -sin * dx + cos * dy;
  let [rx, ry] = [Math.abs(rx0), Math.abs(ry0)];
  const lambda = (x1 * x1) / (rx * rx) + (y1 * y1) / (ry * ry);
  if (lambda > 1) [rx, ry] = [rx * Math.sqrt(lambda), ry * Math.sqrt(lambda)];
  const num = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1;
  const den = rx * rx * y1 * y1 + ry * ry * x1 * x1;
  const k = (large === sweep ? -1 : 1) * Math.sqrt(Math.max(0, num / den));
  const cx1 = (k * rx * y1) / ry;
  const cy1 = (-k * ry * x1) / rx;
  const cx = cos * cx1 - sin * cy1 + (from.x + to.x) / 2;
  const cy = sin * cx1 + cos * cy1 + (from.y + to.y) / 2;
  const angle = (ux: number, uy: number) => Math.atan2(uy, ux);
  const start = angle((x1 - cx1) / rx, (y1 - cy1) / ry);
  let delta = angle((-x1 - cx1) / rx, (-y1 - cy1) / ry) - start;
  if (!sweep && delta > 0) delta -= 2 * Math.PI;
  if (sweep && delta < 0) delta += 2 * Math.PI;
  const steps = Math.max(2, Math.ceil(Math.abs(delta) * ARC_STEPS_PER_RADIAN));
  const points: P2[] = [];
  for (let i = 1; i < steps; i++) {
    const t = start + (delta * i) / steps;
    const [ex, ey] = [rx * Math.cos(t), ry * Math.sin(t)];
    points.push({ x: cx + cos * ex - sin * ey, y: cy + sin * ex + cos * ey });
  }
  points.push(to);
  return points;
}

function curvePoints(from: P2, control: P2, to: P2): P2[] {
  return Array.from({ length: CURVE_STEPS }, (_, i) => {
    const t = (i + 1) / CURVE_STEPS;
    const u = 1 - t;
    return {
      x: u * u * from.x + 2 * u * t * control.x + t * t * to.x,
      y: u * u * from.y + 2 * u * t * control.y + t * t * to.y,
    };
  });
}

/** Each subpath of `d` as a polyline, closed where the path closes it. */
export function flattenPath(d: string): Outline[] {
  const tokens = d.match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
  const outlines: Outline[] = [];
  let current: Outline | undefined;
  let at: P2 = { x: 0, y: 0 };
  let i = 0;
  while (i < tokens.length) {
    const command = tokens[i++]!;
    const arity = ARITY[command];
    if (arity === undefined)
      throw new Error(`flattenPath: unsupported path command "${command}" in "${d.slice(0, 40)}"`);
    const n = tokens.slice(i, i + arity).map(Number);
    if (n.length !== arity || n.some((v) => Number.isNaN(v)))
      throw new Error(`flattenPath: "${command}" needs ${arity} numbers in "${d.slice(0, 40)}"`);
    i += arity;
    if (command === 'Z') {
      if (current) {
        current.closed = true;
        at = current.points[0]!;
      }
      current = undefined;
      continue;
    }
    const to = { x: n[arity - 2]!, y: n[arity - 1]! };
    if (command === 'M' || !current) {
      current = { points: [command === 'M' ? to : at], closed: false };
      outlines.push(current);
      if (command === 'M') {
        at = to;
        continue;
      }
    }
    if (command === 'L') current.points.push(to);
    else if (command === 'Q') current.points.push(...curvePoints(at, { x: n[0]!, y: n[1]! }, to));
    else current.points.push(...arcPoints(at, n[0]!, n[1]!, n[2]!, n[3] !== 0, n[4] !== 0, to));
    at = to;
  }
  return outlines;
}
