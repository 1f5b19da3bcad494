/**
 * The Electron adapter (what src/renderer/platform/electron hands the renderer: the preload's
 * window.strideAtlas) over a stand-in for Electron's IPC: the real preload API
 * (src/preload/create-preload-api.ts) invokes
 * the real IPC gate (src/main/ipc/register-ipc-handlers.ts, argument checks included), which
 * calls the real main-process stores on a temporary user-data folder. Arguments and answers are
 * copied with structuredClone, as Electron's IPC does.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { registerIpcHandlers, type IpcRegistrar } from '../../src/main/ipc/register-ipc-handlers';
import { createKeptAsideServices } from '../../src/main/store/kept-aside-store';
import { createUserFileServices } from '../../src/main/store/user-file-store';
import { createUserDataServices } from '../../src/main/store/user-data-service';
import { createPreloadApi } from '../../src/preload/create-preload-api';
import type { AppApi } from '../../src/shared/app-api';
import { describeAppApiContract } from './app-api-contract';

function electronBridge(): AppApi {
  const userData = mkdtempSync(join(tmpdir(), 'stride-atlas-app-api-'));
  const handlers = new Map<string, Parameters<IpcRegistrar['handle']>[1]>();
  registerIpcHandlers({ handle: (channel, listener) => void handlers.set(channel, listener) }, () => true, {
    getAppInfo: async () => ({ name: 'Stride Atlas', version: 'test', platform: 'electron', dataLocation: userData }),
    ...createUserDataServices(userData),
    ...createUserFileServices(userData),
    ...createKeptAsideServices(userData),
    savePdf: async () => ({ status: 'cancelled' }),
    printPage: async () => {},
  });
  const sender = { senderFrame: null, sender: { id: 1 } } as never;
  return createPreloadApi(
    async (channel, ...args) => {
      const handler = handlers.get(channel);
      if (!handler) throw new Error(`No handler for ${channel}`);
      return structuredClone(await handler(sender, ...structuredClone(args)));
    },
    () => () => {},
  );
}

describeAppApiContract('electron', async () => electronBridge());
