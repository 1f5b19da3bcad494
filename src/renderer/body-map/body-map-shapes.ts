/**
 * The body map's drawing, as data. Each figure is described once, for one side of the body, in
 * "figure units": `d` is the distance from the midline (front and back views, positive outward) or
 * from the body's centre line toward the front (side view), and `y` runs down from the top of the
 * head. A placement turns those into view coordinates, so left and right are exact mirror images
 * and the side view's two figures are one drawing.
 *
 * Which regions a view shows is the knowledge base's business (`views` in data/body-regions.yaml);
 * this module only has to hold a shape for every region on every view the data names (a spec
 * checks that).
 */
import type { BodyRegionId, BodyView, Side } from '../../core/kb/vocabulary';
import { centroid, ellipsePath, roundedPolygonPath, type Point } from './body-map-geometry';

type Poly = readonly (readonly [number, number])[];
type Shape = { poly: Poly } | { ellipse: readonly [cx: number, cy: number, rx: number, ry: number] };

interface FigureDrawing {
  /** Unsided pieces drawn once around the midline (head, trunk), already spanning both sides. */
  centre: readonly Shape[];
  /** Pieces drawn for each side that are not regions (arms, shins, feet). */
  filler: readonly Shape[];
  /** The clickable regions of one side; a later entry is drawn on top of an earlier one. */
  regions: Partial<Record<BodyRegionId, Shape>>;
}

/** Mirrors a half outline (midline to the side) into a closed shape across the midline. */
function mirrored(half: Poly): Shape {
  const other = [...half].reverse().filter(([d]) => d !== 0).map(([d, y]) => [-d, y] as const);
  return { poly: [...half, ...other] };
}

const HEAD: Shape = { ellipse: [0, 36, 23, 28] };
const NECK: Shape = { poly: [[-9, 60], [9, 60], [10, 80], [-10, 80]] };
const ARM: readonly Shape[] = [
  { poly: [[46, 84], [58, 90], [66, 130], [70, 186], [60, 190], [54, 140], [50, 104]] },
  { poly: [[60, 190], [70, 186], [78, 230], [82, 272], [72, 274], [66, 232]] },
  { poly: [[72, 274], [82, 272], [86, 290], [82, 304], [74, 304], [70, 290]] },
];
const LATERAL_THIGH: Shape = { poly: [[53, 288], [50, 340], [45, 390], [37, 390], [40, 340], [41, 288]] };
const LATERAL_KNEE: Shape = { poly: [[45, 390], [47, 411], [44, 432], [37, 432], [38, 411], [37, 390]] };
/** The front of the knee seen from the front, and the hollow behind it seen from the back. */
const KNEE_MIDDLE: Poly = [[37, 390], [38, 411], [37, 432], [16, 432], [12, 411], [13, 390]];
const LOWER_LEG: Poly = [[44, 432], [47, 456], [42, 490], [36, 510], [22, 510], [18, 490], [13, 456], [16, 432]];
const ANKLE: Shape = { poly: [[36, 510], [37, 528], [21, 528], [22, 510]] };

const FRONT: FigureDrawing = {
  centre: [
    HEAD,
    NECK,
    mirrored([[0, 76], [28, 78], [44, 86], [48, 100], [46, 130], [40, 170], [37, 200], [40, 226], [24, 244], [8, 262], [0, 266]]),
  ],
  filler: [...ARM, { poly: LOWER_LEG }, { poly: [[21, 528], [37, 528], [42, 544], [38, 552], [18, 552], [18, 540]] }],
  regions: {
    'lateral-hip': { poly: [[40, 226], [48, 234], [54, 258], [53, 288], [41, 288], [38, 256]] },
    'anterior-hip': { poly: [[40, 226], [38, 256], [41, 288], [24, 292], [24, 244]] },
    groin: { poly: [[24, 244], [24, 292], [4, 304], [2, 268], [8, 262]] },
    'lateral-thigh': LATERAL_THIGH,
    'anterior-thigh': { poly: [[41, 288], [40, 340], [37, 390], [20, 390], [16, 340], [24, 292]] },
    'medial-thigh': { poly: [[24, 292], [16, 340], [20, 390], [13, 390], [6, 340], [4, 304]] },
    'lateral-knee': LATERAL_KNEE,
    'anterior-knee': { poly: KNEE_MIDDLE },
    ankle: ANKLE,
    // Last, so it sits on top of the front of the hip and the groin, over the ball of the joint.
    'deep-hip': { ellipse: [25, 266, 9, 9] },
  },
};

const BACK: FigureDrawing = {
  centre: [
    HEAD,
    NECK,
    mirrored([[0, 76], [28, 78], [44, 86], [48, 100], [46, 130], [40, 170], [37, 196], [0, 196]]),
    // The sacrum, between the two sacroiliac joints.
    mirrored([[0, 234], [4, 234], [4, 258], [0, 272]]),
  ],
  filler: [...ARM, { poly: KNEE_MIDDLE }],
  regions: {
    'lower-back': { poly: [[2, 196], [37, 196], [40, 228], [20, 231], [2, 231]] },
    'si-joint': { poly: [[6, 234], [20, 233], [22, 248], [16, 262], [8, 262], [5, 250]] },
    buttock: { poly: [[20, 233], [40, 229], [40, 258], [42, 292], [24, 300], [5, 302], [5, 268], [8, 262], [16, 262], [22, 248]] },
    'lateral-hip': { poly: [[40, 229], [48, 234], [54, 258], [53, 288], [42, 292], [40, 258]] },
    'lateral-thigh': { poly: [[53, 288], [50, 340], [45, 390], [37, 390], [40, 340], [42, 292]] },
    'posterior-thigh': { poly: [[42, 292], [40, 340], [37, 390], [20, 390], [16, 340], [24, 300]] },
    'medial-thigh': { poly: [[24, 300], [16, 340], [20, 390], [13, 390], [6, 340], [5, 302]] },
    'lateral-knee': LATERAL_KNEE,
    calf: { poly: LOWER_LEG },
    ankle: ANKLE,
    'heel-sole': { poly: [[21, 528], [37, 528], [38, 544], [30, 552], [22, 550], [19, 540]] },
  },
};

/** Seen from the patient's side; positive `d` is toward the front of the body. */
const SIDE: FigureDrawing = {
  centre: [],
  filler: [
    { ellipse: [4, 36, 22, 28] },
    { poly: [[-8, 60], [8, 60], [9, 80], [-10, 80]] },
    { poly: [[-12, 80], [10, 80], [22, 92], [28, 118], [24, 160], [20, 196], [24, 222], [14, 226], [-4, 226], [-4, 180], [-17, 180], [-20, 140], [-20, 100]] },
    { poly: [[-8, 88], [6, 88], [6, 130], [4, 172], [-8, 174], [-12, 130]] },
    { poly: [[-8, 174], [4, 172], [30, 186], [34, 196], [28, 200], [-4, 186]] },
    { ellipse: [36, 198, 6, 6] },
    { poly: [[-4, 392], [-6, 434], [-15, 434], [-16, 412], [-14, 392]] },
    { poly: [[24, 434], [22, 470], [16, 508], [4, 508], [6, 470], [10, 434]] },
    { poly: [[-6, 528], [18, 528], [36, 536], [46, 542], [46, 545], [-4, 545]] },
  ],
  regions: {
    'lower-back': { poly: [[-17, 180], [-4, 180], [-4, 226], [-20, 226], [-15, 204]] },
    buttock: { poly: [[-4, 226], [-10, 258], [-8, 290], [-24, 298], [-30, 270], [-28, 244], [-20, 226]] },
    'lateral-hip': { poly: [[14, 226], [16, 270], [12, 290], [-8, 290], [-10, 258], [-4, 226]] },
    'anterior-hip': { poly: [[24, 222], [28, 240], [28, 268], [16, 270], [14, 226]] },
    'anterior-thigh': { poly: [[16, 270], [28, 268], [30, 300], [28, 350], [24, 392], [10, 392], [11, 340], [12, 290]] },
    'lateral-thigh': { poly: [[12, 290], [11, 340], [10, 392], [-4, 392], [-6, 340], [-8, 290]] },
    'posterior-thigh': { poly: [[-8, 290], [-6, 340], [-4, 392], [-14, 392], [-20, 340], [-24, 298]] },
    'anterior-knee': { poly: [[24, 392], [27, 412], [24, 434], [10, 434], [10, 392]] },
    'lateral-knee': { poly: [[10, 392], [10, 434], [-6, 434], [-4, 392]] },
    calf: { poly: [[10, 434], [6, 470], [4, 508], [-6, 508], [-12, 484], [-20, 458], [-15, 434]] },
    ankle: { poly: [[16, 508], [18, 528], [-6, 528], [-6, 508]] },
    'heel-sole': { poly: [[-6, 528], [-4, 545], [46, 545], [46, 549], [40, 554], [-8, 554], [-12, 542]] },
    'deep-hip': { ellipse: [12, 262, 8, 8] },
  },
};

/** Where a figure's side sits in the view: view x = cx + dir × d. */
interface Placement {
  side: Side;
  cx: number;
  dir: 1 | -1;
}

export interface RegionShape {
  region: BodyRegionId;
  side: Side;
  /** SVG path data in view coordinates. */
  path: string;
  /** The region's centre: arrow keys measure from here, and the hover label points here. */
  anchor: Point;
}

export interface ViewCaption {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface BodyMapViewShapes {
  view: BodyView;
  width: number;
  height: number;
  /** Non-interactive pieces of the figure (head, trunk, arms…). */
  body: string[];
  regions: RegionShape[];
  /** Short side markers drawn in the picture; the full sentence is in the page text. */
  captions: ViewCaption[];
}

export const MAP_WIDTH = 400;
export const MAP_HEIGHT = 580;

function shapePath(shape: Shape, place: (p: readonly [number, number]) => Point): { path: string; anchor: Point } {
  if ('ellipse' in shape) {
    const [cx, cy, rx, ry] = shape.ellipse;
    const c = place([cx, cy]);
    return { path: ellipsePath(c, rx, ry), anchor: c };
  }
  const points = shape.poly.map(place);
  return { path: roundedPolygonPath(points, 5), anchor: centroid(points) };
}

/**
 * The figure is drawn a little broader than life (friendlier, and bigger targets for a finger);
 * round things (the head, the deep-joint dot) keep their radii so they stay round.
 */
const BREADTH = 1.3;
const TOP = 8;
const placer = (p: { cx: number; dir: 1 | -1 }) => ([d, y]: readonly [number, number]): Point => ({ x: p.cx + p.dir * d * BREADTH, y: y + TOP });

function drawView(view: BodyView, drawing: FigureDrawing, placements: Placement[], captions: ViewCaption[]): BodyMapViewShapes {
  const centres = [...new Set(placements.map((p) => p.cx))];
  const body = [
    ...centres.flatMap((cx) => drawing.centre.map((s) => shapePath(s, placer({ cx, dir: 1 })).path)),
    ...placements.flatMap((p) => drawing.filler.map((s) => shapePath(s, placer(p)).path)),
  ];
  const regions = placements.flatMap((p) =>
    (Object.entries(drawing.regions) as [BodyRegionId, Shape][]).map(([region, shape]) => ({ region, side: p.side, ...shapePath(shape, placer(p)) })),
  );
  return { view, width: MAP_WIDTH, height: MAP_HEIGHT, body, regions, captions };
}

const CAPTION_Y = 20;

/**
 * Front: the patient faces you, so their right side is on your left. Back: their left is on your
 * left. Side: two figures, the patient's right side (facing right) and their left side (facing left).
 */
export const BODY_MAP_VIEWS: Record<BodyView, BodyMapViewShapes> = {
  front: drawView(
    'front',
    FRONT,
    [
      { side: 'right', cx: 200, dir: -1 },
      { side: 'left', cx: 200, dir: 1 },
    ],
    [
      { text: 'Right', x: 24, y: CAPTION_Y, anchor: 'start' },
      { text: 'Left', x: MAP_WIDTH - 24, y: CAPTION_Y, anchor: 'end' },
    ],
  ),
  back: drawView(
    'back',
    BACK,
    [
      { side: 'left', cx: 200, dir: -1 },
      { side: 'right', cx: 200, dir: 1 },
    ],
    [
      { text: 'Left', x: 24, y: CAPTION_Y, anchor: 'start' },
      { text: 'Right', x: MAP_WIDTH - 24, y: CAPTION_Y, anchor: 'end' },
    ],
  ),
  side: drawView(
    'side',
    SIDE,
    [
      { side: 'right', cx: 110, dir: 1 },
      { side: 'left', cx: 290, dir: -1 },
    ],
    [
      { text: 'Right side', x: 110, y: MAP_HEIGHT - 6, anchor: 'middle' },
      { text: 'Left side', x: 290, y: MAP_HEIGHT - 6, anchor: 'middle' },
    ],
  ),
};
