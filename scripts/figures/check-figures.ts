/**
 * Authoring aid: prints the plausibility problems of the figures (all, or the ones named).
 *
 *   npx tsx scripts/figures/check-figures.ts [id ...]
 */
import { checkFigure } from '../../src/core/figures/plausibility';
import { loadGalleryEntries } from './load-figures';

const only = process.argv.slice(2);
const entries = await loadGalleryEntries(only);
let bad = 0;
for (const e of entries) {
  const problems = e.error
    ? [e.error]
    : e.figure
      ? checkFigure(e.figure, e.exercise).map(
          (p) => `${p.pose ? `${p.pose}: ` : ''}${p.message}${p.field ? ` [${p.field}]` : ''}`,
        )
      : ['no figure'];
  if (problems.length === 0) continue;
  bad++;
  console.log(`${e.id}`);
  for (const p of problems) console.log(`  - ${p}`);
}
console.log(`${entries.length - bad}/${entries.length} figures without problems`);
