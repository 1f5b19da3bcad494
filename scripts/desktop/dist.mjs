#!/usr/bin/env node
/**
 * `npm run dist`: the installer for this system (electron-builder.yml): AppImage and deb on Linux,
 * an NSIS installer on Windows, dmg files on macOS, in release/. electron-builder packs Electron's
 * own program into the installer, so where Electron's binary cannot be fetched this stops with a
 * message instead of failing half-way. Extra arguments go to electron-builder.
 */
import { spawnSync } from 'node:child_process';
import { electronBinary, fetchElectronBinary } from './electron-binary.mjs';

if (!electronBinary() && !fetchElectronBinary()) {
  console.error(
    [
      'npm run dist needs the Electron binary: an installer carries Electron itself, and this machine',
      'could not download it (it needs internet once). Build installers on a machine with internet,',
      'or push a version tag and let .github/workflows/release.yml build all three (see README.md).',
    ].join('\n'),
  );
  process.exit(1);
}

for (const [command, args] of [
  ['npx', ['electron-vite', 'build']],
  ['npx', ['electron-builder', '--publish', 'never', ...process.argv.slice(2)]],
]) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
