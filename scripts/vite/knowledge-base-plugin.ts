import { dirname } from 'node:path';
import type { Plugin } from 'vite';
import { formatKbIssue } from '../../src/core/kb/knowledge-base';
import { loadKnowledgeBase } from '../../src/node/load-knowledge-base';
import { DATA_DIR } from '../../src/node/repository-paths';

export const VIRTUAL_ID = 'virtual:knowledge-base';
export const RESOLVED_ID = '\0' + VIRTUAL_ID;

/**
 * Compiles data/ into the bundle as `virtual:knowledge-base`. A schema error or dangling
 * reference fails the build with the file, item and field; in `npm run dev` editing a YAML file
 * reloads the page with the new content.
 */
export function knowledgeBasePlugin(dataDir: string = DATA_DIR): Plugin {
  return {
    name: 'stride-atlas:knowledge-base',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const result = await loadKnowledgeBase(dataDir, dirname(dataDir));
      if (!result.ok) {
        this.error(`The knowledge base in data/ is invalid:\n${result.issues.map(formatKbIssue).join('\n')}`);
      }
      // JSON.parse of a string literal is parsed faster by V8 than the equivalent object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(result.kb))});`;
    },
    configureServer(server) {
      server.watcher.add(dataDir);
      server.watcher.on('change', (file) => {
        if (!file.startsWith(dataDir)) return;
        const mod = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
