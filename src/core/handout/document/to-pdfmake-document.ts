import type { HandoutDocumentDefinition } from './build-handout-document';
import { figureCanvas } from './figure-canvas';
import { pageFooterContent } from './page-footer';
import type { PdfContent, TDocumentDefinitions } from './pdfmake-types';

/** The content with every framed figure of ours drawn as vectors (see figure-canvas.ts). */
function withFigureCanvases(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withFigureCanvases);
  if (node === null || typeof node !== 'object') return node;
  const { svg, fit, ...rest } = node as Record<string, unknown>;
  const canvas = typeof svg === 'string' && Array.isArray(fit) ? figureCanvas(svg, fit as [number, number]) : undefined;
  if (canvas) return { ...rest, ...canvas };
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, withFigureCanvases(value)]));
}

/**
 * Turns a definition into what pdfmake takes: the data footer becomes pdfmake's footer function,
 * and the figures become vector drawings. Renderers call this last, after the definition has
 * crossed any worker boundary, and register HANDOUT_TABLE_LAYOUTS with pdfmake. Plain pdfmake
 * definitions pass through unchanged.
 */
export function toPdfmakeDocument(definition: HandoutDocumentDefinition | TDocumentDefinitions): TDocumentDefinitions {
  if (!('pageFooter' in definition)) return definition;
  const { pageFooter, content, ...rest } = definition;
  return {
    ...rest,
    content: withFigureCanvases(content) as PdfContent,
    footer: (page, pages) => pageFooterContent(pageFooter, page, pages),
  };
}
