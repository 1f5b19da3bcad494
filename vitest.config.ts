import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { knowledgeBasePlugin } from './scripts/vite/knowledge-base-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          include: ['src/**/*.spec.ts', 'tests/**/*.spec.ts', 'scripts/**/*.spec.ts'],
          exclude: ['src/renderer/**', 'node_modules/**'],
          environment: 'node',
          // GitHub's workflow parser imports its JSON schema without an import attribute, which Node
          // refuses; inlined, Vite loads it (tests/desktop/workflows.spec.ts).
          server: { deps: { inline: ['@actions/workflow-parser'] } },
        },
      },
      {
        // The real knowledge base, so component specs render real pages (`import kb from 'virtual:knowledge-base'`).
        plugins: [svelte({ configFile: false }), knowledgeBasePlugin()],
        resolve: { conditions: ['browser'] },
        test: {
          name: 'renderer',
          include: ['src/renderer/**/*.spec.ts'],
          environment: 'jsdom',
          setupFiles: ['src/renderer/test-setup.ts'],
        },
      },
    ],
  },
});
