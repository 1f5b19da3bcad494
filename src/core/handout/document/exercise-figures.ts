/**
 * The knowledge base's exercise illustrations as the handout prints them: start and end
 * positions in the print palette, the prescribed side working. The app and the command line
 * both draw through here, so their PDFs carry the same pictures.
 */
import { buildFigureScene, sceneToSvg, type FigureScene, type FigureSide } from '../../figures';
import type { ExerciseFigure as FigureData } from '../../kb/figure-schema';
import type { HandoutSide } from '../handout';
import type { ExerciseFigure, FigureFor } from './handout-document-context';

/** A left-side programme shows the left leg working; every other choice draws the right. */
const figureSide = (side: HandoutSide): FigureSide => (side === 'left' ? 'left' : 'right');

/**
 * `figureFor` for the handout builder, remembering each drawing; `onScene` hears of every scene
 * drawn, with its SVG (the app's preview draws the scene itself instead of injecting the SVG).
 */
export function createExerciseFigures(
  figures: readonly FigureData[],
  onScene?: (svg: string, scene: FigureScene) => void,
): FigureFor {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const drawn = new Map<string, ExerciseFigure>();

  const draw = (figure: FigureData, pose: 'start' | 'end', side: FigureSide): string => {
    const scene = buildFigureScene(figure, { pose, side, palette: 'print' });
    const svg = sceneToSvg(scene);
    onScene?.(svg, scene);
    return svg;
  };

  return (exerciseId, side) => {
    const figure = byId.get(exerciseId);
    if (!figure) return undefined;
    const key = `${exerciseId}:${figureSide(side)}`;
    let pair = drawn.get(key);
    if (!pair) {
      pair = { start: draw(figure, 'start', figureSide(side)), end: draw(figure, 'end', figureSide(side)) };
      drawn.set(key, pair);
    }
    return pair;
  };
}
