import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPOSITORY_ROOT } from '../../src/node/repository-paths';

/**
 * The reference articles live outside the repository (../shared/seeds) and are never copied into
 * it. What the originality test needs from them is committed as a fingerprint that holds hashes,
 * not text (seed-fingerprint.json, built by `npm run originality:fingerprint`), so the test runs
 * wherever the repository is cloned; where the articles are present it also checks that the
 * fingerprint is up to date with them.
 */
export const SEED_DIR = process.env.STRIDE_ATLAS_SEEDS ?? join(REPOSITORY_ROOT, '..', 'shared', 'seeds');
export const FINGERPRINT_FILE = join(REPOSITORY_ROOT, 'tests', 'knowledge-base', 'seed-fingerprint.json');

/** No run of this many consecutive words from an article may appear in data/. */
export const RUN = 8;

/**
 * A sentence is a near-copy of an article sentence when their content words (STOP_WORDS left out)
 * share a longest common subsequence (the same words in the same order, gaps allowed) that covers
 * at least NEAR_SHARE of the shorter sentence and at least NEAR_MIN_WORDS words, inside a stretch
 * of the longer sentence no more than NEAR_SPAN times the shorter's length. That catches an article
 * sentence with a word or two swapped, dropped or added, and one padded out or cut down.
 */
export const NEAR_SHARE = 0.7;
export const NEAR_MIN_WORDS = 5;
export const NEAR_SPAN = 1.5;
/** Only data sentences of at least this many words (all words) are compared. */
export const NEAR_MIN_SENTENCE = 8;

export function readSeedArticles(): { name: string; text: string }[] | undefined {
  if (!existsSync(SEED_DIR)) return undefined;
  return readdirSync(SEED_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(SEED_DIR, name), 'utf8') }));
}

/** Lowercase words with apostrophes and punctuation folded, so "runner’s" equals "runners". */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’‘`]/g, '')
    .split(/[^a-z0-9%]+/)
    .filter(Boolean);
}

export function shingles(tokens: string[], size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + size <= tokens.length; i++) out.push(tokens.slice(i, i + size).join(' '));
  return out;
}

/** Sentences, clauses after a semicolon or colon, and lines (headings, list items) of a text. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?;:])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Function words: sharing them says nothing about copying. Negations and numbers stay in. */
const STOP_WORDS = new Set(
  `a an the and or but nor so yet if then than that this these those there here it its is are
  was were be been being am do does did doing have has had having i me my we us our you your yours
  he him his she her they them their what which who whom whose when where why how all any both
  each few more most other some such only own same too very can could will would shall should
  may might must just also of to in on at by for with from into onto over under about as up down
  out off again further once while during before after above below between through until against
  because per via within without like get gets got`.split(/\s+/),
);

export function contentWords(tokens: string[]): string[] {
  return tokens.filter((w) => !STOP_WORDS.has(w));
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * A word's short hash: 3 hex digits, 4096 values, so each value stands for many words and a
 * sentence cannot be read back from its hashes; two different words in a compared pair of
 * sentences share a value about once in 4096 comparisons.
 */
export function wordHash(word: string): string {
  let hash = wordHashes.get(word);
  if (hash === undefined) wordHashes.set(word, (hash = sha256(word).slice(0, 3)));
  return hash;
}
const wordHashes = new Map<string, string>();
/** An 8-word run's hash: 12 hex digits (48 bits), so different runs practically never collide. */
export const runHash = (run: string) => sha256(run).slice(0, 12);

export interface SeedFingerprint {
  about: string;
  run: number;
  articles: {
    name: string;
    /** SHA-256 of the article file, to tell when the fingerprint is out of date. */
    sha256: string;
    /** Hashes of every RUN-word run, sorted, space-separated. */
    runs: string;
    /** Per sentence with NEAR_MIN_WORDS or more content words: its content words' hashes, in order. */
    sentences: string[];
  }[];
}

export function buildSeedFingerprint(seeds: { name: string; text: string }[]): SeedFingerprint {
  return {
    about:
      'Hashes of the reference articles for tests/knowledge-base/originality.spec.ts; holds no article text. ' +
      'Rebuild with `npm run originality:fingerprint` (docs/knowledge-base-authoring.md).',
    run: RUN,
    articles: seeds.map(({ name, text }) => ({
      name,
      sha256: sha256(text),
      runs: [...new Set(shingles(words(text), RUN).map(runHash))].sort().join(' '),
      sentences: sentencesOf(text)
        .map((s) => contentWords(words(s)))
        .filter((c) => c.length >= NEAR_MIN_WORDS)
        .map((c) => c.map(wordHash).join(' ')),
    })),
  };
}

export function readSeedFingerprint(): SeedFingerprint {
  return JSON.parse(readFileSync(FINGERPRINT_FILE, 'utf8')) as SeedFingerprint;
}

/** Length of the longest common subsequence of two token lists. */
export function commonInOrder(a: string[], b: string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1]!);
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/**
 * How many content words (as hashes) `a` and `b` share in order, if that makes one a near-copy
 * of the other (see NEAR_SHARE); otherwise 0.
 */
export function nearCopyShare(a: string[], b: string[]): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const needed = Math.max(NEAR_MIN_WORDS, Math.ceil(NEAR_SHARE * short.length - 1e-9));
  if (short.length < needed) return 0;
  // Cheap bound first: the words they share at all, counted with repeats.
  const counts = new Map<string, number>();
  for (const w of long) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of short) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  if (shared < needed || commonInOrder(short, long) < needed) return 0;
  const span = Math.ceil(NEAR_SPAN * short.length);
  let best = 0;
  for (let i = 0; i === 0 || i + span <= long.length; i++) {
    best = Math.max(best, commonInOrder(short, long.slice(i, i + span)));
    if (best === short.length) break;
  }
  return best >= needed ? best : 0;
}
