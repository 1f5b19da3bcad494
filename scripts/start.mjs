#!/usr/bin/env node
/**
 * `npm start`: the desktop app, built and launched with Electron. Electron's binary is fetched once
 * if the install skipped it; where it cannot be fetched (no internet), the identical app starts in
 * the browser instead (scripts/desktop/start-in-browser.ts), so this one command always brings up
 * Stride Atlas. Plain JavaScript so it runs before anything is built.
 */
import { spawnSync } from 'node:child_process';
import { electronBinary, fetchElectronBinary } from './desktop/electron-binary.mjs';

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  process.exit(result.status ?? 1);
}

if (electronBinary()) run('npx', ['electron-vite', 'preview', ...process.argv.slice(2)]);
console.log('Stride Atlas: fetching the Electron binary once (needs internet)…');
if (fetchElectronBinary()) run('npx', ['electron-vite', 'preview', ...process.argv.slice(2)]);
run('npx', ['tsx', 'scripts/desktop/start-in-browser.ts']);
