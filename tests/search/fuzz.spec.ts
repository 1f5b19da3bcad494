import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../src/core/search/search-engine';
import { loadBundledKnowledgeBase } from '../support/bundled-knowledge-base';
import { random, randomQuery } from './random-queries';

// How fast each search is, is measured by `npm run bench -- search` (its fuzz row), not here.
describe('search fuzz: any input returns a result and never throws', async () => {
  const engine = SearchEngine.fromKnowledgeBase(await loadBundledKnowledgeBase());

  // A sweep of 1,000 searches, some of 10,000 characters: seconds on two busy cores.
  it('1,000 random strings', { timeout: 60_000 }, () => {
    const next = random(20261122);
    for (let i = 0; i < 1000; i++) {
      const found = engine.search(randomQuery(next));
      expect(Array.isArray(found.hits)).toBe(true);
      for (const hit of found.hits.slice(0, 3)) expect(Array.isArray(engine.snippet(hit, found.plan))).toBe(true);
    }
  });
});
