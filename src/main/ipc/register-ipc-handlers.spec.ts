import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { IPC_CHANNELS } from '../../shared/ipc-channels';
import { registerIpcHandlers, type IpcServices } from './register-ipc-handlers';
import type { IpcSenderInfo } from './trusted-sender';

type Listener = (event: IpcSenderInfo, ...args: unknown[]) => Promise<unknown>;

function setup(trusted = true) {
  const listeners = new Map<string, Listener>();
  const services: IpcServices = {
    getAppInfo: vi.fn(async () => ({ name: 'Stride Atlas', version: '1.0.0', platform: 'electron' as const, dataLocation: '/tmp' })),
    loadSettings: vi.fn(async () => ({ status: 'missing' as const })),
    saveSettings: vi.fn(async () => {}),
    loadLayout: vi.fn(async () => ({ status: 'missing' as const })),
    saveLayout: vi.fn(async () => {}),
    printPage: vi.fn(async () => {}),
  };
  registerIpcHandlers({ handle: (channel, listener) => listeners.set(channel, listener) }, () => trusted, services);
  const event: IpcSenderInfo = { sender: { id: 1 }, senderFrame: { url: 'app://stride-atlas/', parent: null } };
  const call = (channel: string, ...args: unknown[]) => listeners.get(channel)!(event, ...args);
  return { listeners, services, call };
}

describe('registerIpcHandlers: the one gate for IPC', () => {
  it('registers exactly one handler per AppApi channel', () => {
    expect([...setup().listeners.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });

  it('passes valid arguments to the service and returns its result', async () => {
    const { call, services } = setup();
    await call('settings:save', DEFAULT_SETTINGS);
    expect(services.saveSettings).toHaveBeenCalledWith(DEFAULT_SETTINGS);
    expect(await call('app:info')).toMatchObject({ name: 'Stride Atlas' });
  });

  it('rejects invalid payloads before any service code runs', async () => {
    const { call, services } = setup();
    await expect(call('settings:save', { ...DEFAULT_SETTINGS, theme: 'neon' })).rejects.toThrow(/settings:save: invalid arguments/);
    await expect(call('settings:save')).rejects.toThrow(/invalid arguments/);
    await expect(call('app:print', 'extra')).rejects.toThrow(/invalid arguments/);
    await expect(call('settings:save', { ...DEFAULT_SETTINGS, clinic: { ...DEFAULT_SETTINGS.clinic, logoDataUrl: 'https://x/y.png' } })).rejects.toThrow(/logo/);
    expect(services.saveSettings).not.toHaveBeenCalled();
    expect(services.printPage).not.toHaveBeenCalled();
  });

  it('rejects calls from an untrusted sender', async () => {
    const { call, services } = setup(false);
    await expect(call('app:info')).rejects.toThrow(/not the Stride Atlas window/);
    expect(services.getAppInfo).not.toHaveBeenCalled();
  });
});
