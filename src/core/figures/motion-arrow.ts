/**
 * The motion arrow: the path a body point travels from the start pose to the end pose (through
 * any poses between), drawn beside the body with an arrowhead. For a held position nothing moves
 * enough and no arrow is drawn.
 */
import type { ExerciseFigure, FigureArrow, Landmark } from '../kb/figure-schema';
import { landmarkPoint } from './landmarks';
import type { FigurePalette } from './palettes';
import { polygonPath, smoothPath, type P2 } from './path-geometry';
import { placePose, poseBetween } from './placement';
import type { Projector } from './projection';
import { CM_PER_METRE } from './projection';
import type { SceneShape } from './scene-types';
import { length, sub, type Vec3 } from './vector';

const CANDIDATES: readonly Landmark[] = [
  'work-toe',
  'work-knee',
  'work-hand',
  'other-toe',
  'other-knee',
  'other-hand',
  'pelvis',
  'head',
];
/** Below this travel (metres) the movement is a hold or a squeeze: no arrow. */
const MIN_TRAVEL = 0.08;
const STEPS_PER_PHASE = 8;

function travelOf(figure: ExerciseFigure, point: Landmark, from: number, to: number): Vec3[] {
  const path: Vec3[] = [];
  const dir = to >= from ? 1 : -1;
  for (let i = from; i !== to; i += dir) {
    for (let s = 0; s < STEPS_PER_PHASE; s++) {
      path.push(landmarkPoint(placePose(figure, poseBetween(figure, i, i + dir, s / STEPS_PER_PHASE)), point));
    }
  }
  path.push(landmarkPoint(placePose(figure, poseBetween(figure, to, to, 0)), point));
  return path;
}

/** The arrow the figure asks for, or the point that moves most between the first and last pose. */
export function chooseArrow(figure: ExerciseFigure): FigureArrow | undefined {
  if (figure.arrow === 'none') return undefined;
  if (figure.arrow) return figure.arrow;
  const last = figure.poses.length - 1;
  let best: { point: Landmark; travel: number } | undefined;
  for (const point of CANDIDATES) {
    const path = travelOf(figure, point, 0, last);
    const travel = length(sub(path[path.length - 1]!, path[0]!));
    if (!best || travel > best.travel + 0.01) best = { point, travel };
  }
  return best && best.travel >= MIN_TRAVEL ? { point: best.point } : undefined;
}

/** Drops points from the start of a polyline until `cut` of its length is gone. */
function trimStart(points: P2[], cut: number): P2[] {
  let left = cut;
  const out = [...points];
  while (out.length >= 2) {
    const [a, b] = [out[0]!, out[1]!];
    const seg = Math.hypot(b.x - a.x, b.y - a.y);
    if (seg > left) {
      const k = left / seg;
      out[0] = { x: a.x + (b.x - a.x) * k, y: a.y + (b.y - a.y) * k };
      return out;
    }
    left -= seg;
    out.shift();
  }
  return out;
}

const polylineLength = (ps: P2[]): number =>
  ps.slice(1).reduce((sum, p, i) => sum + Math.hypot(p.x - ps[i]!.x, p.y - ps[i]!.y), 0);

export function arrowShapes(figure: ExerciseFigure, proj: Projector, palette: FigurePalette): SceneShape[] {
  const arrow = chooseArrow(figure);
  if (!arrow) return [];
  const last = figure.poses.length - 1;
  // A press is drawn on the body (at the point that pushes), so a halo keeps it readable there.
  if (arrow.press) return arrowPath(pressLine(figure, arrow, arrow.press, proj), palette, true);
  const from = Math.min(arrow.from ?? 0, last);
  const to = Math.min(arrow.to ?? last, last);
  if (from === to) return [];
  const path = travelOf(figure, arrow.point, from, to);
  // Beside the body rather than on it: pushed away from the body's middle unless told where.
  let offset = { x: (arrow.dx ?? 0) * CM_PER_METRE, y: -(arrow.dy ?? 0) * CM_PER_METRE };
  const picture = path.map((p) => proj.point(p));
  if (arrow.dx === undefined && arrow.dy === undefined) {
    const start = placePose(figure, poseBetween(figure, from, from, 0));
    const centre = proj.point(start.pelvis);
    const mid = picture[Math.floor(picture.length / 2)]!;
    const away = { x: mid.x - centre.x, y: mid.y - centre.y };
    const len = Math.hypot(away.x, away.y) || 1;
    offset = { x: (away.x / len) * 9, y: (away.y / len) * 9 };
  } else if (proj.mirrored) {
    offset = { x: -offset.x, y: offset.y };
  }
  return arrowPath(
    picture.map((p) => ({ x: p.x + offset.x, y: p.y + offset.y })),
    palette,
  );
}

/** Length of a press arrow as drawn, in centimetres. */
const PRESS_LENGTH = 22;

/** A press: a straight line ending at the point (moved by dx/dy) in the last pose. */
function pressLine(figure: ExerciseFigure, arrow: FigureArrow, [right, up]: [number, number], proj: Projector): P2[] {
  const end = proj.point(
    landmarkPoint(
      placePose(figure, poseBetween(figure, figure.poses.length - 1, figure.poses.length - 1, 0)),
      arrow.point,
    ),
  );
  const sx = proj.mirrored ? -1 : 1;
  const len = Math.hypot(right, up);
  const dir = { x: (sx * right) / len, y: -up / len };
  const tip = { x: end.x + sx * (arrow.dx ?? 0) * CM_PER_METRE, y: end.y - (arrow.dy ?? 0) * CM_PER_METRE };
  return [{ x: tip.x - dir.x * PRESS_LENGTH, y: tip.y - dir.y * PRESS_LENGTH }, tip];
}

/** A smooth shaft along `points` with an arrowhead at the end; nothing when it is too short to read. */
export function arrowPath(line: P2[], palette: FigurePalette, halo = false): SceneShape[] {
  let points = line;
  const total = polylineLength(points);
  if (total < 8) return [];
  const head = Math.min(7, total * 0.35);
  points = trimStart(points, Math.min(3, total * 0.1));
  const reversed = trimStart([...points].reverse(), head);
  const tip = points[points.length - 1]!;
  const base = reversed[0]!;
  points = reversed.reverse();
  const dir = { x: tip.x - base.x, y: tip.y - base.y };
  const dl = Math.hypot(dir.x, dir.y) || 1;
  const n = { x: -dir.y / dl, y: dir.x / dl };
  const w = head * 0.62;
  const shaft = smoothPath(points);
  const width = 2.2;
  const box: [number, number, number, number] = [
    shaft.box[0] - 2,
    shaft.box[1] - 2,
    shaft.box[2] + 2,
    shaft.box[3] + 2,
  ];
  const headShape = polygonPath([
    tip,
    { x: base.x + n.x * w, y: base.y + n.y * w },
    { x: base.x - n.x * w, y: base.y - n.y * w },
  ]);
  const arrow: SceneShape[] = [
    { role: 'arrow', d: shaft.d, fill: 'none', stroke: palette.arrow, strokeWidth: width, round: true, box },
    { role: 'arrow', ...headShape, fill: palette.arrow, stroke: palette.arrow, strokeWidth: 1, round: true },
  ];
  if (!halo) return arrow;
  return [
    { role: 'arrow', d: shaft.d, fill: 'none', stroke: palette.background, strokeWidth: width + 2.4, round: true, box },
    {
      role: 'arrow',
      ...headShape,
      fill: palette.background,
      stroke: palette.background,
      strokeWidth: 3.4,
      round: true,
    },
    ...arrow,
  ];
}
