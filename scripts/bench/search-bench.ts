import { searchDocumentsFromKb } from '../../src/core/search/search-documents';
import { SearchEngine } from '../../src/core/search/search-engine';
import { loadKnowledgeBase } from '../../src/node/load-knowledge-base';
import { judge } from '../../tests/search/relevance';
import { RELEVANCE_CASES } from '../../tests/search/relevance-queries';
import { formatMs, printTable, summarize, timeEach, timeOnce, type Timing } from './measure';
import { buildFuse, buildMiniSearch, buildOurs, type BenchEngine } from './search-engines';
import { syntheticCorpus } from './synthetic-corpus';

const PREFIX_QUERIES = ['clam', 'troch', 'glut', 'pirif', 'hamst', 'ilio', 'adduct', 'bursi', 'tendin', 'strai', 'stret', 'band'];
const TYPED_QUERIES = ['gluteal tendinopathy', 'lat hip pain lying on side', 'clamshell', 'hip flexor stretch', 'trochanteric bursitis'];
const KEYSTROKES = TYPED_QUERIES.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));
const PHRASES = RELEVANCE_CASES.filter((c) => c.type === 'symptom' || c.type === 'advice').map((c) => c.query);
const TYPOS = RELEVANCE_CASES.filter((c) => c.type === 'misspelling').map((c) => c.query);

const QUERY_SETS: Record<string, readonly string[]> = {
  prefix: PREFIX_QUERIES,
  typo: TYPOS,
  phrase: PHRASES,
  keystrokes: KEYSTROKES,
};

interface EngineRun {
  name: string;
  buildMs: number;
  timings: Record<string, Timing>;
  overall: Timing;
  top1?: number;
  top3?: number;
}

function runEngine(name: string, build: () => BenchEngine, rounds: number, sets: Record<string, readonly string[]>, withRelevance: boolean): EngineRun {
  const { value: engine, ms: buildMs } = timeOnce(build);
  const timings: Record<string, Timing> = {};
  const all: number[] = [];
  for (const [set, queries] of Object.entries(sets)) {
    const durations = timeEach(queries, (q) => engine.search(q), rounds);
    timings[set] = summarize(durations);
    all.push(...durations);
  }
  const run: EngineRun = { name, buildMs, timings, overall: summarize(all) };
  if (withRelevance) {
    const outcomes = RELEVANCE_CASES.map((c) => judge(c, engine.search(c.query)));
    run.top1 = outcomes.filter((o) => o.top1).length / outcomes.length;
    run.top3 = outcomes.filter((o) => o.top3).length / outcomes.length;
  }
  return run;
}

function report(title: string, runs: EngineRun[]): void {
  const ours = runs[0]!;
  const sets = Object.keys(ours.timings);
  const header = ['engine', 'build', ...sets.flatMap((s) => [`${s} med`, `${s} p95`]), 'all med', 'all p95', 'p95 vs ours', ...(ours.top1 !== undefined ? ['top-1', 'top-3'] : [])];
  const rows = runs.map((r) => [
    r.name,
    formatMs(r.buildMs),
    ...sets.flatMap((s) => [formatMs(r.timings[s]!.median), formatMs(r.timings[s]!.p95)]),
    formatMs(r.overall.median),
    formatMs(r.overall.p95),
    r === ours ? '1×' : `${(r.overall.p95 / ours.overall.p95).toFixed(1)}×`,
    ...(r.top1 !== undefined ? [`${(r.top1 * 100).toFixed(1)}%`, `${(r.top3! * 100).toFixed(1)}%`] : []),
  ]);
  printTable(title, header, rows);
}

export interface SearchBenchmarkResult {
  knowledgeBase: EngineRun[];
  synthetic: EngineRun[];
  startup: { buildMs: number; snapshotImportMs: number };
}

export async function runSearchBenchmark(options: { syntheticDocuments?: number } = {}): Promise<SearchBenchmarkResult> {
  const loaded = await loadKnowledgeBase();
  if (!loaded.ok) throw new Error('the knowledge base is invalid; run `npm run cli -- kb check`');
  const kb = loaded.kb;
  const documents = searchDocumentsFromKb(kb);

  // Start-up: build from the knowledge base vs import the snapshot made at build time.
  const snapshot = JSON.parse(JSON.stringify(SearchEngine.fromKnowledgeBase(kb).snapshot()));
  const builds = Array.from({ length: 7 }, () => timeOnce(() => SearchEngine.fromKnowledgeBase(kb)).ms);
  const imports = Array.from({ length: 7 }, () => timeOnce(() => SearchEngine.fromSnapshot(searchDocumentsFromKb(kb), kb.synonyms, snapshot)).ms);
  const startup = { buildMs: summarize(builds).median, snapshotImportMs: summarize(imports).median };
  printTable('Search index start-up on the bundled knowledge base (median of 7)', ['method', 'time'], [
    ['analyse and build at start-up', formatMs(startup.buildMs)],
    ['import the build-time snapshot', formatMs(startup.snapshotImportMs)],
  ]);

  const kbRuns = [
    runEngine('Stride Atlas (flexsearch)', () => buildOurs(documents, kb.synonyms), 40, QUERY_SETS, true),
    runEngine('MiniSearch', () => buildMiniSearch(documents, kb.synonyms), 40, QUERY_SETS, true),
    runEngine('Fuse.js', () => buildFuse(documents), 10, QUERY_SETS, true),
  ];
  report(`Search on the knowledge base (${documents.length} items)`, kbRuns);

  const count = options.syntheticDocuments ?? 20_000;
  const corpus = syntheticCorpus(kb, count);
  const fewQueries = Object.fromEntries(Object.entries(QUERY_SETS).map(([k, v]) => [k, v.slice(0, 6)]));
  const syntheticRuns = [
    runEngine('Stride Atlas (flexsearch)', () => buildOurs(corpus, kb.synonyms), 5, QUERY_SETS, false),
    runEngine('MiniSearch', () => buildMiniSearch(corpus, kb.synonyms), 2, QUERY_SETS, false),
    // Fuse scans every document on every query: a handful of queries, once, is enough to see it.
    runEngine('Fuse.js', () => buildFuse(corpus), 1, fewQueries, false),
  ];
  report(`Search on a synthetic corpus (${count.toLocaleString('en')} documents of about 300 words)`, syntheticRuns);
  return { knowledgeBase: kbRuns, synthetic: syntheticRuns, startup };
}
