import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export type ElectronBinary = { available: true; path: string } | { available: false; reason: string };

/** The Electron binary, if the `electron` package managed to fetch it on this machine. */
export function findElectronBinary(): ElectronBinary {
  try {
    return { available: true, path: require('electron') as string };
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      available: false,
      reason:
        'no Electron binary on this machine (the electron package downloads it on first run, which needs ' +
        `internet; here it said: "${detail}"). The same renderer is tested in Chromium by the web project.`,
    };
  }
}
