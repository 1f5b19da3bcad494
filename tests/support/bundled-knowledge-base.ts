import { formatKbIssue, type KnowledgeBase } from '../../src/core/kb/knowledge-base';
import { loadKnowledgeBase } from '../../src/node/load-knowledge-base';

/**
 * The knowledge base in data/, for tests that check behaviour against the real content. Throws
 * with every problem found when it does not load, so a broken data file fails the tests that
 * need it with a reason instead of a crash further in.
 */
export async function loadBundledKnowledgeBase(): Promise<KnowledgeBase> {
  const result = await loadKnowledgeBase();
  if (!result.ok)
    throw new Error(
      `The knowledge base in data/ does not load (run \`npm run cli -- kb check\`):\n${result.issues.map(formatKbIssue).join('\n')}`,
    );
  return result.kb;
}
