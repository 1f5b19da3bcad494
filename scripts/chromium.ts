import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

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

/**
 * Features Playwright switches off when it launches Chromium (its chromiumSwitches), several of
 * them so that Chromium makes no requests of its own. Chromium honours only the last
 * `--disable-features` switch on its command line, and ours comes after Playwright's, so ours
 * must repeat them: chromium.spec.ts checks this list against the installed Playwright.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
] as const;

/** Chromium services that would reach for the network; this machine and CI have none. */
const OFFLINE_FEATURES = ['Translate'] as const;

/**
 * Chromium's address-bar pop-up: web pages (chrome://omnibox-popup.top-chrome) that Chromium loads
 * into a renderer process of their own for every new browser window, headless too. A desktop
 * window has no address bar (Electron shows our renderer alone), and a physio using the web build
 * opens it in a browser window that already exists; but the suite and the benchmark open a new
 * window for every start, so that renderer was starting beside ours each time: about 90 ms of CPU
 * on this two-core machine, during the start-up the benchmark times.
 */
export const ADDRESS_BAR_POPUP_FEATURES = [
  'WebUIOmniboxPopup',
  'WebUIOmniboxAimPopup',
  'WebUIOmniboxFullPopup',
] as const;

/**
 * Chromium's command-line flags for the suite and the benchmarks: no requests of its own, nothing
 * running beside the app. `addressBarPopup` puts Chromium's pop-up back (the benchmark reports
 * start-up with it too, for comparison).
 */
export function chromiumArgs({ addressBarPopup = false }: { addressBarPopup?: boolean } = {}): string[] {
  const disabled = [
    ...PLAYWRIGHT_DISABLED_FEATURES,
    ...OFFLINE_FEATURES,
    ...(addressBarPopup ? [] : ADDRESS_BAR_POPUP_FEATURES),
  ];
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    `--disable-features=${disabled.join(',')}`,
  ];
}

export const CHROMIUM_ARGS = chromiumArgs();
