/**
 * The preview's pages. pdfmake decides page breaks while it lays out the PDF; the preview
 * approximates them with the same height estimate the document builder uses to keep blocks
 * together: a top-level block that does not fit in what is left of a page starts the next one.
 * The estimate errs on the tall side, so a preview page never holds more than the PDF's.
 */
import type { HandoutDocumentDefinition } from '../../../core/handout/document/build-handout-document';
import { estimateHeight } from '../../../core/handout/document/estimate-height';
import type { PdfContent, PdfMargins, PdfPageSize } from '../../../core/handout/document/pdfmake-types';

/** pdfmake's page sizes in points. */
const PAGE_SIZES: Record<'A4' | 'LETTER', PdfPageSize> = {
  A4: { width: 595.28, height: 841.89 },
  LETTER: { width: 612, height: 792 },
};

export interface PreviewLayout {
  size: PdfPageSize;
  /** Left, top, right, bottom, in points. */
  margins: [number, number, number, number];
  pages: PdfContent[][];
}

function margins(margin: PdfMargins | undefined): [number, number, number, number] {
  if (margin === undefined) return [40, 40, 40, 40];
  if (typeof margin === 'number') return [margin, margin, margin, margin];
  return margin.length === 2 ? [margin[0], margin[1], margin[0], margin[1]] : margin;
}

/** Nested arrays at the top of the content are just sequences of blocks. */
function blocks(content: PdfContent): PdfContent[] {
  return Array.isArray(content) ? content.flatMap(blocks) : [content];
}

export function layoutPages(definition: HandoutDocumentDefinition): PreviewLayout {
  const size = typeof definition.pageSize === 'object' ? definition.pageSize : PAGE_SIZES[definition.pageSize ?? 'A4'];
  const m = margins(definition.pageMargins);
  const width = size.width - m[0] - m[2];
  const height = size.height - m[1] - m[3];
  const ctx = { styles: definition.styles ?? {}, defaultStyle: definition.defaultStyle ?? {} };
  const pages: PdfContent[][] = [[]];
  let used = 0;
  for (const block of blocks(definition.content)) {
    const h = estimateHeight(block, width, ctx);
    const page = pages.at(-1)!;
    const forced = typeof block === 'object' && !Array.isArray(block) && block.pageBreak === 'before';
    if (page.length > 0 && (forced || used + h > height)) {
      pages.push([block]);
      used = h;
    } else {
      page.push(block);
      used += h;
    }
  }
  return { size, margins: m, pages };
}
