/**
 * The handout's exercise illustrations in the app: the core's drawings, remembered so a preview
 * update does not draw them again, and the scene behind each SVG so the preview draws the same
 * picture as inline SVG with Svelte elements instead of injecting markup.
 */
import type { FigureScene } from '../../core/figures';
import { createExerciseFigures } from '../../core/handout/document/exercise-figures';
import type { FigureFor } from '../../core/handout/document/handout-document-context';
import type { ExerciseFigure as FigureData } from '../../core/kb/figure-schema';

export interface HandoutFigures {
  figureFor: FigureFor;
  /** The scene an SVG of `figureFor` was drawn from; undefined for any other SVG. */
  sceneOf: (svg: string) => FigureScene | undefined;
}

export function createHandoutFigures(figures: readonly FigureData[]): HandoutFigures {
  const scenes = new Map<string, FigureScene>();
  return {
    figureFor: createExerciseFigures(figures, (svg, scene) => scenes.set(svg, scene)),
    sceneOf: (svg) => scenes.get(svg),
  };
}

const shared = new WeakMap<readonly FigureData[], HandoutFigures>();

/** One set per knowledge base, so reopening the builder tab does not draw every figure again. */
export function handoutFigures(figures: readonly FigureData[]): HandoutFigures {
  let set = shared.get(figures);
  if (!set) {
    set = createHandoutFigures(figures);
    shared.set(figures, set);
  }
  return set;
}
