import { describe, expect, it } from 'vitest';
import { loadBundledKnowledgeBase } from '../../../tests/support/bundled-knowledge-base';
import { compareNames } from './compare-names';

const collator = new Intl.Collator('en');

describe('compareNames', () => {
  it('orders letters case-insensitively and breaks ties by case', () => {
    expect(['banded walk', 'Bridge', 'Adductor squeeze', 'bridge'].toSorted(compareNames)).toEqual([
      'Adductor squeeze',
      'banded walk',
      'Bridge',
      'bridge',
    ]);
    expect(compareNames('Hip', 'Hip')).toBe(0);
    expect(compareNames('Hip', 'Hip flexor strain')).toBeLessThan(0);
  });

  // A sweep of every name in the knowledge base and every command title.
  it('puts every knowledge-base list in the same order as an English collator', { timeout: 30_000 }, async () => {
    const kb = await loadBundledKnowledgeBase();
    const lists = { conditions: kb.conditions, exercises: kb.exercises, topics: kb.topics, redFlags: kb.redFlags };
    for (const [list, items] of Object.entries(lists)) {
      const names = items.map((item) => item.name);
      expect(names.toSorted(compareNames), list).toEqual(names.toSorted(collator.compare));
    }
  });
});
