import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { AppApi } from '../shared/app-api';
import { IPC_CHANNELS } from '../shared/ipc-channels';
import { MENU_COMMAND_CHANNEL } from '../shared/menu-commands';
import { createPreloadApi } from './create-preload-api';

/** Every AppApi member, spelled out: the type check fails here when the AppApi gains or loses one. */
const APP_API_MEMBERS = {
  platform: true,
  getAppInfo: true,
  loadSettings: true,
  saveSettings: true,
  loadLayout: true,
  saveLayout: true,
  listUserFiles: true,
  saveUserFile: true,
  deleteUserFile: true,
  listKeptAside: true,
  deleteKeptAside: true,
  savePdf: true,
  printPage: true,
  onMenuCommand: true,
} satisfies Record<keyof AppApi, true>;

describe('the preload API', () => {
  it('exposes exactly the AppApi: the platform, one method per channel, and the menu subscription', () => {
    const api = createPreloadApi(vi.fn(), vi.fn());
    expect(Object.keys(api).sort()).toEqual(Object.keys(APP_API_MEMBERS).sort());
    expect(Object.keys(api).sort()).toEqual(['platform', 'onMenuCommand', ...Object.keys(IPC_CHANNELS)].sort());
    expect(api.platform).toBe('electron');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('sends documents and PDF bytes to their channels unchanged', async () => {
    const invoke = vi.fn(async (..._args: unknown[]) => undefined);
    const api = createPreloadApi(invoke, vi.fn());
    const bytes = new TextEncoder().encode('%PDF-1.7');
    await api.savePdf(bytes, 'Zoë.pdf');
    await api.listUserFiles('template');
    await api.deleteUserFile('handout', '0d8f7a62-3f0b-4d5c-9e1a-2b3c4d5e6f70');
    expect(invoke.mock.calls).toEqual([
      ['pdf:save', bytes, 'Zoë.pdf'],
      ['user-files:list', 'template'],
      ['user-files:delete', 'handout', '0d8f7a62-3f0b-4d5c-9e1a-2b3c4d5e6f70'],
    ]);
    expect(invoke.mock.calls[0]![1]).toBe(bytes);
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
