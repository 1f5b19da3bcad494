/**
 * Our exercise figures as pdfmake vector drawings. pdfmake draws an `svg` node by parsing the
 * document three times (twice to size it, once more in svg-to-pdfkit) and converting every arc:
 * about 200 ms of the first handout in a process, and a third of every later one. The figures
 * drawn by src/core/figures are nothing but <path> elements with a few paint attributes, so they
 * become polylines instead: the same picture, no XML. An SVG with anything else in it (one not
 * drawn by us) is left to pdfmake's SVG support.
 */
import { flattenPath } from '../../figures/flatten-path';
import type { PdfCanvas, PdfCanvasElement } from './pdfmake-types';

const ELEMENT = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>/g;
const ATTRIBUTE = /([\w:-]+)="([^"]*)"/g;
/** Elements that carry no drawing. */
const SILENT = new Set(['title', 'desc']);

const unescape = (text: string) =>
  text.replace(
    /&(amp|lt|gt|quot|apos);/g,
    (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name]!,
  );

function attributes(source: string): Record<string, string> {
  return Object.fromEntries([...source.matchAll(ATTRIBUTE)].map((m) => [m[1]!, unescape(m[2]!)]));
}

function polylines(path: Record<string, string>, scale: number, dx: number, dy: number): PdfCanvasElement[] {
  const fill = path['fill'] && path['fill'] !== 'none' ? path['fill'] : undefined;
  const stroke = path['stroke'] && path['stroke'] !== 'none' ? path['stroke'] : undefined;
  if (!fill && !stroke) return [];
  const round = path['stroke-linejoin'] === 'round';
  return flattenPath(path['d'] ?? '').map(({ points, closed }) => ({
    type: 'polyline' as const,
    points: points.map((p) => ({ x: p.x * scale + dx, y: p.y * scale + dy })),
    closePath: closed,
    ...(fill ? { color: fill } : {}),
    ...(path['fill-opacity'] ? { fillOpacity: Number(path['fill-opacity']) } : {}),
    ...(stroke ? { lineColor: stroke, lineWidth: Number(path['stroke-width'] ?? 1) * scale } : {}),
    ...(round ? { lineJoin: 'round' as const, lineCap: 'round' as const } : {}),
  }));
}

/**
 * The figure fitted into `fit` (width, height in points) and centred in it, or undefined when
 * the SVG is not one of ours.
 */
export function figureCanvas(svg: string, [width, height]: [number, number]): PdfCanvas | undefined {
  let viewBox: number[] | undefined;
  const paths: Record<string, string>[] = [];
  let depth = 0;
  for (const [, closing, name, attrs, selfClosing] of svg.matchAll(ELEMENT)) {
    if (name === 'svg') {
      if (!closing)
        viewBox = (attributes(attrs!)['viewBox'] ?? '')
          .trim()
          .split(/[\s,]+/)
          .map(Number);
    } else if (name === 'path' && !closing) {
      if (depth > 0 || !selfClosing) return undefined;
      paths.push(attributes(attrs!));
    } else if (SILENT.has(name!)) {
      depth += closing ? -1 : selfClosing ? 0 : 1;
    } else {
      return undefined;
    }
  }
  if (!viewBox || viewBox.length !== 4 || !viewBox.every(Number.isFinite) || viewBox[2]! <= 0 || viewBox[3]! <= 0)
    return undefined;
  const [x, y, w, h] = viewBox as [number, number, number, number];
  const scale = Math.min(width / w, height / h);
  // Horizontally pdfmake centres the canvas by its width; vertically it is placed here.
  const dy = (height - h * scale) / 2 - y * scale;
  try {
    return { canvas: paths.flatMap((path) => polylines(path, scale, -x * scale, dy)), alignment: 'center' };
  } catch {
    return undefined;
  }
}
