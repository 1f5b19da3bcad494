import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { metaSchema } from '../../src/core/kb/schema';
import { DATA_DIR } from '../../src/node/repository-paths';
import type { KnowledgeBaseMeta } from '../../src/main/about/about-panel';

/**
 * data/meta.yaml's version and date, for the main process's About panel: electron.vite.config.ts
 * compiles them in as `__KNOWLEDGE_BASE_META__` (src/main/about/knowledge-base-meta.ts). Checked
 * against the same schema the knowledge-base build uses, so a bad meta.yaml fails the build here too.
 */
export function readKnowledgeBaseMeta(dataDir: string = DATA_DIR): KnowledgeBaseMeta {
  const file = join(dataDir, 'meta.yaml');
  const parsed = metaSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} is invalid: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  return parsed.data;
}
