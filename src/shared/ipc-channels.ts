import type { AppApiMethod } from './app-api';

/** One IPC channel per AppApi method, named `domain:verb`. */
export const IPC_CHANNELS = {
  getAppInfo: 'app:info',
  loadSettings: 'settings:load',
  saveSettings: 'settings:save',
  loadLayout: 'layout:load',
  saveLayout: 'layout:save',
  listUserFiles: 'user-files:list',
  saveUserFile: 'user-files:save',
  deleteUserFile: 'user-files:delete',
  listKeptAside: 'kept-aside:list',
  deleteKeptAside: 'kept-aside:delete',
  savePdf: 'pdf:save',
  printPage: 'app:print',
} as const satisfies Record<AppApiMethod, `${string}:${string}`>;

export type IpcChannel = (typeof IPC_CHANNELS)[AppApiMethod];
