import { describe, expect, it, vi } from 'vitest';
import { createHandout } from '../../core/handout/create-handout';
import { MAX_PDF_BYTES } from '../../shared/pdf-file';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { IPC_CHANNELS } from '../../shared/ipc-channels';
import { registerIpcHandlers, type IpcServices } from './register-ipc-handlers';
import type { IpcSenderInfo } from './trusted-sender';

type Listener = (event: IpcSenderInfo, ...args: unknown[]) => Promise<unknown>;

function setup(trusted = true) {
  const listeners = new Map<string, Listener>();
  const services: IpcServices = {
    getAppInfo: vi.fn(async () => ({
      name: 'Stride Atlas',
      version: '1.0.0',
      platform: 'electron' as const,
      dataLocation: '/tmp',
    })),
    loadSettings: vi.fn(async () => ({ status: 'missing' as const })),
    saveSettings: vi.fn(async () => {}),
    loadLayout: vi.fn(async () => ({ status: 'missing' as const })),
    saveLayout: vi.fn(async () => {}),
    listUserFiles: vi.fn(async () => ({ files: [], damaged: [] })),
    saveUserFile: vi.fn(async () => {}),
    deleteUserFile: vi.fn(async () => {}),
    listKeptAside: vi.fn(async () => []),
    deleteKeptAside: vi.fn(async () => {}),
    savePdf: vi.fn(async () => ({ status: 'cancelled' as const })),
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
    await expect(call('settings:save', { ...DEFAULT_SETTINGS, theme: 'neon' })).rejects.toThrow(
      /settings:save: invalid arguments/,
    );
    await expect(call('settings:save')).rejects.toThrow(/invalid arguments/);
    await expect(call('app:print', 'extra')).rejects.toThrow(/invalid arguments/);
    await expect(
      call('settings:save', {
        ...DEFAULT_SETTINGS,
        clinic: { ...DEFAULT_SETTINGS.clinic, logoDataUrl: 'https://x/y.png' },
      }),
    ).rejects.toThrow(/logo/);
    expect(services.saveSettings).not.toHaveBeenCalled();
    expect(services.printPage).not.toHaveBeenCalled();
  });

  it('rejects calls from an untrusted sender', async () => {
    const { call, services } = setup(false);
    await expect(call('app:info')).rejects.toThrow(/not the Stride Atlas window/);
    expect(services.getAppInfo).not.toHaveBeenCalled();
  });
});

const handout = createHandout({
  id: '0d8f7a62-3f0b-4d5c-9e1a-2b3c4d5e6f70',
  now: '2026-03-02T09:00:00+00:00',
  date: '2026-03-02',
  patientName: 'Zoë',
});
const pdfBytes = (text = '%PDF-1.7\n') => new TextEncoder().encode(text);

describe('the document and PDF channels', () => {
  it('pass a valid document on, without properties the schema does not know', async () => {
    const { call, services } = setup();
    await call('user-files:save', 'handout', { ...handout, injected: '<script>' });
    expect(services.saveUserFile).toHaveBeenCalledWith('handout', handout);
    await call('user-files:list', 'template');
    expect(services.listUserFiles).toHaveBeenCalledWith('template');
    await call('user-files:delete', 'handout', handout.id);
    expect(services.deleteUserFile).toHaveBeenCalledWith('handout', handout.id);
  });

  it('reject an unknown kind', async () => {
    const { call, services } = setup();
    await expect(call('user-files:list', 'patients')).rejects.toThrow(/user-files:list: invalid arguments/);
    await expect(call('user-files:save', 'settings', handout)).rejects.toThrow(/invalid arguments/);
    await expect(call('user-files:delete', 'handouts', handout.id)).rejects.toThrow(/invalid arguments/);
    expect(services.listUserFiles).not.toHaveBeenCalled();
    expect(services.saveUserFile).not.toHaveBeenCalled();
    expect(services.deleteUserFile).not.toHaveBeenCalled();
  });

  it('reject an id that is not a UUID, so none can reach a path', async () => {
    const { call, services } = setup();
    for (const id of ['../../etc', '../../etc/passwd', '', 'a/b', `${handout.id}/../x`]) {
      await expect(call('user-files:delete', 'handout', id)).rejects.toThrow(/invalid arguments/);
      await expect(call('user-files:save', 'handout', { ...handout, id })).rejects.toThrow(/1\.id/);
    }
    expect(services.deleteUserFile).not.toHaveBeenCalled();
    expect(services.saveUserFile).not.toHaveBeenCalled();
  });

  it('reject a document that is not of the kind it is saved as, naming the field', async () => {
    const { call, services } = setup();
    await expect(call('user-files:save', 'template', handout)).rejects.toThrow(/1\.name/);
    await expect(call('user-files:save', 'handout', { ...handout, exercises: 'all of them' })).rejects.toThrow(
      /1\.exercises/,
    );
    await expect(call('user-files:save', 'handout')).rejects.toThrow(/invalid arguments/);
    expect(services.saveUserFile).not.toHaveBeenCalled();
  });

  it('save PDF bytes under a safe file name', async () => {
    const { call, services } = setup();
    const bytes = pdfBytes();
    await call('pdf:save', bytes, '../../Zoë: handout');
    expect(services.savePdf).toHaveBeenCalledWith(bytes, '-..-Zoë- handout.pdf');
  });

  it('reject bytes that are not a PDF, too many bytes, and anything that is not bytes', async () => {
    const { call, services } = setup();
    await expect(call('pdf:save', pdfBytes('<html><script>'), 'x.pdf')).rejects.toThrow(/not a PDF/);
    const oversized = new Uint8Array(MAX_PDF_BYTES + 1);
    oversized.set(pdfBytes());
    await expect(call('pdf:save', oversized, 'x.pdf')).rejects.toThrow(/too large/);
    await expect(call('pdf:save', '%PDF-1.7', 'x.pdf')).rejects.toThrow(/invalid arguments/);
    await expect(call('pdf:save', [...pdfBytes()], 'x.pdf')).rejects.toThrow(/invalid arguments/);
    await expect(call('pdf:save', pdfBytes(), 42)).rejects.toThrow(/invalid arguments/);
    expect(services.savePdf).not.toHaveBeenCalled();
  });
});
