import { defineConfig } from 'electron-vite';
import { readKnowledgeBaseMeta } from './scripts/desktop/knowledge-base-meta';
import { rendererConfig } from './scripts/vite/renderer-config';

export default defineConfig({
  main: {
    define: { __KNOWLEDGE_BASE_META__: JSON.stringify(readKnowledgeBaseMeta()) },
    build: { outDir: 'out/main' },
  },
  preload: {
    // A sandboxed preload cannot load ES modules or other files: one CommonJS bundle.
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rolldownOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: rendererConfig('electron', 'out/renderer'),
});
