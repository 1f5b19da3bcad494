/**
 * An exercise's two illustrations (start and finish), each framed and captioned. Upright figures
 * sit side by side; wide ones (a body lying down) are stacked, larger, in a wider column, so both
 * kinds are printed at a readable size. Without a figure, dashed placeholder frames with a neutral
 * sign keep the layout the same before and after the illustrations exist.
 */
import type { ExerciseFigure } from './handout-document-context';
import { COLORS } from './handout-styles';
import type { PdfCanvasElement, PdfContent, PdfStack } from './pdfmake-types';

const FRAME_PADDING = 3;
/** Padding on both sides and the frame's hairlines. */
const FRAME_EXTRA = 2 * FRAME_PADDING + 1.2;
const FRAME_GAP = 6;
/** Side by side: each figure's box. */
const UPRIGHT_SIZE = 80;
/** Stacked: the figure's width, and the bounds of its height. */
const WIDE_WIDTH = 126;
const WIDE_HEIGHT = { min: 50, max: 90 };
/** Figures at least this much wider than tall are stacked. */
const WIDE_ASPECT = 1.3;

export interface FigureColumn {
  /** Width of the figures column, in points. */
  width: number;
  content: PdfContent;
}

/** Width over height of an SVG document, from its width/height attributes or its viewBox. */
export function svgAspect(svg: string): number | undefined {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const attr = (name: string) => new RegExp(`\\s${name}="([\\d.]+)(?:px|pt)?"`).exec(root)?.[1];
  const [width, height] = [Number(attr('width')), Number(attr('height'))];
  if (width > 0 && height > 0) return width / height;
  const box = /\sviewBox="([^"]+)"/
    .exec(root)?.[1]
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  return box && box.length === 4 && box[2]! > 0 && box[3]! > 0 ? box[2]! / box[3]! : undefined;
}

function placeholder(): PdfContent {
  const w = UPRIGHT_SIZE + FRAME_EXTRA;
  const cx = w / 2;
  const stroke = { lineColor: '#a8b3bf', lineWidth: 1.4, lineCap: 'round' as const };
  const sign: PdfCanvasElement[] = [
    { type: 'ellipse', x: cx, y: w * 0.3, r1: 6.5, r2: 6.5, color: '#a8b3bf' },
    { type: 'line', x1: cx, y1: w * 0.39, x2: cx, y2: w * 0.6, ...stroke },
    {
      type: 'polyline',
      points: [
        { x: cx - 11, y: w * 0.5 },
        { x: cx, y: w * 0.43 },
        { x: cx + 11, y: w * 0.5 },
      ],
      ...stroke,
    },
    {
      type: 'polyline',
      points: [
        { x: cx - 8, y: w * 0.76 },
        { x: cx, y: w * 0.6 },
        { x: cx + 8, y: w * 0.76 },
      ],
      ...stroke,
    },
  ];
  return {
    canvas: [
      {
        type: 'rect',
        x: 0,
        y: 0,
        w,
        h: w,
        r: 4,
        color: COLORS.panel,
        lineColor: COLORS.line,
        lineWidth: 0.8,
        dash: { length: 3, space: 2 },
      },
      ...sign,
    ],
  };
}

function framed(svg: string, width: number, height: number): PdfContent {
  return {
    table: { widths: [width], heights: [height], body: [[{ svg, fit: [width, height], alignment: 'center' }]] },
    layout: 'figureFrame',
  };
}

function captioned(frame: PdfContent, caption: string, width: number, top = 0): PdfStack {
  return { width, margin: [0, top, 0, 0], stack: [frame, { text: caption, style: 'figureCaption' }] };
}

export function figureColumn(figure: ExerciseFigure | undefined): FigureColumn {
  const uprightColumn = 2 * (UPRIGHT_SIZE + FRAME_EXTRA) + FRAME_GAP;
  if (!figure) {
    const w = UPRIGHT_SIZE + FRAME_EXTRA;
    return {
      width: uprightColumn,
      content: {
        columns: [captioned(placeholder(), 'Start', w), captioned(placeholder(), 'Finish', w)],
        columnGap: FRAME_GAP,
      },
    };
  }
  const aspect = Math.min(svgAspect(figure.start) ?? 1, svgAspect(figure.end) ?? 1);
  if (aspect < WIDE_ASPECT) {
    const w = UPRIGHT_SIZE + FRAME_EXTRA;
    const frame = (svg: string) => framed(svg, UPRIGHT_SIZE, UPRIGHT_SIZE);
    return {
      width: uprightColumn,
      content: {
        columns: [captioned(frame(figure.start), 'Start', w), captioned(frame(figure.end), 'Finish', w)],
        columnGap: FRAME_GAP,
      },
    };
  }
  const height = Math.round(Math.min(WIDE_HEIGHT.max, Math.max(WIDE_HEIGHT.min, WIDE_WIDTH / aspect)));
  const w = WIDE_WIDTH + FRAME_EXTRA;
  return {
    width: w,
    content: {
      stack: [
        captioned(framed(figure.start, WIDE_WIDTH, height), 'Start', w),
        captioned(framed(figure.end, WIDE_WIDTH, height), 'Finish', w, 4),
      ],
    },
  };
}
