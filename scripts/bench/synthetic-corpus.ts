import type { SearchDocument } from '../../src/core/search/search-documents';
import type { KnowledgeBase } from '../../src/core/kb/knowledge-base';
import { normalize, words } from '../../src/core/search/text-analysis';

function mulberry32(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` documents of about 300 words, drawn from the knowledge base's own words with their
 * real frequencies, so the corpus looks like clinical text to every engine (seeded: the same
 * corpus every run). Titles reuse condition and exercise names with a random qualifier.
 */
const KINDS = ['condition', 'exercise', 'topic'] as const;

export function syntheticCorpus(kb: KnowledgeBase, count: number, seed = 42): SearchDocument[] {
  const random = mulberry32(seed);
  const bag: string[] = [];
  const all = JSON.stringify([kb.conditions, kb.exercises, kb.topics]);
  for (const w of words(normalize(all))) if (w.length > 2 && !/^\d/.test(w)) bag.push(w);
  const pick = () => bag[Math.floor(random() * bag.length)]!;
  const sentence = (n: number) => Array.from({ length: n }, pick).join(' ');
  const names = [...kb.conditions, ...kb.exercises, ...kb.topics].map((x) => x.name);
  return Array.from({ length: count }, (_, i) => {
    const title = `${names[i % names.length]} ${pick()}`;
    const kind = KINDS[i % KINDS.length]!;
    // Drawn once, here: the corpus must be the same text however often an engine reads it.
    const fields = { name: title, terms: sentence(10), summary: sentence(40), body: sentence(250) };
    return {
      kind,
      id: `doc-${i}`,
      title,
      aliases: [],
      fields: () => fields,
      tags: { kind: [kind], region: [], equipment: [], phase: [] },
      snippetText: '',
      termBoosts: {},
    };
  });
}
