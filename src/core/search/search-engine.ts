import { Document, type DocumentSearchOptions } from 'flexsearch';
import type { ItemKind, KnowledgeBase } from '../kb/knowledge-base';
import { NameSimilarity } from './name-similarity';
import { MAX_QUERY_CHARS, planQuery, type Alternative, type QueryPlan } from './query-plan';
import {
  documentKeys,
  FIELD_WEIGHTS,
  SEARCH_FIELDS,
  searchDocumentsFromKb,
  TAG_NAMES,
  type IndexedDocument,
  type SearchDocument,
  type SearchField,
  type TagName,
} from './search-documents';
import { buildSnippet, type SnippetPiece } from './snippet';
import { SynonymTable } from './synonyms';
import { corpusIndexTerms, normalize, words } from './text-analysis';
import { topK } from './top-k';
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

/** Every kind of item the search covers (and their numbers: ranking reads a byte, not a string). */
export const SEARCH_KINDS: readonly ItemKind[] = ['condition', 'exercise', 'topic', 'red-flag', 'clinical-test'];
/** How much each kind counts when scores are otherwise close: a clinician looks for conditions first. */
const KIND_PRIOR: Readonly<Record<ItemKind, number>> = {
  condition: 1.1,
  exercise: 1,
  topic: 0.95,
  'red-flag': 0.9,
  'clinical-test': 0.9,
};
/** Words that say the user is describing symptoms, so conditions should lead. */
const SYMPTOM_WORDS: ReadonlySet<string> = new Set([
  'pain',
  'painful',
  'hurt',
  'ache',
  'aching',
  'sore',
  'wors',
  'click',
  'lock',
  'catch',
  'stiff',
  'numb',
  'tingl',
  'swell',
  'sharp',
  'throb',
]);
const SYMPTOM_BOOST: Readonly<Record<ItemKind, number>> = {
  condition: 1.4,
  exercise: 1,
  topic: 1,
  'red-flag': 1.15,
  'clinical-test': 1,
};
/** A question ("can I run with pain?", "how much sleep") asks for advice more than a diagnosis. */
const QUESTION_START = /^\s*(can|could|should|is|are|how|when|what|why|do|does|which)\b/i;
const QUESTION_BOOST: Readonly<Record<ItemKind, number>> = {
  condition: 1,
  exercise: 1,
  topic: 1.6,
  'red-flag': 1,
  'clinical-test': 1,
};
/**
 * How many matches of one term each field contributes. Names and key terms are short and decide
 * rankings, so they give every match. Summaries and body text give their first matches only
 * (flexsearch orders a term's matches by how early it appears in the field): in a large corpus a
 * common word is in most bodies, and reading all of them would cost more than it tells. A word
 * the user did not type in full (a completion or a typo correction) is a guess and reads fewer.
 * The bundled knowledge base (about a hundred items) is never capped.
 */
const TEXT_CAP = { typed: 2000, guessed: 500 } as const;

const SNAPSHOT_FORMAT = 4;

/**
 * A prebuilt index: flexsearch's export, our vocabulary, and the documents as indexed (so start-up
 * does not analyse the knowledge base again).
 */
export interface SearchIndexSnapshot {
  format: number;
  /** Identifies the documents, in order, so a stale snapshot is never used. */
  documentKeys: string;
  documents: IndexedDocument[];
  /**
   * flexsearch's export, each part already parsed: flexsearch hands out JSON text, and keeping it
   * as text inside our JSON would make start-up parse it twice.
   */
  flexsearch: [string, unknown][];
  frequency: [string, number][];
  /** The synonym groups it was made with, as written and as analysed. */
  synonymGroups: string[][];
  synonymStems: string[][][];
  /** Each document's names, analysed. */
  nameKeys: string[][];
}

/** What flexsearch stores per document: analysed field text and the tag values. */
type FlexDocument = { id: number } & Record<SearchField, string> & Record<TagName, string[]>;
type FieldResults = { field: SearchField; result: number[] }[];

/**
 * Search over the knowledge base: a flexsearch 0.8 Document index (one index per weighted field,
 * plus kind/region/equipment/phase tags) for retrieval, and our own ranking on top: the weights of
 * the fields a word appears in, how rare the word is, how many of the query's words a result
 * matches, the knowledge base's finding weights, and exact-name bonuses.
 */
export class SearchEngine {
  readonly documents: readonly IndexedDocument[];
  private readonly index: Document<FlexDocument>;
  private readonly vocabulary: Vocabulary;
  private readonly synonymGroups: readonly (readonly string[])[];
  private readonly synonyms: SynonymTable;
  private readonly nameKeys: string[][];
  /** `nameKeys` with a space on either side, for whole-word matching in `nameBonus`. */
  private readonly paddedNames: string[][];
  private nameSimilarity: NameSimilarity | undefined;
  private readonly tagSets: Record<TagName, Set<string>>[];
  /** Each document's kind as an index into SEARCH_KINDS. */
  private readonly kindOf: Uint8Array;
  // Scratch buffers reused by every search: one keystroke allocates nothing proportional to the corpus.
  private readonly termSum: Float64Array;
  private readonly termBest: Float64Array;
  private readonly termDocs: Int32Array;
  private readonly phraseScore: Float64Array;
  private readonly phraseHits: Uint8Array;
  private readonly phraseDocs: Int32Array;
  private readonly clauseScore: Float64Array;
  private readonly clauseDocs: Int32Array;
  private clauseCount = 0;
  private readonly totalScore: Float64Array;
  private readonly matched: Uint8Array;
  private readonly nameMatched: Uint8Array;
  private readonly candidateDocs: Int32Array;
  private readonly boostsByTerm = new Map<string, Map<number, number>>();
  /** flexsearch search options for one term, made once (see TEXT_CAP). */
  private readonly typedLookup: DocumentSearchOptions<FlexDocument>;
  private readonly guessedLookup: DocumentSearchOptions<FlexDocument>;

  private constructor(
    documents: readonly IndexedDocument[],
    synonymGroups: readonly (readonly string[])[],
    synonyms: SynonymTable,
    index: Document<FlexDocument>,
    frequency: Map<string, number>,
    nameKeys: string[][],
  ) {
    this.documents = documents;
    this.synonymGroups = synonymGroups;
    this.synonyms = synonyms;
    this.index = index;
    this.vocabulary = new Vocabulary(frequency);
    documents.forEach((doc, id) => {
      for (const [term, boost] of Object.entries(doc.termBoosts)) {
        const perDoc = this.boostsByTerm.get(term) ?? new Map<number, number>();
        perDoc.set(id, boost);
        this.boostsByTerm.set(term, perDoc);
      }
    });
    this.nameKeys = nameKeys;
    this.paddedNames = this.nameKeys.map((names) => names.map((name) => ` ${name} `));
    this.tagSets = documents.map(
      (d) => Object.fromEntries(TAG_NAMES.map((t) => [t, new Set(d.tags[t])])) as Record<TagName, Set<string>>,
    );
    const n = documents.length;
    const lookup = (cap: number): DocumentSearchOptions<FlexDocument> => ({
      index: SEARCH_FIELDS.map((field) => ({
        field,
        limit: field === 'name' || field === 'terms' ? Math.max(1, n) : cap,
      })),
    });
    this.typedLookup = lookup(TEXT_CAP.typed);
    this.guessedLookup = lookup(TEXT_CAP.guessed);
    this.kindOf = Uint8Array.from(documents, (d) => SEARCH_KINDS.indexOf(d.kind));
    this.termSum = new Float64Array(n);
    this.termBest = new Float64Array(n);
    this.termDocs = new Int32Array(n);
    this.phraseScore = new Float64Array(n);
    this.phraseHits = new Uint8Array(n);
    this.phraseDocs = new Int32Array(n);
    this.clauseScore = new Float64Array(n);
    this.clauseDocs = new Int32Array(n);
    this.totalScore = new Float64Array(n);
    this.matched = new Uint8Array(n);
    this.nameMatched = new Uint8Array(n);
    this.candidateDocs = new Int32Array(n);
  }

  /**
   * The flexsearch index for `documentCount` documents. Text arrives already analysed (stems and
   * words, space-separated), so the encoder only splits. Summaries and bodies keep flexsearch's
   * ordering of matches by position (nine slots) where TEXT_CAP can cut their lists, so the first
   * matches read are the earliest mentions; elsewhere one slot suffices, and a lookup returns its
   * list without copying it (and the knowledge base's exported index is a third smaller).
   */
  private static emptyIndex(documentCount: number): Document<FlexDocument> {
    const capped = documentCount > Math.min(TEXT_CAP.typed, TEXT_CAP.guessed);
    return new Document<FlexDocument>({
      document: {
        id: 'id',
        index: SEARCH_FIELDS.map((field) => ({
          field,
          tokenize: 'strict' as const,
          encode: (s: string) => s.split(' '),
          resolution: capped && (field === 'summary' || field === 'body') ? 9 : 1,
        })),
        tag: TAG_NAMES.map((field) => ({ field })),
      },
    });
  }

  /** Analyses every document and builds the index (the CLI, tests and the build step do this). */
  static build(documents: readonly SearchDocument[], synonymGroups: readonly (readonly string[])[]): SearchEngine {
    const index = SearchEngine.emptyIndex(documents.length);
    const frequency = new Map<string, number>();
    const indexTerms = corpusIndexTerms();
    documents.forEach((doc, id) => {
      const seen = new Set<string>();
      const analysed = {} as Record<SearchField, string>;
      const texts = doc.fields();
      for (const field of SEARCH_FIELDS) {
        const terms = indexTerms(texts[field]);
        analysed[field] = terms.join(' ');
        for (const t of terms) seen.add(t);
      }
      index.add({ id, ...analysed, ...doc.tags });
      for (const t of seen) frequency.set(t, (frequency.get(t) ?? 0) + 1);
    });
    const nameKeys = documents.map((d) => [d.title, ...d.aliases].map((n) => words(normalize(n)).join(' ')));
    return new SearchEngine(
      documents,
      synonymGroups,
      SynonymTable.fromTerms(synonymGroups),
      index,
      frequency,
      nameKeys,
    );
  }

  static fromKnowledgeBase(kb: KnowledgeBase): SearchEngine {
    return SearchEngine.build(searchDocumentsFromKb(kb), kb.synonyms);
  }

  /**
   * Rebuilds an engine from a snapshot made at build time by `snapshot()`: importing the index is
   * several times faster than analysing every text again, which keeps the renderer's start-up
   * short. Undefined (and the caller builds instead) when the snapshot is of another format, or
   * was made from other documents than `expectedKeys` (see `searchDocumentKeysFromKb`) or from
   * other synonyms.
   */
  static fromSnapshot(
    snapshot: SearchIndexSnapshot,
    synonymGroups: readonly (readonly string[])[],
    expectedKeys: string,
  ): SearchEngine | undefined {
    if (
      snapshot.format !== SNAPSHOT_FORMAT ||
      snapshot.documentKeys !== expectedKeys ||
      documentKeys(snapshot.documents) !== expectedKeys
    )
      return undefined;
    if (JSON.stringify(snapshot.synonymGroups) !== JSON.stringify(synonymGroups)) return undefined;
    const index = SearchEngine.emptyIndex(snapshot.documents.length);
    // flexsearch's types say text, but its import takes the parsed value too (it parses text first).
    for (const [key, data] of snapshot.flexsearch) index.import(key, data as string);
    return new SearchEngine(
      snapshot.documents,
      synonymGroups,
      new SynonymTable(snapshot.synonymStems),
      index,
      new Map(snapshot.frequency),
      snapshot.nameKeys,
    );
  }

  snapshot(): SearchIndexSnapshot {
    const flexsearch: [string, unknown][] = [];
    void this.index.export((key: string, data: string) => {
      flexsearch.push([key, JSON.parse(data)]);
    });
    const documents = this.documents.map(({ kind, id, title, aliases, tags, snippetText, termBoosts }) => ({
      kind,
      id,
      title,
      aliases,
      tags,
      snippetText,
      termBoosts,
    }));
    return {
      format: SNAPSHOT_FORMAT,
      documentKeys: documentKeys(documents),
      documents,
      flexsearch,
      frequency: [...this.vocabulary.entries()],
      synonymGroups: this.synonymGroups.map((group) => [...group]),
      synonymStems: this.synonyms.stemGroups(),
      nameKeys: this.nameKeys,
    };
  }

  private matchesFilters(doc: number, filters: SearchFilters): boolean {
    const tags = this.tagSets[doc]!;
    const any = (tag: TagName, wanted: readonly string[] | undefined) =>
      !wanted || wanted.length === 0 || wanted.some((w) => tags[tag].has(w));
    return (
      any('kind', filters.kinds) &&
      any('region', filters.regions) &&
      any('equipment', filters.equipment) &&
      any('phase', filters.phases)
    );
  }

  private fieldResults(term: string, guessed: boolean): FieldResults {
    return this.index.search(term, guessed ? this.guessedLookup : this.typedLookup) as FieldResults;
  }

  /**
   * How strongly each document holds one term: the weight of its best field plus a little for each
   * other field that also mentions it (boosted in the `terms` field by the item's own weight for
   * that term, such as a condition's hallmark finding). Fills `termSum`/`termBest` and lists the
   * documents in `termDocs`; returns how many there are.
   */
  private lookupTerm(term: string, guessed: boolean): number {
    const sum = this.termSum;
    const best = this.termBest;
    const docs = this.termDocs;
    const boosts = this.boostsByTerm.get(term);
    let count = 0;
    for (const { field, result } of this.fieldResults(term, guessed)) {
      const weight = FIELD_WEIGHTS[field];
      const fieldBoosts = field === 'terms' ? boosts : undefined;
      for (let i = 0; i < result.length; i++) {
        const doc = result[i]!;
        const w = fieldBoosts ? weight * (fieldBoosts.get(doc) ?? 1) : weight;
        if (sum[doc] === 0) docs[count++] = doc;
        sum[doc]! += w;
        if (w > best[doc]!) best[doc] = w;
      }
    }
    return count;
  }

  /** The term score of a document just looked up, clearing its scratch entries. */
  private takeTermScore(doc: number): number {
    const best = this.termBest[doc]!;
    const v = best + 0.3 * (this.termSum[doc]! - best);
    this.termSum[doc] = 0;
    this.termBest[doc] = 0;
    return v;
  }

  /** Raises a document's clause score to `s` (a clause counts its best alternative). */
  private offerClauseScore(doc: number, s: number): void {
    const clause = this.clauseScore;
    if (clause[doc] === 0) this.clauseDocs[this.clauseCount++] = doc;
    if (s > clause[doc]!) clause[doc] = s;
  }

  /** Adds one alternative's matches to the clause scores; a phrase must match all its words. */
  private scoreAlternative(alt: Alternative): void {
    const weight = alt.weight;
    const guessed = alt.kind === 'prefix' || alt.kind === 'typo';
    if (alt.terms.length === 1) {
      const count = this.lookupTerm(alt.terms[0]!, guessed);
      for (let i = 0; i < count; i++) {
        const doc = this.termDocs[i]!;
        this.offerClauseScore(doc, this.takeTermScore(doc) * weight);
      }
      return;
    }
    // Rarest word first: its documents are the only ones the phrase can match.
    const terms = [...alt.terms].sort(
      (a, b) => this.vocabulary.documentFrequency(a) - this.vocabulary.documentFrequency(b),
    );
    const hits = this.phraseHits;
    const least = this.phraseScore;
    const first = this.phraseDocs;
    const firstCount = this.lookupTerm(terms[0]!, guessed);
    for (let i = 0; i < firstCount; i++) {
      const doc = this.termDocs[i]!;
      first[i] = doc;
      least[doc] = this.takeTermScore(doc);
      hits[doc] = 1;
    }
    for (let k = 1; k < terms.length; k++) {
      const count = this.lookupTerm(terms[k]!, guessed);
      for (let i = 0; i < count; i++) {
        const doc = this.termDocs[i]!;
        const v = this.takeTermScore(doc);
        if (hits[doc] !== k) continue;
        hits[doc] = k + 1;
        if (v < least[doc]!) least[doc] = v;
      }
    }
    for (let i = 0; i < firstCount; i++) {
      const doc = first[i]!;
      if (hits[doc] === terms.length) this.offerClauseScore(doc, least[doc]! * weight);
      hits[doc] = 0;
      least[doc] = 0;
    }
  }

  /**
   * Bonus for typing an item's name: exactly, its beginning, or a run of its words. `typed` is the
   * query's words joined by spaces, with a space on either side.
   */
  private nameBonus(doc: number, typed: string): number {
    if (typed.length <= 2) return 0;
    const names = this.paddedNames[doc]!;
    const long = typed.length >= 5;
    let bonus = 0;
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!;
      if (name === typed) return 100;
      if (long) {
        // A beginning: the name starts with the typed words (the typed text's last space dropped).
        if (name.startsWith(typed.slice(0, -1))) bonus = Math.max(bonus, 30);
        else if (bonus < 15 && name.includes(typed)) bonus = 15;
      }
    }
    return bonus;
  }

  search(query: string, options: SearchOptions = {}): SearchResult {
    const limit = options.limit ?? 50;
    const plan = planQuery(query, this.vocabulary, this.synonyms);
    if (plan.clauses.length === 0) {
      return {
        query,
        plan,
        hits: [],
        groups: [],
        total: 0,
        suggestions: plan.unmatched.length ? this.suggest(query) : [],
      };
    }
    const n = this.documents.length;
    const candidates = this.candidateDocs;
    let candidateCount = 0;
    for (const clause of plan.clauses) {
      this.clauseCount = 0;
      for (const alt of clause.alternatives) this.scoreAlternative(alt);
      // Rare words say more than common ones ("trochanter" over "hip").
      const idf = Math.log(1 + n / (1 + this.clauseCount));
      for (let i = 0; i < this.clauseCount; i++) {
        const doc = this.clauseDocs[i]!;
        const s = this.clauseScore[doc]!;
        this.clauseScore[doc] = 0;
        if (this.matched[doc] === 0) candidates[candidateCount++] = doc;
        this.totalScore[doc]! += s * idf;
        this.matched[doc]! += 1;
        if (s >= FIELD_WEIGHTS.name * 0.6) this.nameMatched[doc]! += 1;
      }
    }

    const question = QUESTION_START.test(query);
    const symptomQuery =
      !question && plan.clauses.some((c) => c.alternatives.some((a) => a.terms.some((t) => SYMPTOM_WORDS.has(t))));
    const kindFactor = SEARCH_KINDS.map(
      (k) => KIND_PRIOR[k] * (symptomQuery ? SYMPTOM_BOOST[k] : 1) * (question ? QUESTION_BOOST[k] : 1),
    );
    let typedName: string | undefined; // made on first use: most queries name nothing
    const clauseCount = plan.clauses.length;
    const filters = options.filters;
    // Final scores overwrite the totals in place; the documents that pass the filters are compacted
    // to the front of `candidates`, and every scratch entry is cleared on the way.
    const score = this.totalScore;
    const kindCount = SEARCH_KINDS.map(() => 0);
    const kindBest = SEARCH_KINDS.map(() => -1);
    let total = 0;
    for (let i = 0; i < candidateCount; i++) {
      const doc = candidates[i]!;
      const coverage = this.matched[doc]! / clauseCount;
      let s = score[doc]! * (0.3 + 0.7 * coverage * coverage);
      // Only an item whose name holds every typed word can be named by the query.
      const namedByQuery = this.nameMatched[doc] === clauseCount;
      this.matched[doc] = 0;
      this.nameMatched[doc] = 0;
      score[doc] = 0;
      if (filters && !this.matchesFilters(doc, filters)) continue;
      if (namedByQuery) {
        typedName ??= ` ${words(normalize(query.slice(0, MAX_QUERY_CHARS))).join(' ')} `;
        s = s * 1.5 + this.nameBonus(doc, typedName);
      }
      const kind = this.kindOf[doc]!;
      s *= kindFactor[kind]!;
      score[doc] = s;
      candidates[total++] = doc;
      kindCount[kind]! += 1;
      const best = kindBest[kind]!;
      if (best < 0 || s > score[best]! || (s === score[best] && doc < best)) kindBest[kind] = doc;
    }
    const top = topK(candidates, total, score, limit);
    const hits = top.map((doc): SearchHit => {
      const d = this.documents[doc]!;
      return { doc, kind: d.kind, id: d.id, title: d.title, score: score[doc]! };
    });
    const groups = SEARCH_KINDS.map((kind, k) => ({ kind, count: kindCount[k]!, best: kindBest[k]! }))
      .filter((g) => g.count > 0)
      .sort((a, b) => score[b.best]! - score[a.best]! || a.best - b.best)
      .map(({ kind, count }) => ({ kind, count }));
    for (let i = 0; i < total; i++) score[candidates[i]!] = 0;
    return { query, plan, hits, groups, total, suggestions: total === 0 ? this.suggest(query) : [] };
  }

  /** Items whose names look most like the query, for "no results: did you mean…". */
  suggest(query: string, limit = 5): SearchSuggestion[] {
    // Built on first use: most sessions never see "no results".
    this.nameSimilarity ??= new NameSimilarity(this.nameKeys);
    return this.nameSimilarity
      .closest(words(normalize(query.slice(0, MAX_QUERY_CHARS))).join(' '), limit)
      .map((doc) => {
        const d = this.documents[doc]!;
        return { kind: d.kind, id: d.id, title: d.title };
      });
  }

  snippet(hit: SearchHit, plan: QueryPlan, maxWords?: number): SnippetPiece[] {
    return buildSnippet(this.documents[hit.doc]!.snippetText, plan, maxWords);
  }

  /** Every document carrying a tag value, for browsing by filter with an empty query. */
  withTag(tag: TagName, value: string): number[] {
    const found = this.index.search({ tag: { [tag]: value }, limit: this.documents.length } as never) as unknown as {
      result: number[];
    }[];
    return found[0]?.result ?? [];
  }
}
