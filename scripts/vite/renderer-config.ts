import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { UserConfig } from 'vite';
import type { Platform } from '../../src/shared/app-api';
import { REPOSITORY_ROOT } from '../../src/node/repository-paths';
import { compileHintsPlugin } from './compile-hints-plugin';
import { contentSecurityPolicyPlugin } from './content-security-policy-plugin';
import { knowledgeAssetsPlugin } from './knowledge-assets-plugin';
import { startUpScriptsPlugin } from './start-up-scripts-plugin';

/**
 * Modules the first window must not wait for (the build fails if they are in the start-up
 * scripts): zod checks saved data and handouts, the figure geometry draws exercise pictures. Both
 * load straight after the first paint.
 */
const NOT_AT_START_UP = [
  /\/node_modules\/zod\//,
  /\/src\/core\/figures\//,
  /\/src\/renderer\/boot\/zod-without-eval\.ts$/,
];

/**
 * The renderer's Vite config, shared by the Electron build and the web build. The only
 * difference is which AppApi adapter `$platform` resolves to.
 */
export function rendererConfig(platform: Platform, outDir: string): UserConfig {
  const { version } = JSON.parse(readFileSync(resolve(REPOSITORY_ROOT, 'package.json'), 'utf8')) as { version: string };
  return {
    define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(version) },
    root: resolve(REPOSITORY_ROOT, 'src/renderer'),
    base: './',
    publicDir: false,
    plugins: [
      svelte({ configFile: false }),
      knowledgeAssetsPlugin(),
      contentSecurityPolicyPlugin(),
      startUpScriptsPlugin(resolve(REPOSITORY_ROOT, 'src/renderer'), 'boot/data-request.ts', NOT_AT_START_UP),
      compileHintsPlugin(),
    ],
    resolve: {
      alias: [
        { find: '$platform', replacement: resolve(REPOSITORY_ROOT, `src/renderer/platform/${platform}/index.ts`) },
        // The handout fonts (made by scripts/fonts/build-print-fonts.ts), which the PDF worker bundles.
        { find: /^\$print-fonts\//, replacement: `${resolve(REPOSITORY_ROOT, 'resources/fonts')}/` },
        // Every `import … from 'zod'` in the renderer gets zod with eval turned off (see the module).
        { find: /^zod$/, replacement: resolve(REPOSITORY_ROOT, 'src/renderer/boot/zod-without-eval.ts') },
      ],
    },
    worker: { format: 'es' },
    build: {
      outDir: resolve(REPOSITORY_ROOT, outDir),
      emptyOutDir: true,
      target: 'es2023',
      // electron-vite leaves the renderer unminified by default; the desktop app should start from
      // the same bytes the web build is measured with (half the size to parse and compile).
      minify: true,
      modulePreload: { polyfill: false },
      reportCompressedSize: true,
      chunkSizeWarningLimit: 2500,
    },
  };
}
