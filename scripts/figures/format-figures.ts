/**
 * Authoring aid: rewrites every figure file in one layout (flow style for short maps and lists),
 * so hand-written and tool-written files look the same.
 *
 *   npx tsx scripts/figures/format-figures.ts
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { DATA_DIR } from '../../src/node/repository-paths';

const folder = join(DATA_DIR, 'figures');
for (const name of (await readdir(folder)).filter((f) => f.endsWith('.yaml'))) {
  const file = join(folder, name);
  const doc = parseDocument(await readFile(file, 'utf8'));
  const text = doc.toString({ lineWidth: 0, flowCollectionPadding: true }).replace(/\[ /g, '[').replace(/ \]/g, ']');
  await writeFile(file, text);
}
