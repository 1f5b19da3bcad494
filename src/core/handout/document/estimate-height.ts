/**
 * A deliberately generous estimate of how tall content will be once laid out. pdfmake keeps only
 * the first page of an `unbreakable` block that is taller than a page (the rest is silently
 * lost), so the handout marks content unbreakable only when this estimate says it surely fits.
 * Overestimating just lets a block split where it did not have to.
 */
import type { PdfContent, PdfMargins, PdfStyle, PdfTableLayout, PdfWidth } from './pdfmake-types';
import { HANDOUT_TABLE_LAYOUTS } from './table-layouts';

/** pdfmake's own default table layout, for tables that name none. */
const PDFMAKE_DEFAULT_LAYOUT: PdfTableLayout = {
  hLineWidth: () => 1,
  vLineWidth: () => 1,
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

/**
 * Advance widths in em of ASCII 32-126: the widest of Roboto's regular, medium and medium italic
 * faces, rounded up, so a line never holds more than estimated.
 */
const ASCII_EM = [
  0.25, 0.27, 0.33, 0.62, 0.57, 0.74, 0.65, 0.18, 0.35, 0.35, 0.45, 0.57, 0.23, 0.34, 0.28, 0.42, 0.57, 0.57, 0.57,
  0.57, 0.57, 0.57, 0.57, 0.57, 0.57, 0.57, 0.27, 0.24, 0.51, 0.57, 0.53, 0.49, 0.9, 0.67, 0.64, 0.66, 0.66, 0.57, 0.56,
  0.69, 0.72, 0.29, 0.56, 0.64, 0.55, 0.88, 0.72, 0.69, 0.64, 0.69, 0.63, 0.61, 0.61, 0.66, 0.65, 0.89, 0.64, 0.62,
  0.61, 0.28, 0.42, 0.28, 0.43, 0.46, 0.33, 0.55, 0.57, 0.53, 0.57, 0.54, 0.36, 0.57, 0.56, 0.26, 0.26, 0.53, 0.26,
  0.88, 0.56, 0.58, 0.57, 0.57, 0.36, 0.52, 0.34, 0.56, 0.5, 0.76, 0.51, 0.49, 0.51, 0.34, 0.25, 0.34, 0.69,
];
/** Beyond ASCII (accented Latin, Greek, Cyrillic): above each script's average, by case. */
const OTHER_EM = { upper: 0.76, lower: 0.63, symbol: 0.7 } as const;
const SPACE_EM = ASCII_EM[0]!;
/** Roboto's line box (ascender + descender) is 1.17 em; pdfmake multiplies it by lineHeight. */
const LINE_BOX = 1.172;

function charWidthEm(ch: string): number {
  const code = ch.codePointAt(0)!;
  if (code >= 32 && code < 127) return ASCII_EM[code - 32]!;
  if (ch !== ch.toLowerCase()) return OTHER_EM.upper;
  if (ch !== ch.toUpperCase()) return OTHER_EM.lower;
  return OTHER_EM.symbol;
}

function wordWidthEm(word: string): number {
  let width = 0;
  for (const ch of word) width += charWidthEm(ch);
  return width;
}

/** Width in points of text set on one line (its longest line), never less than the real width. */
export function textWidth(text: string, fontSize: number): number {
  return Math.max(...text.split('\n').map(wordWidthEm)) * fontSize;
}

export interface EstimateContext {
  styles: Record<string, PdfStyle>;
  defaultStyle: PdfStyle;
}

function verticalMargin(margin: PdfMargins | undefined): number {
  if (margin === undefined || typeof margin === 'number') return (margin ?? 0) * 2;
  return margin.length === 2 ? margin[1] * 2 : margin[1] + margin[3];
}

interface Resolved {
  fontSize: number;
  lineHeight: number;
  margin: number;
}

/** The node's effective style (inherited, then named styles, then its own properties). */
function resolve(
  node: Record<string, unknown>,
  inherited: PdfStyle,
  ctx: EstimateContext,
): { style: PdfStyle; own: Resolved } {
  const names =
    node['style'] === undefined
      ? []
      : Array.isArray(node['style'])
        ? (node['style'] as string[])
        : [node['style'] as string];
  const fromStyles = Object.assign({}, ...names.map((n) => ctx.styles[n] ?? {})) as PdfStyle;
  const style: PdfStyle = { ...inherited, ...fromStyles, ...(node as PdfStyle) };
  const margin = (node['margin'] as PdfMargins | undefined) ?? fromStyles.margin;
  return {
    style,
    own: { fontSize: style.fontSize ?? 12, lineHeight: style.lineHeight ?? 1, margin: verticalMargin(margin) },
  };
}

/** Lines a text takes, wrapping word by word as pdfmake does (a word wider than a line is cut). */
function textLines(text: string, fontSize: number, width: number): number {
  const lineEm = width / fontSize;
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines += 1;
    let used = 0;
    for (const word of paragraph.split(' ')) {
      const w = wordWidthEm(word);
      if (used > 0 && used + SPACE_EM + w > lineEm) {
        lines += 1;
        used = 0;
      }
      if (w > lineEm) {
        lines += Math.floor(w / lineEm);
        used = w % lineEm;
      } else used += (used > 0 ? SPACE_EM : 0) + w;
    }
  }
  return lines;
}

function flatText(text: unknown): string {
  if (typeof text === 'string') return text;
  if (Array.isArray(text))
    return text.map((t) => flatText(typeof t === 'string' ? t : (t as { text: unknown }).text)).join('');
  return '';
}

/** Width of content set on one line (the most an 'auto' column takes), or undefined if unknown. */
function naturalWidth(content: PdfContent, inherited: PdfStyle, ctx: EstimateContext): number | undefined {
  if (typeof content === 'string')
    return Math.max(...content.split('\n').map(wordWidthEm)) * (inherited.fontSize ?? 12);
  if (Array.isArray(content)) return undefined;
  const node = content as unknown as Record<string, unknown>;
  const { style, own } = resolve(node, inherited, ctx);
  if (node['text'] !== undefined)
    return Math.max(...flatText(node['text']).split('\n').map(wordWidthEm)) * own.fontSize;
  if (Array.isArray(node['stack'])) {
    const widths = (node['stack'] as PdfContent[]).map((c) => naturalWidth(c, style, ctx));
    return widths.some((w) => w === undefined) ? undefined : Math.max(0, ...(widths as number[]));
  }
  return undefined;
}

/**
 * Splits a width among columns: fixed and percent widths first, then 'auto' columns their
 * natural width (when known and not more than an equal share), then '*' columns the rest.
 */
function columnWidths(
  widths: (PdfWidth | undefined)[],
  natural: (number | undefined)[],
  total: number,
  gap: number,
): number[] {
  const available = total - gap * Math.max(0, widths.length - 1);
  const fixed = widths.map((w) =>
    typeof w === 'number'
      ? w
      : typeof w === 'string' && w.endsWith('%')
        ? (parseFloat(w) / 100) * available
        : undefined,
  );
  const shareCount = fixed.filter((w) => w === undefined).length;
  const equalShare = (available - fixed.reduce<number>((a, b) => a + (b ?? 0), 0)) / Math.max(1, shareCount);
  const sized = fixed.map(
    (w, i) =>
      w ?? (widths[i] === 'auto' && natural[i] !== undefined && natural[i] <= equalShare ? natural[i] : undefined),
  );
  const rest = available - sized.reduce<number>((a, b) => a + (b ?? 0), 0);
  const stars = sized.filter((w) => w === undefined).length;
  return sized.map((w) => w ?? Math.max(10, rest / Math.max(1, stars)));
}

function estimate(content: PdfContent, width: number, inherited: PdfStyle, ctx: EstimateContext): number {
  if (typeof content === 'string') {
    const size = inherited.fontSize ?? 12;
    return textLines(content, size, width) * size * (inherited.lineHeight ?? 1) * LINE_BOX;
  }
  if (Array.isArray(content)) return content.reduce<number>((h, c) => h + estimate(c, width, inherited, ctx), 0);
  const node = content as unknown as Record<string, unknown>;
  const { style, own } = resolve(node, inherited, ctx);
  let body = 0;
  if (node['text'] !== undefined) {
    body = textLines(flatText(node['text']), own.fontSize, width) * own.fontSize * own.lineHeight * LINE_BOX;
  } else if (Array.isArray(node['stack'])) {
    body = estimate(node['stack'] as PdfContent[], width, style, ctx);
  } else if (Array.isArray(node['ol']) || Array.isArray(node['ul'])) {
    const items = (node['ol'] ?? node['ul']) as PdfContent[];
    const marker = own.fontSize * 1.6; // "12. " or a bullet, and the gap after it
    body = items.reduce<number>((h, item) => h + estimate(item, width - marker, style, ctx), 0);
  } else if (Array.isArray(node['columns'])) {
    const columns = node['columns'] as PdfContent[];
    const declared = columns.map((c) => (typeof c === 'object' && !Array.isArray(c) ? c.width : undefined));
    const widths = columnWidths(
      declared,
      columns.map((c) => naturalWidth(c, style, ctx)),
      width,
      (node['columnGap'] as number) ?? 0,
    );
    body = Math.max(0, ...columns.map((c, i) => estimate(c, widths[i]!, style, ctx)));
  } else if (node['table']) {
    const table = node['table'] as { body: PdfContent[][]; widths?: PdfWidth[]; heights?: number[] };
    const layout = {
      ...PDFMAKE_DEFAULT_LAYOUT,
      ...(HANDOUT_TABLE_LAYOUTS[node['layout'] as string] ?? {}),
    } as Required<PdfTableLayout>;
    const shape = node as unknown as { table: { body: unknown[][]; widths?: unknown[] } };
    const columns = table.body[0]?.length ?? 1;
    const across = Array.from(
      { length: columns },
      (_, c) => layout.paddingLeft(c, shape) + layout.paddingRight(c, shape) + layout.vLineWidth(c, shape),
    );
    const natural = Array.from({ length: columns }, (_, c) => {
      const cells = table.body.map((row) => naturalWidth(row[c] ?? '', style, ctx));
      return cells.some((w) => w === undefined) ? undefined : Math.max(0, ...(cells as number[]));
    });
    const inner = width - across.reduce((a, b) => a + b, 0) - layout.vLineWidth(columns, shape);
    // As pdfmake does: a percentage is of the whole width, less that cell's padding and rule.
    const declared = (table.widths ?? Array.from({ length: columns }, (): PdfWidth => '*')).map((w, c) =>
      typeof w === 'string' && w.endsWith('%') ? Math.max(1, (parseFloat(w) / 100) * width - across[c]!) : w,
    );
    const widths = columnWidths(declared, natural, inner, 0);
    body = table.body.reduce<number>(
      (h, row, r) => {
        const cells = Math.max(...row.map((cell, c) => estimate(cell, widths[c] ?? width, style, ctx)));
        return (
          h +
          Math.max(table.heights?.[r] ?? 0, cells) +
          layout.paddingTop(r, shape) +
          layout.paddingBottom(r, shape) +
          layout.hLineWidth(r, shape)
        );
      },
      layout.hLineWidth(table.body.length, shape),
    );
  } else if (node['svg'] !== undefined || node['image'] !== undefined) {
    const fit = node['fit'] as [number, number] | undefined;
    body = fit?.[1] ?? (node['height'] as number | undefined) ?? 100;
  } else if (Array.isArray(node['canvas'])) {
    body = Math.max(
      0,
      ...(node['canvas'] as Record<string, number>[]).map(
        (e) => Math.max(e['y'] ?? 0, e['y1'] ?? 0, e['y2'] ?? 0) + (e['h'] ?? e['r2'] ?? e['r1'] ?? 0),
      ),
    );
  }
  return body + own.margin;
}

/** What the model above cannot see (line-breaking details, rounding): a margin on top. */
const SAFETY_FACTOR = 1.06;

/** Estimated height in points of `content` laid out `width` points wide; errs on the high side. */
export function estimateHeight(content: PdfContent, width: number, ctx: EstimateContext): number {
  return estimate(content, width, ctx.defaultStyle, ctx) * SAFETY_FACTOR;
}
