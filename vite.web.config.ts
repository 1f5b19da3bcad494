import { defineConfig } from 'vite';
import { rendererConfig } from './scripts/vite/renderer-config';

/** The web build of the renderer (`npm run web`), and what the Playwright suite drives. */
export default defineConfig(rendererConfig('web', 'dist/web'));
