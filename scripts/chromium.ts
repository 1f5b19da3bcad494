import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/**
 * The Chromium the suite drives: one already on the machine, never a download. Set
 * STRIDE_ATLAS_CHROMIUM to a browser binary to choose another.
 */
export function findChromium(): string {
  const fromEnv = process.env['STRIDE_ATLAS_CHROMIUM'];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`STRIDE_ATLAS_CHROMIUM points at ${fromEnv}, which does not exist.`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    [
      'No Chromium found for the end-to-end tests (looked at ' + CANDIDATES.join(', ') + ').',
      'Install one from your distribution, for example on Debian or Ubuntu:',
      '  sudo apt-get install -y chromium',
      'or point STRIDE_ATLAS_CHROMIUM at a Chromium or Chrome binary.',
      '(The suite never downloads a browser.)',
    ].join('\n'),
  );
}

/** Flags that keep Chromium from phoning home; this machine and CI have no network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];
