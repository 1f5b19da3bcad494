/**
 * The knowledge base as the CLI's build left it: validated once, at `vite build -c
 * vite.cli.config.ts`, and written as JSON next to the built CLI, so a command need not parse and
 * check a hundred YAML files each time it starts. It is used only while data/ is exactly as it
 * was then (same files, same times); otherwise the CLI reads data/ itself.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { KnowledgeBase } from '../core/kb/knowledge-base';
import { searchDocumentKeysFromKb } from '../core/search/search-documents';
import { SearchEngine, type SearchIndexSnapshot } from '../core/search/search-engine';
import { DATA_DIR } from '../node/repository-paths';

export const COMPILED_KNOWLEDGE_BASE_FILE = 'knowledge-base.json';

export interface CompiledKnowledgeBase {
  /** Each file of data/ with its modification time when it was compiled. */
  stamp: string;
  kb: KnowledgeBase;
  /** The search index built from it, as the renderer's build makes one. */
  searchIndex: SearchIndexSnapshot;
}

/** The index snapshot read with the compiled knowledge base (see searchEngineFor). */
let compiledIndex: SearchIndexSnapshot | undefined;

/** Says which version of data/ is there: every YAML file's path and modification time. */
export async function dataStamp(dataDir = DATA_DIR): Promise<string> {
  const entries = await readdir(dataDir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && e.name.endsWith('.yaml')).map((e) => join(e.parentPath, e.name));
  const times = await Promise.all(files.map(async (file) => `${file}@${(await stat(file)).mtimeMs}`));
  return times.sort().join('\n');
}

/** The compiled knowledge base beside this module, if there is one and data/ has not changed since. */
export async function readCompiledKnowledgeBase(
  file: URL | string = new URL(COMPILED_KNOWLEDGE_BASE_FILE, import.meta.url),
  dataDir = DATA_DIR,
): Promise<KnowledgeBase | undefined> {
  let compiled: CompiledKnowledgeBase;
  try {
    compiled = JSON.parse(await readFile(file, 'utf8')) as CompiledKnowledgeBase;
  } catch {
    // Not built (running from source), or unreadable: data/ is read instead.
    return undefined;
  }
  if (compiled.stamp !== (await dataStamp(dataDir))) return undefined;
  compiledIndex = compiled.searchIndex;
  return compiled.kb;
}

/** The search engine for `kb`: imported from the compiled index when it was made from this knowledge base. */
export function searchEngineFor(kb: KnowledgeBase): SearchEngine {
  const imported = compiledIndex && SearchEngine.fromSnapshot(compiledIndex, kb.synonyms, searchDocumentKeysFromKb(kb));
  return imported ?? SearchEngine.fromKnowledgeBase(kb);
}
