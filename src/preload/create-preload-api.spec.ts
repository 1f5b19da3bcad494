import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../shared/ipc-channels';
import { MENU_COMMAND_CHANNEL } from '../shared/menu-commands';
import { createPreloadApi } from './create-preload-api';

describe('the preload API', () => {
  it('exposes exactly the AppApi: the platform, one method per channel, and the menu subscription', () => {
    const api = createPreloadApi(vi.fn(), vi.fn());
    expect(Object.keys(api).sort()).toEqual(['platform', 'onMenuCommand', ...Object.keys(IPC_CHANNELS)].sort());
    expect(api.platform).toBe('electron');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('forwards calls to their own channel and returns only the result', async () => {
    const invoke = vi.fn(async () => ({ status: 'missing' }));
    const api = createPreloadApi(invoke, vi.fn());
    await expect(api.loadSettings()).resolves.toEqual({ status: 'missing' });
    expect(invoke).toHaveBeenCalledWith('settings:load');
  });

  it('passes on only known menu commands, never the IPC event', () => {
    let deliver: (payload: unknown) => void = () => {};
    const unsubscribe = vi.fn();
    const api = createPreloadApi(vi.fn(), (channel, listener) => {
      expect(channel).toBe(MENU_COMMAND_CHANNEL);
      deliver = listener;
      return unsubscribe;
    });
    const received: unknown[] = [];
    const stop = api.onMenuCommand((command) => received.push(command));
    deliver('zoom-in');
    deliver('rm -rf');
    deliver({ sender: 'event' });
    expect(received).toEqual(['zoom-in']);
    stop();
    expect(unsubscribe).toHaveBeenCalled();
  });

  it('never hands ipcRenderer itself to the page', () => {
    const source = readFileSync(join(__dirname, 'index.ts'), 'utf8');
    expect(source).toMatch(/exposeInMainWorld\(\s*'strideAtlas',\s*createPreloadApi\(/);
    expect(source).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*[,)]/);
    expect(source.match(/exposeInMainWorld/g)).toHaveLength(1);
  });
});
