import { parseKnowledgeBase, type KbParseResult } from '../core/kb/parse-knowledge-base';
import { readKnowledgeBaseFiles } from './read-knowledge-base-files';
import { DATA_DIR, REPOSITORY_ROOT } from './repository-paths';

export async function loadKnowledgeBase(dataDir = DATA_DIR, rootDir = REPOSITORY_ROOT): Promise<KbParseResult> {
  return parseKnowledgeBase(await readKnowledgeBaseFiles(dataDir, rootDir));
}
