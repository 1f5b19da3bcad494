/**
 * A pdfmake table's look in CSS: the named layout's rule widths, colours, padding and fills,
 * cell by cell (pdfmake asks the layout per line and per cell in the same way).
 */
import { HANDOUT_TABLE_LAYOUTS } from '../../../core/handout/document/table-layouts';
import type { PdfContent, PdfTable, PdfTableLayout, PdfWidth } from '../../../core/handout/document/pdfmake-types';
import type { CssProperties } from './css-properties';

/** pdfmake's own layout for a table that names none: black 1pt rules, 4pt/2pt padding. */
const PDFMAKE_DEFAULT: Required<Omit<PdfTableLayout, 'fillColor'>> & Pick<PdfTableLayout, 'fillColor'> = {
  hLineWidth: () => 1,
  vLineWidth: () => 1,
  hLineColor: () => 'black',
  vLineColor: () => 'black',
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

export interface PreviewCell {
  content: PdfContent;
  colSpan: number;
  css: CssProperties;
}

const rule = (width: number, color: string) => (width > 0 ? `${width}pt solid ${color}` : 'none');

function widthCss(width: PdfWidth | undefined): string | undefined {
  if (typeof width === 'number') return `${width}pt`;
  if (width === 'auto') return '1%';
  if (width !== undefined && width.endsWith('%')) return width;
  return undefined;
}

export function tableSpansWidth(node: PdfTable): boolean {
  const widths = node.table.widths ?? ['*'];
  return widths.some((w) => w === '*' || (typeof w === 'string' && w.endsWith('%')));
}

/** The table's rows as cells with their CSS; cells covered by a colSpan are left out, as pdfmake skips them. */
export function tableCells(node: PdfTable): PreviewCell[][] {
  const layout = { ...PDFMAKE_DEFAULT, ...(node.layout ? HANDOUT_TABLE_LAYOUTS[node.layout] : {}) };
  const shape = node as unknown as { table: { body: unknown[][]; widths?: unknown[] } };
  const { body, widths, heights } = node.table;
  return body.map((row, r) => {
    const cells: PreviewCell[] = [];
    for (let c = 0; c < row.length;) {
      const content = row[c]!;
      const own = typeof content === 'object' && !Array.isArray(content) ? content : undefined;
      const colSpan = Math.max(1, own?.colSpan ?? 1);
      const last = c + colSpan;
      const fill = own?.fillColor ?? layout.fillColor?.(r, shape, c) ?? undefined;
      const style: CssProperties = {
        'border-top': rule(layout.hLineWidth(r, shape), layout.hLineColor(r, shape)),
        'border-bottom': rule(layout.hLineWidth(r + 1, shape), layout.hLineColor(r + 1, shape)),
        'border-left': rule(layout.vLineWidth(c, shape), layout.vLineColor(c, shape)),
        'border-right': rule(layout.vLineWidth(last, shape), layout.vLineColor(last, shape)),
        padding: `${layout.paddingTop(r, shape)}pt ${layout.paddingRight(last - 1, shape)}pt ${layout.paddingBottom(r, shape)}pt ${layout.paddingLeft(c, shape)}pt`,
      };
      if (fill) style['background-color'] = fill;
      const width = colSpan === 1 ? widthCss(widths?.[c]) : undefined;
      if (width) style['width'] = width;
      const height = heights?.[r];
      if (height !== undefined) style['height'] = `${height}pt`;
      cells.push({ content, colSpan, css: style });
      c = last;
    }
    return cells;
  });
}
