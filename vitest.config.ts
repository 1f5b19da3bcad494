import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { knowledgeBasePlugin } from './scripts/vite/knowledge-base-plugin';

/**
 * The suite must pass on a machine whose two cores are busy with other work: a component test that
 * takes 1 s alone took 5-15 s there (vitest's default is 5 s). Sweeps over the whole knowledge base
 * state their own timeouts; hooks that load it get the same allowance as tests.
 */
const BUSY_MACHINE_TIMEOUT_MS = 30_000;

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          testTimeout: BUSY_MACHINE_TIMEOUT_MS,
          hookTimeout: BUSY_MACHINE_TIMEOUT_MS,
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
          testTimeout: BUSY_MACHINE_TIMEOUT_MS,
          hookTimeout: BUSY_MACHINE_TIMEOUT_MS,
          include: ['src/renderer/**/*.spec.ts'],
          environment: 'jsdom',
          setupFiles: ['src/renderer/test-setup.ts'],
        },
      },
    ],
  },
});
