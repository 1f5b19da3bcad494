import type { HandoutDocumentDefinition } from './build-handout-document';
import { pageFooterContent } from './page-footer';
import type { TDocumentDefinitions } from './pdfmake-types';

/**
 * Turns a definition into what pdfmake takes: the data footer becomes pdfmake's footer function.
 * Renderers call this last, after the definition has crossed any worker boundary, and register
 * HANDOUT_TABLE_LAYOUTS with pdfmake. Plain pdfmake definitions pass through unchanged.
 */
export function toPdfmakeDocument(definition: HandoutDocumentDefinition | TDocumentDefinitions): TDocumentDefinitions {
  if (!('pageFooter' in definition)) return definition;
  const { pageFooter, ...rest } = definition;
  return { ...rest, footer: (page, pages) => pageFooterContent(pageFooter, page, pages) };
}
