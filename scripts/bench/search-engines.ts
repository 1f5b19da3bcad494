import Fuse from 'fuse.js';
import MiniSearch, { type Query } from 'minisearch';
import { FIELD_WEIGHTS, SEARCH_FIELDS, type SearchDocument } from '../../src/core/search/search-documents';
import { SearchEngine } from '../../src/core/search/search-engine';
import { SynonymTable } from '../../src/core/search/synonyms';
import { analyze, STOP_WORDS, normalize, stem, words } from '../../src/core/search/text-analysis';

/** One search library behind the same two calls, so the benchmark treats them alike. */
export interface BenchEngine {
  name: string;
  search(query: string): string[];
}

const key = (d: SearchDocument) => `${d.kind}:${d.id}`;

export function buildOurs(documents: readonly SearchDocument[], synonyms: readonly string[][]): BenchEngine {
  const engine = SearchEngine.build(documents, synonyms);
  return { name: 'Stride Atlas (flexsearch)', search: (q) => engine.search(q, { limit: 10 }).hits.map((h) => h.id) };
}

/**
 * MiniSearch configured as well as we know how: the same fields and weights, our own text analysis
 * (accents, stop words, stems), prefix search, typo tolerance for words of five letters or more,
 * and the knowledge base's synonyms expanded into the query.
 */
export function buildMiniSearch(documents: readonly SearchDocument[], synonymGroups: readonly string[][]): BenchEngine {
  const mini = new MiniSearch<{ key: string } & Record<string, string>>({
    idField: 'key',
    fields: [...SEARCH_FIELDS],
    storeFields: [],
    tokenize: (text) => words(normalize(text)),
    processTerm: (term) => (STOP_WORDS.has(term) ? null : stem(term)),
    searchOptions: {
      boost: Object.fromEntries(SEARCH_FIELDS.map((f) => [f, FIELD_WEIGHTS[f]])),
      prefix: true,
      fuzzy: (term) => (term.length >= 6 ? 2 : term.length >= 5 ? 1 : false),
      combineWith: 'OR',
    },
  });
  mini.addAll(documents.map((d) => ({ key: key(d), ...d.fields() })));
  const table = SynonymTable.fromTerms(synonymGroups);
  const ids = new Map(documents.map((d) => [key(d), d.id]));
  return {
    name: 'MiniSearch',
    search: (q) => {
      const stems = analyze(q).map((w) => w.stem);
      const extra: string[] = [];
      for (let i = 0; i < stems.length; i++) {
        const match = table.matchAt(stems, i);
        if (match) for (const terms of table.terms(match.group)) extra.push(terms.join(' '));
      }
      const query: Query = extra.length ? { combineWith: 'OR', queries: [q, ...extra] } : q;
      return mini
        .search(query)
        .slice(0, 10)
        .map((r) => ids.get(String(r.id))!);
    },
  };
}

/** Fuse.js with weighted keys and location ignored (the texts are long). */
export function buildFuse(documents: readonly SearchDocument[]): BenchEngine {
  const fuse = new Fuse(
    documents.map((d) => ({ id: d.id, ...d.fields() })),
    {
      keys: SEARCH_FIELDS.map((f) => ({ name: f, weight: FIELD_WEIGHTS[f] })),
      threshold: 0.35,
      ignoreLocation: true,
      includeScore: true,
    },
  );
  return { name: 'Fuse.js', search: (q) => fuse.search(q, { limit: 10 }).map((r) => r.item.id) };
}
