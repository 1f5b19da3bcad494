/**
 * Thumbnails, drawn once per figure, size, side and theme. Drawing one works out the whole
 * movement (every key pose, for a frame that fits them all), a few milliseconds each; a condition
 * page shows a dozen, so reopening a page or revisiting a list reuses them instead.
 *
 * Each is kept as a finished <svg> element that pages copy (`cloneNode`), not as a scene that a
 * component turns into elements: a condition page's dozen thumbnails are some six hundred paths,
 * and making each one through the component's attribute updates took a third of the time to open
 * the page. (An <img> of the same SVG is worse: the browser builds a whole document for each.)
 */
import { buildFigureScene, shapeAttributes, type FigurePaletteName, type FigureSide } from '../../core/figures';
import type { ExerciseFigure } from '../../core/kb/figure-schema';
import { THUMBNAIL_ASPECT } from './thumbnail-size';

export interface ThumbnailOptions {
  side: FigureSide;
  theme: FigurePaletteName;
  size: number;
  /** The end pose faintly behind the start, so exercises that start alike still look different. */
  showEnd: boolean;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

const drawn = new WeakMap<ExerciseFigure, Map<string, SVGSVGElement>>();

/**
 * The thumbnail as a decorative <svg> (hidden from assistive technology), made once and never
 * shown itself: insert a copy (`cloneNode(true)`).
 */
export function thumbnailSvg(figure: ExerciseFigure, options: ThumbnailOptions): SVGSVGElement {
  const { side, theme, size, showEnd } = options;
  const key = `${side}|${theme}|${size}|${showEnd}`;
  let images = drawn.get(figure);
  if (!images) drawn.set(figure, (images = new Map<string, SVGSVGElement>()));
  let image = images.get(key);
  if (!image) {
    // A fixed frame so thumbnails line up in lists, lying and standing alike.
    const scene = buildFigureScene(figure, {
      pose: 'start',
      side,
      palette: theme,
      size,
      arrow: false,
      aspect: THUMBNAIL_ASPECT,
      ghost: showEnd ? 'end' : false,
    });
    image = document.createElementNS(SVG_NS, 'svg');
    const attributes = {
      viewBox: scene.viewBox.join(' '),
      width: String(scene.width),
      height: String(scene.height),
      'aria-hidden': 'true',
      focusable: 'false',
    };
    for (const [name, value] of Object.entries(attributes)) image.setAttribute(name, value);
    for (const shape of scene.shapes) {
      const path = document.createElementNS(SVG_NS, 'path');
      for (const [name, value] of Object.entries(shapeAttributes(shape))) path.setAttribute(name, value);
      image.append(path);
    }
    images.set(key, image);
  }
  return image;
}

/**
 * Draws the thumbnails a condition page shows, a few at a time while the browser is idle, so the
 * first visit to a page does not wait for them.
 */
export function prepareThumbnails(figures: readonly ExerciseFigure[], options: ThumbnailOptions): void {
  const queue = [...figures];
  const work = (deadline: IdleDeadline) => {
    while (queue.length > 0 && deadline.timeRemaining() > 4) thumbnailSvg(queue.shift()!, options);
    if (queue.length > 0) requestIdleCallback(work);
  };
  requestIdleCallback(work);
}
