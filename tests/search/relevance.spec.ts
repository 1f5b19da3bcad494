import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../src/core/search/search-engine';
import { loadBundledKnowledgeBase } from '../support/bundled-knowledge-base';
import { judge } from './relevance';
import { RELEVANCE_CASES } from './relevance-queries';

describe('search relevance: what a physio types finds the right page', async () => {
  const engine = SearchEngine.fromKnowledgeBase(await loadBundledKnowledgeBase());
  const outcomes = RELEVANCE_CASES.map((c) =>
    judge(
      c,
      engine.search(c.query, { limit: 3 }).hits.map((h) => h.id),
    ),
  );

  it('has at least 60 queries of every type', () => {
    expect(RELEVANCE_CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(RELEVANCE_CASES.map((c) => c.type)).size).toBe(7);
  });

  it.each(RELEVANCE_CASES.map((c, i) => [c.query, c, outcomes[i]!] as const))('"%s"', (_q, c, outcome) => {
    const wanted = c.top1 ? `first: ${c.top1}` : `in the top 3, one of: ${c.top3?.join(', ')}`;
    expect(outcome.passed, `wanted ${wanted}; got ${outcome.got.join(', ') || 'nothing'}`).toBe(true);
  });

  it('reports the rates', () => {
    const top1 = outcomes.filter((o) => o.top1).length / outcomes.length;
    const top3 = outcomes.filter((o) => o.top3).length / outcomes.length;
    console.log(
      `[search relevance] ${outcomes.length} queries: top-1 ${(top1 * 100).toFixed(1)}%, top-3 ${(top3 * 100).toFixed(1)}%`,
    );
    expect(top3).toBe(1);
  });
});
