/**
 * Exercise illustrations: a pose model (joint angles -> forward kinematics) drawn as a calm,
 * filled vector figure with props, target muscles and a motion arrow. Pure TypeScript: runs in
 * the renderer, the PDF builder, the CLI and tests.
 */
export { renderExerciseFigure, sceneToSvg, escapeXml, shapeAttributes, type SvgRenderOptions } from './render-svg';
export { buildFigureScene, figureFrame, type FigureRenderOptions, type FigureSide } from './scene';
export type { FigureScene, SceneShape } from './scene-types';
export { interpolatePose, resolvePose, type ResolvedPose, type PoseAngles } from './pose-angles';
export { poseBetween, selectPose, keyPoses, type PoseSelector } from './placement';
export { FIGURE_PALETTES, FIGURE_PALETTE_NAMES, type FigurePaletteName, type FigurePalette } from './palettes';
export { checkFigure, JOINT_LIMITS, type FigureProblem } from './plausibility';
export { figureTimeline, type TimelinePosition } from './timeline';
export { describeFigure } from './describe-figure';
