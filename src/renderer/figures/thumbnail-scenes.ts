/**
 * Thumbnail scenes, drawn once per figure, size, side and theme. Drawing one works out the whole
 * movement (every key pose, for a frame that fits them all), a few milliseconds each; a condition
 * page shows a dozen, so reopening a page or revisiting a list reuses them instead.
 */
import { buildFigureScene, type FigurePaletteName, type FigureScene, type FigureSide } from '../../core/figures';
import type { ExerciseFigure } from '../../core/kb/figure-schema';

export interface ThumbnailOptions {
  side: FigureSide;
  theme: FigurePaletteName;
  size: number;
  /** Set to make the picture an image with this name; otherwise it is decorative. */
  title?: string | undefined;
  /** The end pose faintly behind the start, so exercises that start alike still look different. */
  showEnd: boolean;
}

/** The picture size on exercise cards (condition and topic pages). */
export const CARD_THUMBNAIL_SIZE = 60;

const drawn = new WeakMap<ExerciseFigure, Map<string, FigureScene>>();

export function thumbnailScene(figure: ExerciseFigure, options: ThumbnailOptions): FigureScene {
  const { side, theme, size, title, showEnd } = options;
  const key = `${side}|${theme}|${size}|${showEnd}|${title ?? ''}`;
  let scenes = drawn.get(figure);
  if (!scenes) drawn.set(figure, (scenes = new Map()));
  let scene = scenes.get(key);
  if (!scene) {
    // A fixed 4:3 frame so thumbnails line up in lists, lying and standing alike.
    scene = buildFigureScene(figure, { pose: 'start', side, palette: theme, size, arrow: false, aspect: 4 / 3, ghost: showEnd ? 'end' : false, ...(title ? { title } : {}) });
    scenes.set(key, scene);
  }
  return scene;
}

/**
 * Draws the thumbnails a condition page shows, a few at a time while the browser is idle, so the
 * first visit to a page does not wait for them.
 */
export function prepareThumbnails(figures: readonly ExerciseFigure[], options: ThumbnailOptions): void {
  const queue = [...figures];
  const work = (deadline: IdleDeadline) => {
    while (queue.length > 0 && deadline.timeRemaining() > 4) thumbnailScene(queue.shift()!, options);
    if (queue.length > 0) requestIdleCallback(work);
  };
  requestIdleCallback(work);
}
