import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readKnowledgeBaseFiles } from '../../src/node/read-knowledge-base-files';
import { DATA_DIR } from '../../src/node/repository-paths';
import {
  buildSeedFingerprint,
  contentWords,
  NEAR_MIN_SENTENCE,
  NEAR_MIN_WORDS,
  nearCopyShare,
  readSeedArticles,
  readSeedFingerprint,
  RUN,
  runHash,
  SEED_DIR,
  sentencesOf,
  shingles,
  type SeedFingerprint,
  wordHash,
  words,
} from './seed-articles';

function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => stringsIn(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => stringsIn(v, out));
  return out;
}

interface DataText {
  path: string;
  text: string;
}

/**
 * Every string in data/, except article titles in sources.yaml (citations must match the article
 * exactly), and the names and aliases of the items.
 */
async function readData(): Promise<{ texts: DataText[]; names: string[] }> {
  const texts: DataText[] = [];
  const names: string[] = [];
  // Paths as data/…, also when STRIDE_ATLAS_DATA_DIR points the check at another folder.
  for (const file of await readKnowledgeBaseFiles(DATA_DIR, dirname(DATA_DIR))) {
    const data: unknown = parse(file.text);
    const cited =
      file.path === 'data/sources.yaml' && Array.isArray(data) ? data.map(({ title: _t, ...rest }) => rest) : data;
    for (const text of stringsIn(cited)) texts.push({ path: file.path, text });
    if (data && typeof data === 'object' && 'name' in data)
      names.push(...stringsIn([data.name, (data as { aliases?: unknown }).aliases]));
  }
  return { texts: texts.sort((a, b) => a.path.localeCompare(b.path)), names };
}

/**
 * The checks, over a fingerprint: runs copied word for word, and sentences copied with a word or two
 * changed. An article line that is only the name of one of our items (an exercise heading such as
 * "Single leg bridge with hip rotation") is a name, not prose, and is not compared.
 */
function originalityProblems(fingerprint: SeedFingerprint, texts: DataText[], names: string[] = []): string[] {
  const runs = new Map<string, string>();
  for (const a of fingerprint.articles) for (const h of a.runs.split(' ')) runs.set(h, a.name);
  const nameHashes = new Set(names.map((n) => contentWords(words(n)).map(wordHash).join(' ')));
  const seedSentences = fingerprint.articles.flatMap((a) =>
    a.sentences
      .map((s, i) => ({ where: `sentence ${i + 1} of ${a.name}`, hashes: s.split(' '), name: nameHashes.has(s) }))
      .filter((s) => !s.name),
  );
  // Which seed sentences hold a word, so a data sentence is compared only with those sharing enough words.
  const holding = new Map<string, Set<number>>();
  seedSentences.forEach(({ hashes }, i) => hashes.forEach((h) => holding.set(h, (holding.get(h) ?? new Set()).add(i))));

  const problems: string[] = [];
  for (const { path, text } of texts) {
    // Overlapping copied runs are reported once, as the whole copied stretch.
    const tokens = words(text);
    const from = shingles(tokens, RUN).map((run) => runs.get(runHash(run)));
    for (let i = 0; i < from.length; i++) {
      if (!from[i]) continue;
      let end = i;
      while (from[end + 1]) end++;
      const stretch = tokens.slice(i, end + RUN);
      problems.push(`${path}: "${stretch.join(' ')}" is a run of ${stretch.length} words from ${from[i]}`);
      i = end;
    }
    for (const sentence of sentencesOf(text)) {
      const all = words(sentence);
      if (all.length < NEAR_MIN_SENTENCE) continue;
      const hashes = contentWords(all).map(wordHash);
      const shared = new Map<number, number>();
      for (const h of new Set(hashes)) for (const i of holding.get(h) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
      for (const [i, n] of shared) {
        if (n < NEAR_MIN_WORDS) continue;
        const seed = seedSentences[i]!;
        const common = nearCopyShare(hashes, seed.hashes);
        if (common)
          problems.push(
            `${path}: "${sentence}" shares ${common} of its ${hashes.length} content words, in order, with ${seed.where} (${seed.hashes.length} content words)`,
          );
      }
    }
  }
  return problems;
}

const fingerprint = readSeedFingerprint();
const seeds = readSeedArticles();
if (!seeds)
  console.warn(
    `[originality] the reference articles are not at ${SEED_DIR} (set STRIDE_ATLAS_SEEDS): checking against the committed fingerprint only, without checking that it is up to date.`,
  );

describe(`data/ is in our own words: no run of ${RUN} words from a reference article, and no near-copied sentence`, async () => {
  const { texts, names } = await readData();

  it('the committed fingerprint covers the five articles at this run length', () => {
    expect(fingerprint.run).toBe(RUN);
    expect(fingerprint.articles).toHaveLength(5);
    expect(fingerprint.articles.reduce((n, a) => n + a.runs.split(' ').length, 0)).toBeGreaterThan(5000);
    expect(fingerprint.articles.reduce((n, a) => n + a.sentences.length, 0)).toBeGreaterThan(300);
  });

  it.skipIf(!seeds)(
    'the committed fingerprint is up to date with the articles (npm run originality:fingerprint)',
    () => {
      const fresh = buildSeedFingerprint(seeds!);
      const stale = fresh.articles.filter((a, i) => JSON.stringify(a) !== JSON.stringify(fingerprint.articles[i]));
      expect(
        stale.map((a) => a.name),
        'the reference articles changed since the fingerprint was built: run `npm run originality:fingerprint`',
      ).toEqual([]);
      expect(fresh).toEqual(fingerprint);
    },
  );

  it('holds for every string in every data file', () => {
    expect(texts.length).toBeGreaterThan(1000);
    const problems = originalityProblems(fingerprint, texts, names);
    expect(problems, `text copied from the articles:\n${problems.join('\n')}`).toEqual([]);
  }, 30_000);

  it('catches a copied run and a sentence copied with words swapped (the checks can fail)', () => {
    const article = {
      name: 'made-up.txt',
      text:
        'Gentle walking on soft grass paths lets sore tendons settle before any return to hills.\n' +
        'Strong calves absorb landing forces that would otherwise travel up into the hip.',
    };
    const made = buildSeedFingerprint([article]);
    const check = (text: string) => originalityProblems(made, [{ path: 'data/x.yaml', text }]);
    expect(check('We say that gentle walking on soft grass paths lets sore tendons settle early.')).toContainEqual(
      expect.stringContaining('is a run of 10 words from made-up.txt'),
    );
    // Two words swapped and one dropped: no run of 8 words is left, but the sentence is still copied.
    expect(check('Strong calves soak up landing forces that would else travel into the hip.')).toEqual([
      expect.stringContaining('with sentence 2 of made-up.txt'),
    ]);
    // The same facts in our own words pass, as do sentences that share only common phrasing.
    expect(check('The calf muscles take much of the impact of each landing, sparing the hip.')).toEqual([]);
    expect(check('Lie on your back with your knees bent and walk slowly on grass.')).toEqual([]);
  });

  it('does not count an article line that is only the name of one of our items', () => {
    const made = buildSeedFingerprint([
      { name: 'made-up.txt', text: 'Single leg bridge with hip rotation\nLie down.' },
    ]);
    const text = {
      path: 'data/x.yaml',
      text: 'Add the single-leg bridge with hip rotation, 3 sets of 20, twice a week.',
    };
    expect(originalityProblems(made, [text])).toHaveLength(1);
    expect(originalityProblems(made, [text], ['Single-leg bridge with hip rotation'])).toEqual([]);
  });

  it.skipIf(!seeds)('catches a run and a near-copy taken from a real article', () => {
    const tokens = words(seeds![1]!.text);
    const run = tokens.slice(200, 200 + RUN).join(' ');
    expect(originalityProblems(fingerprint, [{ path: 'data/x.yaml', text: `We wrote: ${run}.` }])).not.toEqual([]);
    const sentence = sentencesOf(seeds![1]!.text).find((s) => contentWords(words(s)).length >= 10)!;
    const swapped = words(sentence);
    swapped.splice(1, 1, 'indeed');
    swapped.splice(6, 1, 'plainly');
    const problems = originalityProblems(fingerprint, [{ path: 'data/x.yaml', text: swapped.join(' ') }]);
    expect(problems.some((p) => p.includes(`of ${seeds![1]!.name}`) && p.includes('content words, in order'))).toBe(
      true,
    );
  });
});
