import { Document } from 'flexsearch';
import type { ItemKind, KnowledgeBase } from '../kb/knowledge-base';
import { planQuery, type Alternative, type QueryPlan } from './query-plan';
import { FIELD_WEIGHTS, SEARCH_FIELDS, searchDocumentsFromKb, TAG_NAMES, type SearchDocument, type SearchField, type TagName } from './search-documents';
import { buildSnippet, type SnippetPiece } from './snippet';
import { SynonymTable } from './synonyms';
import { indexTerms, normalize, words } from './text-analysis';
import { Vocabulary } from './vocabulary';

export interface SearchFilters {
  kinds?: readonly ItemKind[];
  regions?: readonly string[];
  equipment?: readonly string[];
  phases?: readonly string[];
}

export interface SearchOptions {
  limit?: number;
  filters?: SearchFilters;
}

export interface SearchHit {
  /** Position of the document in `engine.documents`. */
  doc: number;
  kind: ItemKind;
  id: string;
  title: string;
  score: number;
}

export interface SearchGroup {
  kind: ItemKind;
  count: number;
}

export interface SearchSuggestion {
  kind: ItemKind;
  id: string;
  title: string;
}

export interface SearchResult {
  query: string;
  plan: QueryPlan;
  hits: SearchHit[];
  /** Matches before the limit, per kind, in the order of their best hit. */
  groups: SearchGroup[];
  total: number;
  /** When nothing matched: the items whose names are closest to what was typed. */
  suggestions: SearchSuggestion[];
}

/** How much each kind counts when scores are otherwise close: a clinician looks for conditions first. */
const KIND_PRIOR: Readonly<Record<ItemKind, number>> = { condition: 1.1, exercise: 1, topic: 0.95, 'red-flag': 0.9 };
/** Words that say the user is describing symptoms, so conditions should lead. */
const SYMPTOM_WORDS: ReadonlySet<string> = new Set(['pain', 'painful', 'hurt', 'ache', 'aching', 'sore', 'wors', 'click', 'lock', 'catch', 'stiff', 'numb', 'tingl', 'swell', 'sharp', 'throb']);
const SYMPTOM_BOOST: Readonly<Record<ItemKind, number>> = { condition: 1.4, exercise: 1, topic: 1, 'red-flag': 1.15 };
/** A question ("can I run with pain?", "how much sleep") asks for advice more than a diagnosis. */
const QUESTION_START = /^\s*(can|could|should|is|are|how|when|what|why|do|does|which)\b/i;
const QUESTION_BOOST: Readonly<Record<ItemKind, number>> = { condition: 1, exercise: 1, topic: 1.6, 'red-flag': 1 };
const LOOKUP_LIMIT = 5000;

const SNAPSHOT_FORMAT = 1;

/** A prebuilt index: flexsearch's export plus our vocabulary, tied to the documents it indexes. */
export interface SearchIndexSnapshot {
  format: number;
  /** Identifies the documents, in order, so a stale snapshot is never used. */
  documentKeys: string;
  flexsearch: [string, string][];
  frequency: [string, number][];
}

function documentKeys(documents: readonly SearchDocument[]): string {
  return documents.map((d) => `${d.kind}:${d.id}`).join(',');
}

/** What flexsearch stores per document: analysed field text and the tag values. */
type FlexDocument = { id: number } & Record<SearchField, string> & Record<TagName, string[]>;
type FieldResults = { field: SearchField; result: number[] }[];

function bigramSet(text: string): Set<string> {
  const s = ` ${text} `;
  const out = new Set<string>();
  for (let i = 0; i + 2 <= s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}

function dice(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return (2 * shared) / (a.size + b.size || 1);
}

/**
 * Search over the knowledge base: a flexsearch 0.8 Document index (one index per weighted field,
 * plus kind/region/equipment/phase tags) for retrieval, and our own ranking on top: the weights of
 * the fields a word appears in, how rare the word is, how many of the query's words a result
 * matches, the knowledge base's finding weights, and exact-name bonuses.
 */
export class SearchEngine {
  readonly documents: readonly SearchDocument[];
  private readonly index: Document<FlexDocument>;
  private readonly vocabulary: Vocabulary;
  private readonly synonyms: SynonymTable;
  private readonly nameKeys: string[][];
  private nameBigrams: Set<string>[][] | undefined;
  private readonly tagSets: Record<TagName, Set<string>>[];
  // Scratch buffers reused by every search: one keystroke allocates nothing proportional to the corpus.
  private readonly clauseScore: Float64Array;
  private readonly totalScore: Float64Array;
  private readonly matched: Uint8Array;
  private readonly nameMatched: Uint8Array;
  private readonly termSum: Float64Array;
  private readonly termBest: Float64Array;
  private readonly boostsByTerm = new Map<string, Map<number, number>>();

  private constructor(
    documents: readonly SearchDocument[],
    synonymGroups: readonly (readonly string[])[],
    index: Document<FlexDocument>,
    frequency: Map<string, number>,
  ) {
    this.documents = documents;
    this.synonyms = new SynonymTable(synonymGroups);
    this.index = index;
    this.vocabulary = new Vocabulary(frequency);
    documents.forEach((doc, id) => {
      for (const [term, boost] of Object.entries(doc.termBoosts)) {
        const perDoc = this.boostsByTerm.get(term) ?? new Map<number, number>();
        perDoc.set(id, boost);
        this.boostsByTerm.set(term, perDoc);
      }
    });
    this.nameKeys = documents.map((d) => [d.title, ...d.aliases].map((n) => words(normalize(n)).join(' ')));
    this.tagSets = documents.map((d) => Object.fromEntries(TAG_NAMES.map((t) => [t, new Set(d.tags[t])])) as Record<TagName, Set<string>>);
    this.clauseScore = new Float64Array(documents.length);
    this.totalScore = new Float64Array(documents.length);
    this.matched = new Uint8Array(documents.length);
    this.nameMatched = new Uint8Array(documents.length);
    this.termSum = new Float64Array(documents.length);
    this.termBest = new Float64Array(documents.length);
  }

  private static emptyIndex(): Document<FlexDocument> {
    return new Document<FlexDocument>({
      document: {
        id: 'id',
        // Text arrives already analysed (stems and words, space-separated), so the encoder only splits.
        index: SEARCH_FIELDS.map((field) => ({ field, tokenize: 'strict' as const, encode: (s: string) => s.split(' ') })),
        tag: TAG_NAMES.map((field) => ({ field })),
      },
    });
  }

  /** Analyses every document and builds the index (the CLI, tests and the build step do this). */
  static build(documents: readonly SearchDocument[], synonymGroups: readonly (readonly string[])[]): SearchEngine {
    const index = SearchEngine.emptyIndex();
    const frequency = new Map<string, number>();
    documents.forEach((doc, id) => {
      const seen = new Set<string>();
      const analysed = {} as Record<SearchField, string>;
      for (const field of SEARCH_FIELDS) {
        const terms = indexTerms(doc.fields[field]);
        analysed[field] = terms.join(' ');
        for (const t of terms) seen.add(t);
      }
      index.add({ id, ...analysed, ...doc.tags });
      for (const t of seen) frequency.set(t, (frequency.get(t) ?? 0) + 1);
    });
    return new SearchEngine(documents, synonymGroups, index, frequency);
  }

  static fromKnowledgeBase(kb: KnowledgeBase): SearchEngine {
    return SearchEngine.build(searchDocumentsFromKb(kb), kb.synonyms);
  }

  /**
   * Rebuilds an engine from a snapshot made at build time: importing the index is several times
   * faster than analysing every text again, which keeps the renderer's start-up short. A snapshot
   * made from other documents is refused (and the caller builds instead).
   */
  static fromSnapshot(documents: readonly SearchDocument[], synonymGroups: readonly (readonly string[])[], snapshot: SearchIndexSnapshot): SearchEngine | undefined {
    if (snapshot.format !== SNAPSHOT_FORMAT || snapshot.documentKeys !== documentKeys(documents)) return undefined;
    const index = SearchEngine.emptyIndex();
    for (const [key, data] of snapshot.flexsearch) index.import(key, data);
    return new SearchEngine(documents, synonymGroups, index, new Map(snapshot.frequency));
  }

  snapshot(): SearchIndexSnapshot {
    const flexsearch: [string, string][] = [];
    void this.index.export((key: string, data: string) => {
      flexsearch.push([key, data]);
    });
    return { format: SNAPSHOT_FORMAT, documentKeys: documentKeys(this.documents), flexsearch, frequency: [...this.vocabulary.entries()] };
  }

  private matchesFilters(doc: number, filters: SearchFilters | undefined): boolean {
    if (!filters) return true;
    const tags = this.tagSets[doc]!;
    const any = (tag: TagName, wanted: readonly string[] | undefined) => !wanted || wanted.length === 0 || wanted.some((w) => tags[tag].has(w));
    return any('kind', filters.kinds) && any('region', filters.regions) && any('equipment', filters.equipment) && any('phase', filters.phases);
  }

  private fieldResults(term: string): FieldResults {
    return this.index.search(term, { index: SEARCH_FIELDS as unknown as SearchField[], limit: LOOKUP_LIMIT }) as FieldResults;
  }

  /**
   * How strongly each document holds one term: the weight of its best field plus a little for each
   * other field that also mentions it (boosted in the `terms` field by the item's own weight for
   * that term, such as a condition's hallmark finding). Fills `sum`/`best`; returns the documents.
   */
  private termScores(term: string): number[] {
    const sum = this.termSum;
    const best = this.termBest;
    const boosts = this.boostsByTerm.get(term);
    const touched: number[] = [];
    for (const { field, result } of this.fieldResults(term)) {
      const weight = FIELD_WEIGHTS[field];
      const fieldBoosts = field === 'terms' ? boosts : undefined;
      for (let i = 0; i < result.length; i++) {
        const doc = result[i]!;
        const w = fieldBoosts ? weight * (fieldBoosts.get(doc) ?? 1) : weight;
        if (sum[doc] === 0) touched.push(doc);
        sum[doc]! += w;
        if (w > best[doc]!) best[doc] = w;
      }
    }
    return touched;
  }

  /** Adds one alternative's matches to the clause scores; a phrase must match all its words. */
  private scoreAlternative(alt: Alternative, touched: number[]): void {
    const sum = this.termSum;
    const best = this.termBest;
    const clause = this.clauseScore;
    const weight = alt.weight;
    if (alt.terms.length === 1) {
      const docs = this.termScores(alt.terms[0]!);
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i]!;
        const s = (best[doc]! + 0.3 * (sum[doc]! - best[doc]!)) * weight;
        sum[doc] = 0;
        best[doc] = 0;
        if (clause[doc] === 0) touched.push(doc);
        if (s > clause[doc]!) clause[doc] = s;
      }
      return;
    }
    let phrase: Map<number, number> | undefined;
    for (const term of alt.terms) {
      const here = new Map<number, number>();
      for (const doc of this.termScores(term)) {
        const v = best[doc]! + 0.3 * (sum[doc]! - best[doc]!);
        sum[doc] = 0;
        best[doc] = 0;
        if (!phrase || phrase.has(doc)) here.set(doc, phrase ? Math.min(phrase.get(doc)!, v) : v);
      }
      phrase = here;
    }
    for (const [doc, v] of phrase!) {
      const s = v * weight;
      if (clause[doc] === 0) touched.push(doc);
      if (s > clause[doc]!) clause[doc] = s;
    }
  }

  /** Bonus for typing an item's name: exactly, its beginning, or a run of its words. */
  private nameBonus(doc: number, typedName: string): number {
    if (typedName.length === 0) return 0;
    const names = this.nameKeys[doc]!;
    let bonus = 0;
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!;
      if (name === typedName) return 100;
      if (typedName.length >= 3) {
        if (name.startsWith(typedName)) bonus = Math.max(bonus, 30);
        else if (bonus < 15 && ` ${name} `.includes(` ${typedName} `)) bonus = 15;
      }
    }
    return bonus;
  }

  search(query: string, options: SearchOptions = {}): SearchResult {
    const limit = options.limit ?? 50;
    const plan = planQuery(query, this.vocabulary, this.synonyms);
    if (plan.clauses.length === 0) {
      return { query, plan, hits: [], groups: [], total: 0, suggestions: plan.unmatched.length ? this.suggest(query) : [] };
    }
    const n = this.documents.length;
    const candidates: number[] = [];
    for (const clause of plan.clauses) {
      const touched: number[] = [];
      for (const alt of clause.alternatives) this.scoreAlternative(alt, touched);
      // Rare words say more than common ones ("trochanter" over "hip").
      const idf = Math.log(1 + n / (1 + touched.length));
      for (const doc of touched) {
        const s = this.clauseScore[doc]!;
        this.clauseScore[doc] = 0;
        if (this.matched[doc] === 0) candidates.push(doc);
        this.totalScore[doc]! += s * idf;
        this.matched[doc]! += 1;
        if (s >= FIELD_WEIGHTS.name * 0.6) this.nameMatched[doc]! += 1;
      }
    }

    const question = QUESTION_START.test(query);
    const symptomQuery = !question && plan.clauses.some((c) => c.alternatives.some((a) => a.terms.some((t) => SYMPTOM_WORDS.has(t))));
    const typedName = words(normalize(query.slice(0, 256))).join(' ');
    const clauseCount = plan.clauses.length;
    const ranked: SearchHit[] = [];
    for (const doc of candidates) {
      const coverage = this.matched[doc]! / clauseCount;
      let score = this.totalScore[doc]! * (0.3 + 0.7 * coverage * coverage);
      // Only an item whose name holds every typed word can be named by the query.
      const namedByQuery = this.nameMatched[doc] === clauseCount;
      if (namedByQuery) score *= 1.5;
      this.totalScore[doc] = 0;
      this.matched[doc] = 0;
      this.nameMatched[doc] = 0;
      if (!this.matchesFilters(doc, options.filters)) continue;
      if (namedByQuery) score += this.nameBonus(doc, typedName);
      const d = this.documents[doc]!;
      score *= KIND_PRIOR[d.kind] * (symptomQuery ? SYMPTOM_BOOST[d.kind] : 1) * (question ? QUESTION_BOOST[d.kind] : 1);
      ranked.push({ doc, kind: d.kind, id: d.id, title: d.title, score });
    }
    ranked.sort((a, b) => b.score - a.score || a.doc - b.doc);

    const groups = new Map<ItemKind, number>();
    for (const hit of ranked) groups.set(hit.kind, (groups.get(hit.kind) ?? 0) + 1);
    return {
      query,
      plan,
      hits: ranked.slice(0, limit),
      groups: [...groups].map(([kind, count]) => ({ kind, count })),
      total: ranked.length,
      suggestions: ranked.length === 0 ? this.suggest(query) : [],
    };
  }

  /** Items whose names look most like the query, for "no results: did you mean…". */
  suggest(query: string, limit = 5): SearchSuggestion[] {
    const typed = bigramSet(words(normalize(query.slice(0, 256))).join(' '));
    if (typed.size < 3) return [];
    // Built on first use: most sessions never see "no results".
    this.nameBigrams ??= this.nameKeys.map((names) => names.map(bigramSet));
    const scored: { doc: number; similarity: number }[] = [];
    this.nameBigrams.forEach((names, doc) => {
      let similarity = 0;
      for (const name of names) similarity = Math.max(similarity, dice(typed, name));
      if (similarity >= 0.3) scored.push({ doc, similarity });
    });
    return scored
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, limit)
      .map(({ doc }) => {
        const d = this.documents[doc]!;
        return { kind: d.kind, id: d.id, title: d.title };
      });
  }

  snippet(hit: SearchHit, plan: QueryPlan, maxWords?: number): SnippetPiece[] {
    return buildSnippet(this.documents[hit.doc]!.snippetText, plan, maxWords);
  }

  /** Every document carrying a tag value, for browsing by filter with an empty query. */
  withTag(tag: TagName, value: string): number[] {
    const found = this.index.search({ tag: { [tag]: value }, limit: this.documents.length } as never) as unknown as { result: number[] }[];
    return found[0]?.result ?? [];
  }
}
