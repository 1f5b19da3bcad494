import { defineConfig } from 'electron-vite';
import { rendererConfig } from './scripts/vite/renderer-config';

export default defineConfig({
  main: {
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
