#!/usr/bin/env node
/**
 * `npm run cli -- <command>`: runs the CLI built ahead (out/cli/main.mjs, see vite.cli.config.ts),
 * building it first when it is missing or older than anything it is built from (its code and
 * data/), as on a fresh clone. Plain JavaScript, so it runs before anything is built.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'out', 'cli', 'main.mjs');
/** What the built CLI is made from: its code, the layers below it, the build config, the knowledge base. */
const SOURCES = [
  'src/cli',
  'src/core',
  'src/node',
  'src/shared',
  'data',
  'vite.cli.config.ts',
  'scripts/vite/cli-knowledge-base-plugin.ts',
  'package-lock.json',
];

function newestChange(path) {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats) return 0;
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs; // a deleted file shows as a change of its folder
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}

const builtAt = statSync(built, { throwIfNoEntry: false })?.mtimeMs ?? 0;
if (SOURCES.some((source) => newestChange(join(root, source)) > builtAt)) {
  process.stderr.write('Stride Atlas: building the command-line tool (once, after a change)…\n');
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const build = spawnSync(process.execPath, [vite, 'build', '-c', 'vite.cli.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  if (build.status !== 0) {
    process.stderr.write('Stride Atlas: the command-line tool could not be built (see above).\n');
    process.exit(build.status ?? 1);
  }
}
await import(pathToFileURL(built).href);
