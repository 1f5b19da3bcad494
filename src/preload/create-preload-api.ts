import type { AppApi, AppApiMethod } from '../shared/app-api';
import { IPC_CHANNELS } from '../shared/ipc-channels';
import { isMenuCommand, MENU_COMMAND_CHANNEL, type MenuCommand } from '../shared/menu-commands';

/** `ipcRenderer.invoke`, narrowed: the renderer gets results only, never the IPC event. */
export type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>;

/** `ipcRenderer.on`/`removeListener` for the one main-to-renderer channel, payload only. */
export interface Subscribe {
  (channel: typeof MENU_COMMAND_CHANNEL, listener: (payload: unknown) => void): () => void;
}

/**
 * Builds the AppApi the preload exposes: one method per IPC channel plus the menu-command
 * subscription, and nothing else, so the renderer can never reach `ipcRenderer`, pick its own
 * channel or see an IPC event object.
 */
export function createPreloadApi(invoke: Invoke, subscribe: Subscribe): AppApi {
  const methods = Object.fromEntries(
    (Object.entries(IPC_CHANNELS) as [AppApiMethod, string][]).map(([method, channel]) => [
      method,
      (...args: unknown[]) => invoke(channel, ...args),
    ]),
  );
  const onMenuCommand = (listener: (command: MenuCommand) => void) =>
    subscribe(MENU_COMMAND_CHANNEL, (payload) => {
      if (isMenuCommand(payload)) listener(payload);
    });
  return Object.freeze({ platform: 'electron', ...methods, onMenuCommand }) as unknown as AppApi;
}
