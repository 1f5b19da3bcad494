import type { KnowledgeBase } from '../core/kb/knowledge-base';
import { formatKbIssue } from '../core/kb/knowledge-base';
import type { CliIo } from './command';
import { readCompiledKnowledgeBase } from './compiled-knowledge-base';

/**
 * The knowledge base for a command: as compiled by the CLI's build while data/ is unchanged, else
 * read and checked from data/; on a problem prints it and returns undefined.
 */
export async function requireKnowledgeBase(io: CliIo): Promise<KnowledgeBase | undefined> {
  const compiled = await readCompiledKnowledgeBase();
  if (compiled) return compiled;
  // Loaded only when needed: the YAML parser and the schemas are most of the CLI's start-up.
  const { loadKnowledgeBase } = await import('../node/load-knowledge-base');
  const result = await loadKnowledgeBase();
  if (result.ok) return result.kb;
  for (const issue of result.issues) io.err(formatKbIssue(issue));
  io.err('The knowledge base is invalid; run `npm run cli -- kb check` for details.');
  return undefined;
}
