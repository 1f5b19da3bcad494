import { describe, expect, it } from 'vitest';
import { numberCitations } from './citation-numbers';

describe('numberCitations', () => {
  it('numbers sources in the order the page first cites them', () => {
    const numbers = numberCitations([['b', 'a'], ['c'], ['a', 'd']]);
    expect(numbers.order).toEqual(['b', 'a', 'c', 'd']);
    expect(['a', 'b', 'c', 'd'].map((id) => numbers.numberOf(id))).toEqual([2, 1, 3, 4]);
  });

  it('keeps the first number when a source is cited again, even within one statement', () => {
    const numbers = numberCitations([['a', 'a'], ['b'], ['a']]);
    expect(numbers.order).toEqual(['a', 'b']);
    expect(numbers.numberOf('a')).toBe(1);
  });

  it('gives no number to a source the page does not cite', () => {
    const numbers = numberCitations([['a']]);
    expect(numbers.numberOf('z')).toBeUndefined();
    expect(numberCitations([]).order).toEqual([]);
  });
});
