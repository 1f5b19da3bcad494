import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readKnowledgeBaseFiles } from '../../src/node/read-knowledge-base-files';
import { DATA_DIR, REPOSITORY_ROOT } from '../../src/node/repository-paths';
import { readSeedArticles, SEED_DIR, shingles, words } from './seed-articles';

const RUN = 12;

function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => stringsIn(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => stringsIn(v, out));
  return out;
}

const seeds = readSeedArticles();
if (!seeds)
  console.warn(
    `[originality] skipped: the reference articles are not at ${SEED_DIR}; set STRIDE_ATLAS_SEEDS to check.`,
  );

describe.skipIf(!seeds)(`no run of ${RUN} consecutive words from a reference article appears in data/`, () => {
  it('holds for every string in every data file', async () => {
    const seedRuns = new Map<string, string>();
    for (const seed of seeds ?? []) for (const s of shingles(words(seed.text), RUN)) seedRuns.set(s, seed.name);
    expect(seedRuns.size).toBeGreaterThan(5000);

    const copied: string[] = [];
    for (const file of await readKnowledgeBaseFiles(DATA_DIR, REPOSITORY_ROOT)) {
      // Article titles in sources.yaml are citations and must match the article exactly.
      const data: unknown = parse(file.text);
      const cited =
        file.path === 'data/sources.yaml' && Array.isArray(data) ? data.map(({ title: _t, ...rest }) => rest) : data;
      for (const str of stringsIn(cited)) {
        for (const s of shingles(words(str), RUN)) {
          if (seedRuns.has(s)) copied.push(`${file.path}: "${s}" (from ${seedRuns.get(s)})`);
        }
      }
    }
    expect(copied, `text copied from the articles:\n${copied.join('\n')}`).toEqual([]);
  });

  it('detects a copied sentence (the check can fail)', () => {
    const seed = seeds![1]!;
    const sample = words(seed.text)
      .slice(200, 200 + RUN)
      .join(' ');
    const seedRuns = new Set(shingles(words(seed.text), RUN));
    expect(shingles(words(`We wrote: ${sample}.`), RUN).some((s) => seedRuns.has(s))).toBe(true);
    expect(readFileSync(join(SEED_DIR, seed.name), 'utf8').length).toBeGreaterThan(1000);
  });
});
