import type { WebPreferences } from 'electron';

/**
 * The renderer's webPreferences. Every flag is spelled out, even where it matches Electron's
 * default, so a unit test can hold each one and a change to a default cannot weaken us silently.
 */
export function createSecureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
  };
}
