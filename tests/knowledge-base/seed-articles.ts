import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPOSITORY_ROOT } from '../../src/node/repository-paths';

/**
 * The reference articles live outside the repository (../shared/seeds) and are never copied into
 * it. Tests that compare our text with them skip, with a printed reason, where they are absent.
 */
export const SEED_DIR = process.env.STRIDE_ATLAS_SEEDS ?? join(REPOSITORY_ROOT, '..', 'shared', 'seeds');

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
