import type { KnowledgeBase } from '../core/kb/knowledge-base';
import { formatKbIssue } from '../core/kb/knowledge-base';
import { loadKnowledgeBase } from '../node/load-knowledge-base';
import type { CliIo } from './command';

/** Loads data/ for a command; on a problem prints it and returns undefined. */
export async function requireKnowledgeBase(io: CliIo): Promise<KnowledgeBase | undefined> {
  const result = await loadKnowledgeBase();
  if (result.ok) return result.kb;
  for (const issue of result.issues) io.err(formatKbIssue(issue));
  io.err('The knowledge base is invalid; run `npm run cli -- kb check` for details.');
  return undefined;
}
