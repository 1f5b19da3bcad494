import type { AlternativeKind, QueryPlan } from './query-plan';
import { normalize, stem } from './text-analysis';

/** A piece of snippet text; `match` pieces are the words the query matched. Never HTML. */
export interface SnippetPiece {
  text: string;
  match: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** How much a matched word says about the query: what was typed beats what we expanded it to. */
const KIND_WEIGHT: Readonly<Record<AlternativeKind, number>> = { exact: 3, typo: 3, prefix: 2, synonym: 1 };

/** For a word of the text: the term it matched and how much it counts, or undefined. */
type Matcher = (word: string) => { term: string; weight: number } | undefined;

function matcher(plan: QueryPlan): Matcher {
  const exact = new Map<string, number>();
  const prefixes: { term: string; weight: number }[] = [];
  for (const clause of plan.clauses) {
    for (const alt of clause.alternatives) {
      const weight = KIND_WEIGHT[alt.kind];
      for (const term of alt.terms) {
        exact.set(term, Math.max(exact.get(term) ?? 0, weight));
        if (alt.kind === 'prefix') prefixes.push({ term, weight });
      }
    }
  }
  return (word) => {
    const raw = normalize(word).replace(/['’]/g, '');
    for (const term of [raw, stem(raw)]) {
      const weight = exact.get(term);
      if (weight !== undefined) return { term, weight };
    }
    return prefixes.find((p) => raw.startsWith(p.term));
  };
}

interface Span {
  start: number;
  end: number;
  match: { term: string; weight: number } | undefined;
}

/**
 * The first word of the best window of `size` words: the one whose distinct matched terms weigh
 * most (the earliest such window), so the snippet shows the typed words together if any passage
 * holds them, rather than the first mention of one synonym.
 */
function bestWindowStart(spans: readonly Span[], size: number): number {
  const inWindow = new Map<string, number>();
  let weight = 0;
  const enter = (span: Span) => {
    if (!span.match) return;
    const n = inWindow.get(span.match.term) ?? 0;
    if (n === 0) weight += span.match.weight;
    inWindow.set(span.match.term, n + 1);
  };
  const leave = (span: Span) => {
    if (!span.match) return;
    const n = inWindow.get(span.match.term)!;
    if (n === 1) weight -= span.match.weight;
    inWindow.set(span.match.term, n - 1);
  };
  for (let i = 0; i < Math.min(size, spans.length); i++) enter(spans[i]!);
  let best = 0;
  let bestWeight = weight;
  for (let from = 1; from + size <= spans.length; from++) {
    leave(spans[from - 1]!);
    enter(spans[from + size - 1]!);
    if (weight > bestWeight) {
      best = from;
      bestWeight = weight;
    }
  }
  return best;
}

/** How many words of context to show before the first match of the window. */
const LEAD_IN = 6;

/**
 * A window of about `maxWords` words from `text` where the query's words are, as plain and
 * matched pieces. The UI renders pieces as text nodes and <mark> elements, so nothing in the
 * knowledge base or the query is ever interpreted as HTML.
 */
export function buildSnippet(text: string, plan: QueryPlan, maxWords = 28): SnippetPiece[] {
  const match = matcher(plan);
  const spans: Span[] = [];
  for (const m of text.matchAll(WORD)) spans.push({ start: m.index, end: m.index + m[0].length, match: match(m[0]) });
  if (spans.length === 0) return [];
  // Start a little before the window's first match, for context, unless that would cut its last.
  const windowStart = bestWindowStart(spans, maxWords);
  const windowEnd = Math.min(spans.length, windowStart + maxWords);
  let firstMatch = -1;
  let lastMatch = -1;
  for (let i = windowStart; i < windowEnd; i++) {
    if (!spans[i]!.match) continue;
    if (firstMatch < 0) firstMatch = i;
    lastMatch = i;
  }
  const leadIn = firstMatch < 0 ? 0 : Math.max(firstMatch - LEAD_IN, lastMatch - maxWords + 1);
  const from = Math.max(0, Math.min(leadIn, spans.length - maxWords));
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
