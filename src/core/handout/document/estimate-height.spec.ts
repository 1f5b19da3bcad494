import { describe, expect, it } from 'vitest';
import { estimateHeight, textWidth } from './estimate-height';
import { handoutStyles } from './handout-styles';

const ctx = handoutStyles(false);
const line = 10.5 * 1.25 * 1.172 * 1.06; // body size × line height × Roboto's line box × safety

describe('estimateHeight', () => {
  it('counts wrapped lines of text by word', () => {
    expect(estimateHeight('Short.', 500, ctx)).toBeCloseTo(line, 1);
    const words = Array.from({ length: 60 }, () => 'word').join(' ');
    expect(estimateHeight(words, 100, ctx)).toBeGreaterThan(10 * line);
    expect(estimateHeight('one\ntwo\nthree', 500, ctx)).toBeCloseTo(3 * line, 1);
  });

  it('adds stacks, takes the tallest column, and includes margins and fixed-size figures', () => {
    expect(estimateHeight({ stack: ['a', 'b'] }, 500, ctx)).toBeCloseTo(2 * line, 1);
    expect(estimateHeight({ columns: ['a', { stack: ['a', 'b', 'c'] }] }, 500, ctx)).toBeCloseTo(3 * line, 1);
    expect(estimateHeight({ text: 'a', margin: [0, 10, 0, 10] }, 500, ctx)).toBeCloseTo(line + 20 * 1.06, 1);
    expect(estimateHeight({ svg: '<svg/>', fit: [80, 80] }, 500, ctx)).toBeCloseTo(80 * 1.06, 1);
  });

  it('wraps table cells within their columns, with the layout’s padding', () => {
    const body = [['Label', Array.from({ length: 40 }, () => 'word').join(' ')]];
    const narrow = estimateHeight({ table: { widths: ['auto', '*'], body }, layout: 'dosageBox' }, 200, ctx);
    const wide = estimateHeight({ table: { widths: ['auto', '*'], body }, layout: 'dosageBox' }, 500, ctx);
    expect(narrow).toBeGreaterThan(wide);
  });

  it('measures wide letters as wider than narrow ones', () => {
    expect(textWidth('WWWW', 10)).toBeGreaterThan(textWidth('iiii', 10));
    expect(textWidth('short\na much longer line', 10)).toBe(textWidth('a much longer line', 10));
  });
});
