/**
 * The command-line tool, built ahead into one Node module (out/cli/main.mjs) so that `npm run cli`
 * starts at once instead of compiling TypeScript on every call, with the knowledge base checked and
 * compiled beside it (out/cli/knowledge-base.json). Packages stay in node_modules.
 * scripts/cli.mjs builds it on demand when it is missing or older than its sources.
 */
import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';
import { cliKnowledgeBasePlugin } from './scripts/vite/cli-knowledge-base-plugin';

export default defineConfig({
  plugins: [cliKnowledgeBasePlugin()],
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    reportCompressedSize: false,
    rollupOptions: {
      external: [...builtinModules, /^node:/, 'zod', 'yaml', 'flexsearch', /^pdfmake(\/|$)/],
      // Every chunk beside main.mjs: src/node/repository-paths.ts finds the repository from its own place.
      output: { entryFileNames: 'main.mjs', chunkFileNames: '[name].mjs', format: 'es' },
    },
  },
});
