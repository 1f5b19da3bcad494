/**
 * The figure as an SVG document string: for the PDF handout (pdfmake draws it with svg-to-pdfkit)
 * and anywhere a standalone image is wanted. Presentation attributes only — no style attribute,
 * no <style>, no filters or masks — so it passes the app's CSP and prints the same in the PDF.
 */
import type { ExerciseFigure } from '../kb/figure-schema';
import { fmt } from './path-geometry';
import { buildFigureScene, type FigureRenderOptions } from './scene';
import type { FigureScene, SceneShape } from './scene-types';

/** Escapes text for XML character data and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

/** The presentation attributes of a shape, in a fixed order (stable snapshots). */
export function shapeAttributes(s: SceneShape): Record<string, string> {
  const attrs: Record<string, string> = { d: s.d, fill: s.fill };
  if (s.fillOpacity !== undefined) attrs['fill-opacity'] = String(s.fillOpacity);
  if (s.stroke) {
    attrs['stroke'] = s.stroke;
    attrs['stroke-width'] = fmt(s.strokeWidth ?? 1);
    if (s.round) {
      attrs['stroke-linecap'] = 'round';
      attrs['stroke-linejoin'] = 'round';
    }
  }
  return attrs;
}

export function sceneToSvg(scene: FigureScene, idPrefix?: string): string {
  const [x, y, w, h] = scene.viewBox;
  const labelled = idPrefix
    ? ` aria-labelledby="${escapeXml(idPrefix)}-title" aria-describedby="${escapeXml(idPrefix)}-desc"`
    : '';
  const id = (suffix: string) => (idPrefix ? ` id="${escapeXml(idPrefix)}-${suffix}"` : '');
  const paths = scene.shapes.map((s) => {
    const attrs = Object.entries(shapeAttributes(s))
      .map(([k, v]) => `${k}="${escapeXml(v)}"`)
      .join(' ');
    return `<path ${attrs}/>`;
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${fmt(x)} ${fmt(y)} ${fmt(w)} ${fmt(h)}" width="${scene.width}" height="${scene.height}" role="img"${labelled}>` +
    `<title${id('title')}>${escapeXml(scene.title)}</title>` +
    `<desc${id('desc')}>${escapeXml(scene.description)}</desc>` +
    paths.join('') +
    '</svg>'
  );
}

export interface SvgRenderOptions extends FigureRenderOptions {
  /** Gives the title and description ids (`<prefix>-title`, `<prefix>-desc`) and references them from the root. */
  idPrefix?: string;
}

/** The exercise figure as an SVG string. */
export function renderExerciseFigure(figure: ExerciseFigure, options: SvgRenderOptions = {}): string {
  return sceneToSvg(buildFigureScene(figure, options), options.idPrefix);
}
