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
import { transformShape } from './path-transform';
import { paceTimeline, TIMELINE_DEPTH, timelineSpan } from './pace-timeline';
import { pelvicFloorCue } from './pelvic-floor-cue';
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
/** With a second view beside the main one the picture may be wider. */
const MAX_ASPECT_TWO_VIEWS = 2.4;

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

/** The figure as its second view's camera sees it, with that view's own arrow. */
function secondViewFigure(figure: ExerciseFigure): ExerciseFigure | undefined {
  const v = figure.secondView;
  if (!v) return undefined;
  const { secondView: _second, cue: _cue, timeline: _timeline, ...rest } = figure;
  return {
    ...rest,
    view: v.view,
    ...(v.elevation !== undefined ? { elevation: v.elevation } : { elevation: undefined }),
    ...(v.turn !== undefined ? { turn: v.turn } : { turn: undefined }),
    arrow: v.arrow ?? 'none',
  };
}

/** One camera's picture of a pose: props behind, a ghost, the body among its props, props in front, the arrow. */
function panelShapes(
  figure: ExerciseFigure,
  pose: ResolvedPose,
  proj: Projector,
  palette: FigurePalette,
  options: { arrow: boolean; ghost: PoseSelector | false | undefined; keyBodies?: Body3D[] },
): SceneShape[] {
  const keyBodies = options.keyBodies ?? keyPoses(figure).map((p) => placePose(figure, p));
  const layers = drawPose(figure, pose, keyBodies, proj, palette);
  const shapes: SceneShape[] = [...layers.back];
  if (options.ghost !== undefined && options.ghost !== false) {
    const ghostBody = placePose(figure, selectPose(figure, options.ghost));
    shapes.push(...paintOrder(bodyItems(figure, ghostBody, proj, { palette, ghost: true })));
  }
  shapes.push(...paintOrder(layers.depth), ...layers.front);
  if (figure.cue === 'pelvic-floor')
    shapes.push(...pelvicFloorCue(placePose(figure, pose), pose.squeeze, proj, palette));
  if (options.arrow) shapes.push(...arrowShapes(figure, proj, palette));
  return shapes;
}

const boxes = new WeakMap<ExerciseFigure, Box>();

/** One camera's content bounds over every key pose and the arrow, unmirrored, in picture units. */
function panelBox(figure: ExerciseFigure): Box {
  const cached = boxes.get(figure);
  if (cached) return cached;
  const proj = projector(false, figure.elevation);
  const palette = FIGURE_PALETTES.light;
  const poses = keyPoses(figure);
  const keyBodies = poses.map((p) => placePose(figure, p));
  let box = boxOf(arrowShapes(figure, proj, palette));
  for (const pose of poses) {
    // Squeezed, a cue draws all it can (its arrow too).
    const squeezed = { ...pose, squeeze: 1 };
    box = unionBox(box, boxOf(panelShapes(figure, squeezed, proj, palette, { arrow: false, ghost: false, keyBodies })));
  }
  if (!figure.elevation) box = unionBox(box, [box[0], 0, box[2], 0]);
  boxes.set(figure, box);
  return box;
}

const mirrorBox = (b: Box, side: FigureSide): Box => (side === 'left' ? [-b[2], b[1], -b[0], b[3]] : b);

/** Picture units between the main picture and the second view (the divider sits in the middle). */
const SECOND_VIEW_GAP = 8;

interface FigureLayout {
  /** Everything drawn, for the frame. */
  box: Box;
  main: Box;
  /** The second view: its figure, scale and shift, and where it ends up. */
  second?: { figure: ExerciseFigure; scale: number; dx: number; box: Box };
}

const layouts = new WeakMap<ExerciseFigure, Partial<Record<FigureSide, FigureLayout>>>();

/** Where the main picture, the second view and the timeline go, for one side. */
function figureLayout(figure: ExerciseFigure, side: FigureSide): FigureLayout {
  const cached = layouts.get(figure)?.[side];
  if (cached) return cached;
  const main = mirrorBox(panelBox(figure), side);
  let box = main;
  let second: FigureLayout['second'];
  const seen = secondViewFigure(figure);
  if (seen) {
    const scale = figure.secondView?.scale ?? 0.6;
    const own = mirrorBox(panelBox(seen), side);
    const dx = main[2] + SECOND_VIEW_GAP - own[0] * scale;
    const placed: Box = [own[0] * scale + dx, own[1] * scale, own[2] * scale + dx, own[3] * scale];
    second = { figure: seen, scale, dx, box: placed };
    box = unionBox(box, placed);
  }
  if (figure.timeline) {
    const [x0, x1] = timelineSpan(main[0], main[2]);
    box = unionBox(box, [x0, 0, x1, TIMELINE_DEPTH]);
  }
  const layout: FigureLayout = { box, main, ...(second ? { second } : {}) };
  layouts.set(figure, { ...layouts.get(figure), [side]: layout });
  return layout;
}

/** The viewBox: content plus padding, widened or heightened to the aspect, floor near the bottom. */
export function figureFrame(
  figure: ExerciseFigure,
  side: FigureSide,
  aspectWanted?: number,
): [number, number, number, number] {
  const c = figureLayout(figure, side).box;
  let w = c[2] - c[0] + 2 * PAD_CM;
  let h = c[3] - c[1] + 2 * PAD_CM;
  // A lying figure gets a wider frame than a standing one, within limits that suit cards and handouts.
  const widest = figure.secondView ? MAX_ASPECT_TWO_VIEWS : MAX_ASPECT;
  const aspect = aspectWanted ?? Math.min(widest, Math.max(MIN_ASPECT, w / h));
  if (w / h < aspect) w = h * aspect;
  else h = w / aspect;
  const bottom = Math.max(c[3], 0) + PAD_CM * 0.7;
  const r = (n: number) => Math.round(n * 10) / 10;
  return [r((c[0] + c[2]) / 2 - w / 2), r(bottom - h), r(w), r(h)];
}

function floorLine(x0: number, x1: number, palette: FigurePalette): SceneShape {
  const floor = polylinePath([
    { x: x0, y: 0 },
    { x: x1, y: 0 },
  ]);
  return { role: 'floor', d: floor.d, fill: 'none', stroke: palette.floor, strokeWidth: FLOOR_CM, box: floor.box };
}

/** Seen from above, the floor is a plane, not a line: the mat (if any) shows it instead. */
const hasFloorLine = (figure: ExerciseFigure): boolean =>
  !figure.props.some((p) => p.kind === 'pool') && !figure.elevation;

export function buildFigureScene(figure: ExerciseFigure, options: FigureRenderOptions = {}): FigureScene {
  const side = options.side ?? 'right';
  const palette = FIGURE_PALETTES[options.palette ?? 'light'];
  const proj = projector(side === 'left', figure.elevation);
  const pose = selectPose(figure, options.pose ?? 'start');
  const viewBox = figureFrame(figure, side, options.aspect);
  const layout = figureLayout(figure, side);
  const [vx, , vw] = viewBox;
  const split = layout.second ? layout.main[2] + SECOND_VIEW_GAP / 2 : vx + vw;
  const arrow = options.arrow ?? true;

  const shapes: SceneShape[] = [];
  if (hasFloorLine(figure)) shapes.push(floorLine(vx, split, palette));
  shapes.push(...panelShapes(figure, pose, proj, palette, { arrow, ghost: options.ghost }));
  if (figure.timeline)
    shapes.push(...paceTimeline(figure, pose.name, ...timelineSpan(layout.main[0], layout.main[2]), palette));
  if (layout.second) {
    const { figure: seen, scale, dx, box } = layout.second;
    const divider = polylinePath([
      { x: split, y: box[1] },
      { x: split, y: 0 },
    ]);
    shapes.push({
      role: 'floor',
      d: divider.d,
      fill: 'none',
      stroke: palette.floor,
      strokeWidth: 0.5,
      box: divider.box,
    });
    // Scaled about the floor line (y = 0), the second view stands on the same floor.
    if (hasFloorLine(seen)) shapes.push({ ...floorLine(split, vx + vw, palette), strokeWidth: FLOOR_CM * scale });
    const own = projector(side === 'left', seen.elevation);
    const panel = panelShapes(seen, pose, own, palette, { arrow, ghost: options.ghost });
    shapes.push(...panel.map((s) => transformShape(s, scale, dx, 0)));
  }

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
