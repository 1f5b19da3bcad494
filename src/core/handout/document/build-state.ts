import type { Handout } from '../handout';
import { estimateHeight, type EstimateContext } from './estimate-height';
import type { HandoutDocumentContext } from './handout-document-context';
import { handoutStyles, typeScale, type HandoutTypeScale } from './handout-styles';
import type { PdfContent } from './pdfmake-types';

/** Page sizes in points (pdfmake's A4 and LETTER). */
export const PAGE_SIZES = {
  A4: { width: 595.28, height: 841.89 },
  Letter: { width: 612, height: 792 },
} as const;

/** Left, top, right, bottom; the bottom margin holds the footer. */
export const PAGE_MARGINS: [number, number, number, number] = [48, 44, 48, 60];

/** Content that may fill at most this share of a page is kept on one page. */
const KEEP_TOGETHER_SHARE = 0.9;

/** What every section builder needs to know about the handout being built. */
export interface BuildState {
  handout: Handout;
  context: HandoutDocumentContext;
  type: HandoutTypeScale;
  /** Width between the page margins, in points. */
  contentWidth: number;
  /** Height between the page margins, in points. */
  contentHeight: number;
  estimate: EstimateContext;
}

export function createBuildState(handout: Handout, context: HandoutDocumentContext): BuildState {
  const page = PAGE_SIZES[handout.options.paperSize];
  return {
    handout,
    context,
    type: typeScale(handout.options.largePrint),
    contentWidth: page.width - PAGE_MARGINS[0] - PAGE_MARGINS[2],
    contentHeight: page.height - PAGE_MARGINS[1] - PAGE_MARGINS[3],
    estimate: handoutStyles(handout.options.largePrint),
  };
}

/** Whether content surely fits within `share` of a page. */
export function fitsOnPage(state: BuildState, content: PdfContent, share = KEEP_TOGETHER_SHARE): boolean {
  return estimateHeight(content, state.contentWidth, state.estimate) <= state.contentHeight * share;
}

/**
 * Marks content unbreakable (moved whole to the next page rather than split) when it surely fits
 * on a page. pdfmake drops everything past the first page of a taller unbreakable block, so
 * content that might not fit is left free to split instead.
 */
export function keepTogether(state: BuildState, content: PdfContent[], share = KEEP_TOGETHER_SHARE): PdfContent {
  const stack: PdfContent = { stack: content };
  return fitsOnPage(state, stack, share) ? { unbreakable: true, stack: content } : stack;
}
