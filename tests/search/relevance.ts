import type { RelevanceCase } from './relevance-queries';

export interface RelevanceOutcome {
  query: string;
  passed: boolean;
  top1: boolean;
  top3: boolean;
  got: string[];
}

/** Scores one engine's ranked ids against a case: top-1 and top-3 as the case defines them. */
export function judge(c: RelevanceCase, ranked: readonly string[]): RelevanceOutcome {
  const first3 = ranked.slice(0, 3);
  const wanted = c.top1 ? [c.top1] : (c.top3 ?? []);
  const top1 = wanted.includes(ranked[0] ?? '');
  const top3 = first3.some((id) => wanted.includes(id));
  return { query: c.query, passed: c.top1 ? top1 : top3, top1, top3, got: first3 };
}
