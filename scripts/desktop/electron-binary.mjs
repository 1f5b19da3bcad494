/**
 * Finding Electron's binary, and fetching it once when it is missing, for `npm start` and
 * `npm run dist`. Plain JavaScript so it runs before anything is built.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The binary's path, or null: the electron package exports the path, and throws while it is missing. */
export function electronBinary() {
  try {
    return /** @type {string} */ (require('electron'));
  } catch {
    return null;
  }
}

/**
 * Runs the electron package's own installer, which downloads the binary (this needs internet, once),
 * and returns the binary's path, or null when it could not be fetched. The installer's output is
 * kept back: on a machine without internet it is a stack trace, and the caller says what happened.
 */
export function fetchElectronBinary() {
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  spawnSync(process.execPath, [require.resolve('electron/install.js')], { stdio: 'ignore', env });
  delete require.cache[require.resolve('electron')];
  return electronBinary();
}
