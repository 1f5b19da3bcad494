/**
 * pdfmake's layout vocabulary in CSS, so the HTML preview sets text as the PDF does: sizes in
 * points, the same line height (pdfmake multiplies the font's line box, 1.172 em for Roboto),
 * margins in pdfmake's left-top-right-bottom order, column and table widths.
 */
import type { PdfMargins, PdfStyle, PdfWidth } from '../../../core/handout/document/pdfmake-types';
import type { CssProperties } from './css-properties';

/** Roboto's ascender + descender in em: pdfmake's line height 1 is this tall. */
export const FONT_LINE_BOX = 1.172;

const pt = (n: number) => `${n}pt`;

/** pdfmake margins (one number, [horizontal, vertical] or [left, top, right, bottom]) as CSS. */
export function marginCss(margin: PdfMargins): string {
  const [left, top, right, bottom] =
    typeof margin === 'number'
      ? [margin, margin, margin, margin]
      : margin.length === 2
        ? [margin[0], margin[1], margin[0], margin[1]]
        : margin;
  return `${pt(top)} ${pt(right)} ${pt(bottom)} ${pt(left)}`;
}

/** A node's own look: its named styles in order, then its own properties. */
export function resolveStyle(
  node: PdfStyle & { style?: string | string[] },
  styles: Readonly<Record<string, PdfStyle>>,
): PdfStyle {
  const names = node.style === undefined ? [] : Array.isArray(node.style) ? node.style : [node.style];
  const own: PdfStyle = {};
  for (const key of STYLE_KEYS) {
    if (node[key] !== undefined) Object.assign(own, { [key]: node[key] });
  }
  return Object.assign({}, ...names.map((n) => styles[n] ?? {}), own) as PdfStyle;
}

const STYLE_KEYS = [
  'font',
  'fontSize',
  'bold',
  'italics',
  'color',
  'lineHeight',
  'alignment',
  'characterSpacing',
  'margin',
  'fillColor',
  'markerColor',
  'noWrap',
] as const satisfies readonly (keyof PdfStyle)[];

/** The CSS for a resolved style. Inherited properties (size, weight, colour…) cascade as in pdfmake. */
export function styleCss(style: PdfStyle): CssProperties {
  const out: CssProperties = {};
  if (style.fontSize !== undefined) out['font-size'] = pt(style.fontSize);
  if (style.bold !== undefined) out['font-weight'] = style.bold ? '700' : '400';
  if (style.italics !== undefined) out['font-style'] = style.italics ? 'italic' : 'normal';
  if (style.color !== undefined) out['color'] = style.color;
  if (style.lineHeight !== undefined)
    out['line-height'] = String(Math.round(style.lineHeight * FONT_LINE_BOX * 1000) / 1000);
  if (style.alignment !== undefined) out['text-align'] = style.alignment;
  if (style.characterSpacing !== undefined) out['letter-spacing'] = pt(style.characterSpacing);
  if (style.margin !== undefined) out['margin'] = marginCss(style.margin);
  if (style.fillColor !== undefined) out['background-color'] = style.fillColor;
  if (style.markerColor !== undefined) out['--marker-color'] = style.markerColor;
  if (style.noWrap) out['white-space'] = 'pre';
  return out;
}

/** How a column of a `columns` node takes its width: fixed, a share of the rest, or its content. */
export function columnCss(width: PdfWidth | undefined): CssProperties {
  if (typeof width === 'number') return { flex: `0 0 ${pt(width)}` };
  if (width === 'auto') return { flex: '0 0 auto' };
  if (width !== undefined && width.endsWith('%')) return { flex: `0 0 ${width}` };
  return { flex: '1 1 0', 'min-width': '0' };
}
