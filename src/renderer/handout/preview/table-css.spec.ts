import { describe, expect, it } from 'vitest';
import { COLORS } from '../../../core/handout/document/handout-styles';
import type { PdfTable } from '../../../core/handout/document/pdfmake-types';
import { tableCells, tableSpansWidth } from './table-css';

describe('tableCells', () => {
  it('draws a named layout as the PDF does: the dosage box’s accent bar, tint and padding', () => {
    const node: PdfTable = {
      table: {
        widths: ['auto', '*'],
        body: [
          ['Do', '3 sets'],
          ['Side', 'Left side only'],
        ],
      },
      layout: 'dosageBox',
    };
    const [first, second] = tableCells(node);
    expect(first![0]!.css).toMatchObject({
      'border-left': `3pt solid ${COLORS.accent}`,
      'border-right': 'none',
      'background-color': COLORS.accentLight,
      width: '1%',
    });
    expect(first![0]!.css['padding']).toBe('2.5pt 6pt 2.5pt 8pt');
    expect(second![1]!.css).toMatchObject({ 'border-left': 'none', 'border-top': 'none' });
    expect(tableSpansWidth(node)).toBe(true);
  });

  it('uses pdfmake’s default black rules without a layout, and skips cells covered by a column span', () => {
    const node: PdfTable = {
      table: {
        widths: [40, 60],
        body: [
          [{ text: 'wide', colSpan: 2 }, ''],
          ['a', 'b'],
        ],
      },
    };
    const [spanned, plain] = tableCells(node);
    expect(spanned).toHaveLength(1);
    expect(spanned![0]!.colSpan).toBe(2);
    expect(plain![1]!.css).toMatchObject({ 'border-top': '1pt solid black', width: '60pt' });
    expect(tableSpansWidth(node)).toBe(false);
  });
});
