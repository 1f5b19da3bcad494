import type { QueryPlan } from './query-plan';
import { normalize, stem } from './text-analysis';

/** A piece of snippet text; `match` pieces are the words the query matched. Never HTML. */
export interface SnippetPiece {
  text: string;
  match: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

function matcher(plan: QueryPlan): (word: string) => boolean {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const clause of plan.clauses) {
    for (const alt of clause.alternatives) {
      for (const term of alt.terms) (alt.kind === 'prefix' ? prefixes : []).push(term), exact.add(term);
    }
  }
  return (word) => {
    const raw = normalize(word).replace(/['’]/g, '');
    if (exact.has(raw) || exact.has(stem(raw))) return true;
    return prefixes.some((p) => raw.startsWith(p));
  };
}

/**
 * A window of about `maxWords` words from `text` around the first words the query matched, as
 * plain and matched pieces. The UI renders pieces as text nodes and <mark> elements, so nothing in
 * the knowledge base or the query is ever interpreted as HTML.
 */
export function buildSnippet(text: string, plan: QueryPlan, maxWords = 28): SnippetPiece[] {
  const isMatch = matcher(plan);
  const spans: { start: number; end: number; match: boolean }[] = [];
  for (const m of text.matchAll(WORD)) spans.push({ start: m.index, end: m.index + m[0].length, match: isMatch(m[0]) });
  if (spans.length === 0) return [];
  const first = Math.max(0, spans.findIndex((s) => s.match));
  const from = Math.max(0, Math.min(first - 6, spans.length - maxWords));
  const to = Math.min(spans.length, from + maxWords);

  const pieces: SnippetPiece[] = [];
  let cursor = spans[from]!.start;
  if (from > 0) pieces.push({ text: '… ', match: false });
  for (let i = from; i < to; i++) {
    const span = spans[i]!;
    if (!span.match) continue;
    if (span.start > cursor) pieces.push({ text: text.slice(cursor, span.start), match: false });
    pieces.push({ text: text.slice(span.start, span.end), match: true });
    cursor = span.end;
  }
  const end = spans[to - 1]!.end;
  if (end > cursor) pieces.push({ text: text.slice(cursor, end), match: false });
  if (to < spans.length) pieces.push({ text: ' …', match: false });
  return pieces.map((p) => ({ ...p, text: p.text.replace(/\s+/g, ' ') }));
}
