#!/usr/bin/env node
/**
 * `npm start`: make sure the Electron binary is present (fetching it once if needed), then build
 * and launch the desktop app. Plain JavaScript so it runs before anything is built.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    // The electron package exports the binary's path, and throws when the binary is missing.
    return require('electron');
  } catch {
    return null;
  }
}

if (!electronBinary()) {
  console.log('Stride Atlas: the Electron binary is not installed yet; fetching it once (needs internet)…');
  const installer = require.resolve('electron/install.js');
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  spawnSync(process.execPath, [installer], { stdio: 'inherit', env });
  delete require.cache[require.resolve('electron')];
  if (!electronBinary()) {
    console.error(
      [
        '',
        'Could not get the Electron binary (it is downloaded once, on first start, and this machine',
        'seems to have no internet connection).',
        '',
        '  • Connect to the internet once and run `npm start` again; after that no network is needed.',
        '  • Or use the same app in your browser, fully offline: `npm run web`.',
        '',
      ].join('\n'),
    );
    process.exit(1);
  }
}

const result = spawnSync('npx', ['electron-vite', 'preview', ...process.argv.slice(2)], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
process.exit(result.status ?? 1);
