import { describe, expect, it } from 'vitest';
import type { HandoutDocumentDefinition } from './build-handout-document';
import { pageFooterContent } from './page-footer';
import type { PdfDynamicContent } from './pdfmake-types';
import { toPdfmakeDocument } from './to-pdfmake-document';

const definition: HandoutDocumentDefinition = {
  content: ['Hello'],
  pageFooter: { left: 'Zoë · 2 March 2026', right: 'Page {page} of {pages}', fontSize: 8, color: '#555', lineColor: '#ccc', ruleWidth: 500, margin: [48, 18, 48, 0] },
};

describe('toPdfmakeDocument', () => {
  it('turns the footer data into pdfmake’s per-page footer function', () => {
    const { footer, ...rest } = toPdfmakeDocument(definition);
    expect(rest).toEqual({ content: ['Hello'] });
    expect(typeof footer).toBe('function');
    const page2 = JSON.stringify((footer as PdfDynamicContent)(2, 5, { width: 595, height: 842 }));
    expect(page2).toContain('Page 2 of 5');
    expect(page2).toContain('Zoë · 2 March 2026');
    expect(pageFooterContent(definition.pageFooter, 1, 1)).toEqual((footer as PdfDynamicContent)(1, 1, { width: 1, height: 1 }));
  });

  it('passes plain pdfmake definitions through', () => {
    const plain = { content: 'x' };
    expect(toPdfmakeDocument(plain)).toBe(plain);
  });
});
