import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { KbSourceFile } from '../core/kb/parse-knowledge-base';

/** Reads every YAML file under `dataDir`, with paths relative to `rootDir` (for error messages). */
export async function readKnowledgeBaseFiles(dataDir: string, rootDir: string): Promise<KbSourceFile[]> {
  const entries = await readdir(dataDir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && e.name.endsWith('.yaml'));
  return Promise.all(
    files.map(async (e) => {
      const full = join(e.parentPath, e.name);
      return { path: relative(rootDir, full).split(sep).join('/'), text: await readFile(full, 'utf8') };
    }),
  );
}
