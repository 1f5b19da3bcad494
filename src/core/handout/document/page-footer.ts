/**
 * The footer printed on every page: patient and date on the left, "Page x of y" on the right.
 * pdfmake needs a function for per-page content, and functions cannot be cloned into a worker,
 * so the document definition carries this data and `toPdfmakeDocument` makes the function at
 * render time.
 */
import type { PdfContent, PdfMargins } from './pdfmake-types';

export interface PageFooterSpec {
  left: string;
  /** With {page} and {pages} placeholders, e.g. "Page {page} of {pages}". */
  right: string;
  fontSize: number;
  color: string;
  lineColor: string;
  /** Width of the rule above the footer: the page's content width. */
  ruleWidth: number;
  margin: PdfMargins;
}

export function pageFooterContent(spec: PageFooterSpec, page: number, pages: number): PdfContent {
  return {
    margin: spec.margin,
    stack: [
      {
        canvas: [{ type: 'line', x1: 0, y1: 0, x2: spec.ruleWidth, y2: 0, lineWidth: 0.5, lineColor: spec.lineColor }],
      },
      {
        margin: [0, 5, 0, 0],
        fontSize: spec.fontSize,
        color: spec.color,
        columns: [
          { text: spec.left, width: '*' },
          {
            text: spec.right.replace('{page}', String(page)).replace('{pages}', String(pages)),
            width: 'auto',
            alignment: 'right',
          },
        ],
      },
    ],
  };
}
