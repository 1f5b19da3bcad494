/**
 * Builds the picture of one pose of a figure as a list of shapes in paint order: floor, props
 * behind the body, an optional faint "ghost" of another pose, the body and the props among its
 * limbs (nearest last), props in front, then the motion arrow. The frame is the same for every
 * pose of a figure so that the start and end pictures line up and the animation does not jump.
 */
import type { ExerciseFigure } from '../kb/figure-schema';
import { bodyItems } from './body-shapes';
import { humanise } from '../text/humanise';
import { describeFigure } from './describe-figure';
import type { Body3D } from './forward-kinematics';
import { arrowShapes } from './motion-arrow';
import { FIGURE_PALETTES, type FigurePalette, type FigurePaletteName } from './palettes';
import { emptyBox, polylinePath, unionBox, type Box } from './path-geometry';
import { keyPoses, placePose, selectPose, type PoseSelector } from './placement';
import type { ResolvedPose } from './pose-angles';
import { projector, type Projector } from './projection';
import { drawProp, propFollowsBody, type PropItem } from './props';
import type { DepthItem, FigureScene, SceneShape } from './scene-types';

export type FigureSide = 'left' | 'right';

export interface FigureRenderOptions {
  /** A key pose (index, 'start', 'end'), a point between two, or a resolved pose. Default 'start'. */
  pose?: PoseSelector | ResolvedPose;
  /** The side that works; the figure is drawn so that this side's limb does the work. Default 'right'. */
  side?: FigureSide;
  palette?: FigurePaletteName;
  /** Height in CSS pixels (the width follows the frame). Default 240. */
  size?: number;
  /** Draw the motion arrow. Default true. */
  arrow?: boolean;
  /** Draw another pose faintly behind this one (for example the start pose behind the end). */
  ghost?: PoseSelector | false;
  /** Frame width divided by height. Default: the figure's own shape, between 1 and 1.75. */
  aspect?: number;
  title?: string;
  description?: string;
}

const FLOOR_CM = 0.9;
const PAD_CM = 7;
const MIN_ASPECT = 1;
const MAX_ASPECT = 1.75;

interface Layers {
  back: SceneShape[];
  depth: DepthItem[];
  front: SceneShape[];
}

function propLayers(
  figure: ExerciseFigure,
  current: Body3D,
  keyBodies: Body3D[],
  proj: Projector,
  palette: FigurePalette,
): Layers {
  const out: Layers = { back: [], depth: [], front: [] };
  const items: PropItem[] = figure.props.flatMap((prop) => {
    const body = propFollowsBody(prop.kind, prop.follow) ? current : keyBodies[prop.pose ?? 0]!;
    return drawProp({ figure, prop, body, current, keyBodies, proj, palette });
  });
  for (const { layer, item } of items) {
    if (layer === 'depth') out.depth.push(item);
    if (layer === 'front') out.front.push(...item.shapes);
  }
  // Back items carry their paint order in `order` (walls before furniture before mats' contents).
  out.back = items
    .filter((i) => i.layer === 'back')
    .sort((a, b) => a.item.order - b.item.order)
    .flatMap((i) => i.item.shapes);
  return out;
}

/** Nearest last; parts at about the same depth in a fixed order (trunk, legs, arms, props). */
function paintOrder(items: DepthItem[]): SceneShape[] {
  const bucket = (z: number) => Math.round(z / 0.05);
  return [...items].sort((a, b) => bucket(a.z) - bucket(b.z) || a.order - b.order).flatMap((i) => i.shapes);
}

function drawPose(
  figure: ExerciseFigure,
  pose: ResolvedPose,
  keyBodies: Body3D[],
  proj: Projector,
  palette: FigurePalette,
): Layers {
  const body = placePose(figure, pose);
  const props = propLayers(figure, body, keyBodies, proj, palette);
  return {
    back: props.back,
    depth: [...bodyItems(figure, body, proj, { palette, ghost: false }), ...props.depth],
    front: props.front,
  };
}

const boxOf = (shapes: SceneShape[]): Box => shapes.reduce((b, s) => unionBox(b, s.box), emptyBox());

const frames = new WeakMap<ExerciseFigure, Box>();

/** The content bounds over every key pose and the arrow, unmirrored, in picture units. */
function contentBox(figure: ExerciseFigure): Box {
  const cached = frames.get(figure);
  if (cached) return cached;
  const proj = projector(false, figure.elevation);
  const palette = FIGURE_PALETTES.light;
  const keyBodies = keyPoses(figure).map((p) => placePose(figure, p));
  let box = boxOf(arrowShapes(figure, proj, palette));
  for (const pose of keyPoses(figure)) {
    const layers = drawPose(figure, pose, keyBodies, proj, palette);
    box = unionBox(box, boxOf([...layers.back, ...layers.depth.flatMap((d) => d.shapes), ...layers.front]));
  }
  if (!figure.elevation) box = unionBox(box, [box[0], 0, box[2], 0]);
  frames.set(figure, box);
  return box;
}

/** The viewBox: content plus padding, widened or heightened to the aspect, floor near the bottom. */
export function figureFrame(
  figure: ExerciseFigure,
  side: FigureSide,
  aspectWanted?: number,
): [number, number, number, number] {
  const c = contentBox(figure);
  const [x0, x1] = side === 'left' ? [-c[2], -c[0]] : [c[0], c[2]];
  let w = x1 - x0 + 2 * PAD_CM;
  let h = c[3] - c[1] + 2 * PAD_CM;
  // A lying figure gets a wider frame than a standing one, within limits that suit cards and handouts.
  const aspect = aspectWanted ?? Math.min(MAX_ASPECT, Math.max(MIN_ASPECT, w / h));
  if (w / h < aspect) w = h * aspect;
  else h = w / aspect;
  const bottom = Math.max(c[3], 0) + PAD_CM * 0.7;
  const r = (n: number) => Math.round(n * 10) / 10;
  return [r((x0 + x1) / 2 - w / 2), r(bottom - h), r(w), r(h)];
}

export function buildFigureScene(figure: ExerciseFigure, options: FigureRenderOptions = {}): FigureScene {
  const side = options.side ?? 'right';
  const palette = FIGURE_PALETTES[options.palette ?? 'light'];
  const proj = projector(side === 'left', figure.elevation);
  const pose = selectPose(figure, options.pose ?? 'start');
  const keyBodies = keyPoses(figure).map((p) => placePose(figure, p));
  const layers = drawPose(figure, pose, keyBodies, proj, palette);
  const viewBox = figureFrame(figure, side, options.aspect);
  const [vx, , vw] = viewBox;

  const shapes: SceneShape[] = [];
  // Seen from above, the floor is a plane, not a line: the mat (if any) shows it instead.
  if (!figure.props.some((p) => p.kind === 'pool') && !figure.elevation) {
    const floor = polylinePath([
      { x: vx, y: 0 },
      { x: vx + vw, y: 0 },
    ]);
    shapes.push({
      role: 'floor',
      d: floor.d,
      fill: 'none',
      stroke: palette.floor,
      strokeWidth: FLOOR_CM,
      box: floor.box,
    });
  }
  shapes.push(...layers.back);
  if (options.ghost !== undefined && options.ghost !== false) {
    const ghostBody = placePose(figure, selectPose(figure, options.ghost));
    shapes.push(...paintOrder(bodyItems(figure, ghostBody, proj, { palette, ghost: true })));
  }
  shapes.push(...paintOrder(layers.depth), ...layers.front);
  if (options.arrow ?? true) shapes.push(...arrowShapes(figure, proj, palette));

  const size = options.size ?? 240;
  return {
    viewBox,
    height: size,
    width: Math.round((size * viewBox[2]) / viewBox[3]),
    title: options.title ?? humanise(figure.id),
    description: options.description ?? describeFigure(figure, pose, side),
    shapes,
  };
}
