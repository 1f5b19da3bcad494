import { describe, expect, it } from 'vitest';
import { renderExerciseFigure } from '../../figures';
import { loadBundledKnowledgeBase } from '../../../../tests/support/bundled-knowledge-base';
import type { HandoutDocumentDefinition } from './build-handout-document';
import { pageFooterContent } from './page-footer';
import type { PdfContent, PdfDynamicContent } from './pdfmake-types';
import { toPdfmakeDocument } from './to-pdfmake-document';

const definition: HandoutDocumentDefinition = {
  content: ['Hello'],
  pageFooter: {
    left: 'Zoë · 2 March 2026',
    right: 'Page {page} of {pages}',
    fontSize: 8,
    color: '#555',
    lineColor: '#ccc',
    ruleWidth: 500,
    margin: [48, 18, 48, 0],
  },
};

describe('toPdfmakeDocument', () => {
  it('turns the footer data into pdfmake’s per-page footer function', () => {
    const { footer, ...rest } = toPdfmakeDocument(definition);
    expect(rest).toEqual({ content: ['Hello'] });
    expect(typeof footer).toBe('function');
    const page2 = JSON.stringify((footer as PdfDynamicContent)(2, 5, { width: 595, height: 842 }));
    expect(page2).toContain('Page 2 of 5');
    expect(page2).toContain('Zoë · 2 March 2026');
    expect(pageFooterContent(definition.pageFooter, 1, 1)).toEqual(
      (footer as PdfDynamicContent)(1, 1, { width: 1, height: 1 }),
    );
  });

  it('passes plain pdfmake definitions through', () => {
    const plain = { content: 'x' };
    expect(toPdfmakeDocument(plain)).toBe(plain);
  });
});

const kb = await (async () => {
  return loadBundledKnowledgeBase();
})();

describe('toPdfmakeDocument: figures', () => {
  const ours = renderExerciseFigure(
    kb.figures.find((f) => f.id === 'clamshell')!,
    { palette: 'print' },
  );
  const foreign =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" width="10" height="10"><rect x="1" y="1" width="8" height="8" fill="#000"/></svg>';

  it('draws our framed figures as vector outlines, wherever they sit, and leaves other SVG to pdfmake', () => {
    const framed = (svg: string): PdfContent => ({
      table: { widths: [80], heights: [80], body: [[{ svg, fit: [80, 80], alignment: 'center' }]] },
      layout: 'figureFrame',
    });
    const { content } = toPdfmakeDocument({
      ...definition,
      content: [{ stack: [framed(ours), { columns: [framed(foreign)] }] }],
    });
    const [ourCell, foreignCell] = [...JSON.stringify(content).matchAll(/"body":\[\[(\{.*?\})\]\]/g)].map(
      (m) => JSON.parse(m[1]!) as Record<string, unknown>,
    );
    expect(ourCell).toMatchObject({ alignment: 'center' });
    expect(ourCell).not.toHaveProperty('svg');
    const canvas = ourCell!['canvas'] as { type: string; points: { x: number; y: number }[] }[];
    expect(canvas.length).toBeGreaterThan(20);
    expect(
      canvas.every(
        (v) => v.type === 'polyline' && v.points.every((p) => p.x >= -2 && p.x <= 82 && p.y >= -2 && p.y <= 82),
      ),
    ).toBe(true);
    expect(foreignCell).toEqual({ svg: foreign, fit: [80, 80], alignment: 'center' });
  });
});
