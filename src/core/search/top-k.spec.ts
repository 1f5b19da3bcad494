import { describe, expect, it } from 'vitest';
import { topK } from './top-k';

/** The reference: sort everything (higher score first, then lower document number) and cut. */
function bySorting(candidates: number[], score: number[], k: number): number[] {
  return [...candidates].sort((a, b) => score[b]! - score[a]! || a - b).slice(0, Math.max(0, k));
}

describe('topK', () => {
  it('returns the k best, best first, breaking ties by document order', () => {
    const score = [1, 5, 3, 5, 0.5, 3];
    expect(topK([0, 1, 2, 3, 4, 5], 6, score, 3)).toEqual([1, 3, 2]);
    expect(topK([5, 4, 3, 2, 1, 0], 6, score, 4)).toEqual([1, 3, 2, 5]);
  });

  it('reads only the first `count` candidates and copes with k = 0 or k above the count', () => {
    const score = [9, 8, 7, 6];
    expect(topK([3, 2, 1, 0], 2, score, 10)).toEqual([2, 3]);
    expect(topK([0, 1], 2, score, 0)).toEqual([]);
  });

  it('agrees with a full sort on random scores with many ties', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 50; round++) {
      const n = 1 + Math.floor(next() * 300);
      const score = Array.from({ length: n }, () => Math.floor(next() * 20));
      const candidates = Array.from({ length: n }, (_, i) => i).sort(() => next() - 0.5);
      const k = Math.floor(next() * 40);
      expect(topK(candidates, n, score, k)).toEqual(bySorting(candidates, score, k));
    }
  });
});
