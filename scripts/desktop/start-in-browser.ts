/**
 * `npm start` where Electron's binary cannot be fetched: builds the web version (the same renderer,
 * with the browser's storage instead of files), serves it on 127.0.0.1 only, and opens it in the
 * system browser. One line says why and where.
 */
import { join } from 'node:path';
import { build } from 'vite';
import { REPOSITORY_ROOT } from '../../src/node/repository-paths';
import { createWebServer } from '../web-server';
import { listenOnLoopback } from './loopback';
import { openInSystemBrowser } from './system-browser';

await build({ configFile: join(REPOSITORY_ROOT, 'vite.web.config.ts'), logLevel: 'error' });
const port = await listenOnLoopback(createWebServer(join(REPOSITORY_ROOT, 'dist', 'web')), 4173);
const url = `http://127.0.0.1:${port}/`;
const opened = await openInSystemBrowser(url);
console.log(
  `Stride Atlas: the Electron binary could not be fetched (no internet?), so the same app runs in your browser ${
    opened ? 'at' : '— open'
  } ${url} (Ctrl+C to stop).`,
);
