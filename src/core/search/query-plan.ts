import type { SynonymTable } from './synonyms';
import { analyze, stem } from './text-analysis';
import type { Vocabulary } from './vocabulary';

/** Longer queries are cut here: nobody types more, and it bounds the work per keystroke. */
export const MAX_QUERY_CHARS = 256;
const MAX_WORDS = 10;
const MAX_WORD_CHARS = 40;
/** No clinical word is longer; longer strings are not worth correcting. */
const MAX_CORRECTABLE_CHARS = 24;
const COMPLETIONS = 4;
const CORRECTIONS = 3;

export type AlternativeKind = 'exact' | 'synonym' | 'prefix' | 'typo';

/** One way a clause can match: all of `terms` (a phrase) in one document. */
export interface Alternative {
  terms: string[];
  kind: AlternativeKind;
  /** How much a match through this alternative counts, 0-1. */
  weight: number;
}

/** One thing the user asked for: a word, or a phrase recognised as a synonym. */
export interface Clause {
  text: string;
  alternatives: Alternative[];
}

export interface QueryPlan {
  clauses: Clause[];
  /** Words that matched nothing, even with typo tolerance. */
  unmatched: string[];
  /** Typos we corrected, for "showing results for…". */
  corrections: { from: string; to: string }[];
}

const WEIGHT = { exact: 1, synonym: 0.9, prefixLast: 0.85, prefix: 0.7, typo1: 0.65, typo2: 0.45 } as const;

function addAlternative(list: Alternative[], alt: Alternative): void {
  const key = alt.terms.join(' ');
  const existing = list.find((a) => a.terms.join(' ') === key);
  if (!existing) list.push(alt);
  else if (existing.weight < alt.weight) Object.assign(existing, alt);
}

/**
 * Turns what the user typed into clauses with weighted alternatives: exact words, synonyms from
 * the knowledge base, completions of the word being typed, and typo corrections for words of five
 * letters or more that match nothing.
 */
export function planQuery(query: string, vocabulary: Vocabulary, synonyms: SynonymTable): QueryPlan {
  const typed = query.slice(0, MAX_QUERY_CHARS);
  // A trailing space means the last word is finished; otherwise it may still be growing.
  const lastIsPartial = !/\s$/.test(typed);
  const words = analyze(typed)
    .filter((w) => w.raw.length <= MAX_WORD_CHARS)
    .slice(0, MAX_WORDS);
  const stems = words.map((w) => w.stem);
  const plan: QueryPlan = { clauses: [], unmatched: [], corrections: [] };

  for (let i = 0; i < words.length;) {
    const phrase = synonyms.matchAt(stems, i);
    if (phrase && phrase.length > 1) {
      const alternatives: Alternative[] = [];
      for (const terms of synonyms.terms(phrase.group)) {
        const isTyped = terms.join(' ') === stems.slice(i, i + phrase.length).join(' ');
        if (terms.every((t) => vocabulary.has(t)))
          addAlternative(alternatives, {
            terms,
            kind: isTyped ? 'exact' : 'synonym',
            weight: isTyped ? WEIGHT.exact : WEIGHT.synonym,
          });
      }
      plan.clauses.push({
        text: words
          .slice(i, i + phrase.length)
          .map((w) => w.raw)
          .join(' '),
        alternatives,
      });
      i += phrase.length;
      continue;
    }

    const word = words[i]!;
    const isLast = i === words.length - 1;
    const alternatives: Alternative[] = [];
    // Every document holding the raw word also holds its stem, so the stem alone finds them all.
    const exact = vocabulary.has(word.stem) ? word.stem : vocabulary.has(word.raw) ? word.raw : undefined;
    if (exact) addAlternative(alternatives, { terms: [exact], kind: 'exact', weight: WEIGHT.exact });
    if (phrase) {
      for (const terms of synonyms.terms(phrase.group)) {
        if (terms.every((t) => vocabulary.has(t)))
          addAlternative(alternatives, { terms, kind: 'synonym', weight: WEIGHT.synonym });
      }
    }
    if ((isLast && lastIsPartial) || alternatives.length === 0) {
      for (const c of vocabulary.completions(word.raw, COMPLETIONS + 2)) {
        // "sides" adds nothing to "side": skip completions whose stem is already an alternative.
        if (alternatives.length > COMPLETIONS || alternatives.some((a) => a.terms[0] === stem(c.term))) continue;
        addAlternative(alternatives, {
          terms: [c.term],
          kind: 'prefix',
          weight: isLast ? WEIGHT.prefixLast : WEIGHT.prefix,
        });
      }
    }
    if (
      alternatives.length === 0 &&
      word.raw.length >= 5 &&
      word.raw.length <= MAX_CORRECTABLE_CHARS &&
      /^\p{L}+$/u.test(word.raw)
    ) {
      const maxDistance = word.raw.length >= 6 ? 2 : 1;
      const found = vocabulary.corrections([...new Set([word.raw, word.stem])], maxDistance, CORRECTIONS);
      for (const c of found)
        addAlternative(alternatives, {
          terms: [c.term],
          kind: 'typo',
          weight: c.distance === 1 ? WEIGHT.typo1 : WEIGHT.typo2,
        });
      if (found[0]) plan.corrections.push({ from: word.raw, to: found[0].term });
    }
    if (alternatives.length === 0) plan.unmatched.push(word.raw);
    else plan.clauses.push({ text: word.raw, alternatives });
    i += 1;
  }
  return plan;
}
