/**
 * Writes the validated knowledge base next to the built CLI (src/cli/compiled-knowledge-base.ts).
 * A knowledge base with problems is not written, and does not fail the build: the CLI then reads
 * data/ and reports them, as `kb check` must be able to.
 */
import type { Plugin } from 'vite';
import {
  COMPILED_KNOWLEDGE_BASE_FILE,
  dataStamp,
  type CompiledKnowledgeBase,
} from '../../src/cli/compiled-knowledge-base';
import { SearchEngine } from '../../src/core/search/search-engine';
import { loadKnowledgeBase } from '../../src/node/load-knowledge-base';

export function cliKnowledgeBasePlugin(): Plugin {
  return {
    name: 'stride-atlas-cli-knowledge-base',
    apply: 'build',
    async generateBundle() {
      // Stamped before reading, so a file saved during the build makes the stamp stale, not wrong.
      const stamp = await dataStamp();
      const result = await loadKnowledgeBase();
      if (!result.ok) {
        this.warn('The knowledge base has problems; the CLI will read data/ (npm run cli -- kb check).');
        return;
      }
      const compiled: CompiledKnowledgeBase = {
        stamp,
        kb: result.kb,
        searchIndex: SearchEngine.fromKnowledgeBase(result.kb).snapshot(),
      };
      this.emitFile({ type: 'asset', fileName: COMPILED_KNOWLEDGE_BASE_FILE, source: JSON.stringify(compiled) });
    },
  };
}
