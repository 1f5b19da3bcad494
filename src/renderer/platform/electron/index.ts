import type { AppApi } from '../../../shared/app-api';

declare global {
  interface Window {
    /** Exposed by src/preload through contextBridge. */
    readonly strideAtlas?: AppApi;
  }
}

function electronApi(): AppApi {
  if (!window.strideAtlas) throw new Error('The Stride Atlas preload did not run: window.strideAtlas is missing.');
  return window.strideAtlas;
}

/** The AppApi for the desktop app: the preload's bridge to the main process. */
export const appApi: AppApi = electronApi();
