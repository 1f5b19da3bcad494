import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createPreloadApi } from './create-preload-api';

contextBridge.exposeInMainWorld(
  'strideAtlas',
  createPreloadApi(
    (channel, ...args) => ipcRenderer.invoke(channel, ...args),
    (channel, listener) => {
      const handler = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, handler);
      return () => ipcRenderer.removeListener(channel, handler);
    },
  ),
);
