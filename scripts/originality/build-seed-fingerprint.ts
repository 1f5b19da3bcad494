// Writes tests/knowledge-base/seed-fingerprint.json from the reference articles (../shared/seeds,
// or STRIDE_ATLAS_SEEDS): hashes of their 8-word runs and of their sentences' words, no text.
// The originality test reads it, so it runs where the articles are absent (CI's fresh clone).
// Run it after the articles change: `npm run originality:fingerprint`.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { REPOSITORY_ROOT } from '../../src/node/repository-paths';
import {
  buildSeedFingerprint,
  FINGERPRINT_FILE,
  readSeedArticles,
  SEED_DIR,
} from '../../tests/knowledge-base/seed-articles';

const seeds = readSeedArticles();
if (!seeds?.length) {
  console.error(`No reference articles (*.txt) at ${SEED_DIR}; set STRIDE_ATLAS_SEEDS to their folder.`);
  process.exit(1);
}
const fingerprint = buildSeedFingerprint(seeds);
const options = await resolveConfig(FINGERPRINT_FILE);
const json = await format(JSON.stringify(fingerprint), { ...options, filepath: FINGERPRINT_FILE });
writeFileSync(FINGERPRINT_FILE, json);
const sentences = fingerprint.articles.reduce((n, a) => n + a.sentences.length, 0);
const runs = fingerprint.articles.reduce((n, a) => n + a.runs.split(' ').length, 0);
console.log(
  `Wrote ${relative(REPOSITORY_ROOT, FINGERPRINT_FILE)}: ${seeds.length} articles, ${runs} run hashes, ${sentences} sentences.`,
);
