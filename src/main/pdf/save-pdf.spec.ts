import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { savePdf, type AskWhereToSave } from './save-pdf';

let documents: string;
beforeEach(async () => {
  documents = await mkdtemp(join(tmpdir(), 'stride-atlas-documents-'));
});

const bytes = new TextEncoder().encode('%PDF-1.7\n% Zoë Ørsted\n%%EOF\n');

describe('savePdf (Electron)', () => {
  it('opens the save dialog in the Documents folder with the suggested name', async () => {
    const ask = vi.fn<AskWhereToSave>(async () => undefined);
    await savePdf(bytes, 'Handout Zoë 2026-03-02.pdf', { documentsFolder: documents, askWhereToSave: ask });
    expect(ask).toHaveBeenCalledWith(join(documents, 'Handout Zoë 2026-03-02.pdf'));
  });

  it('never lets the suggested name point the dialog outside the Documents folder', async () => {
    const ask = vi.fn<AskWhereToSave>(async () => undefined);
    await savePdf(bytes, '../../etc/cron.d/x', { documentsFolder: documents, askWhereToSave: ask });
    expect(ask).toHaveBeenCalledWith(join(documents, '-..-etc-cron.d-x.pdf'));
  });

  it('writes nothing and says so when the user cancels', async () => {
    const write = vi.fn(async () => {});
    const result = await savePdf(bytes, 'x.pdf', {
      documentsFolder: documents,
      askWhereToSave: async () => undefined,
      write,
    });
    expect(result).toEqual({ status: 'cancelled' });
    expect(write).not.toHaveBeenCalled();
  });

  it('writes the bytes where the user chose, replacing an older export whole, and says where', async () => {
    const chosen = join(documents, 'Zoë.pdf');
    await writeFile(chosen, 'an older, longer export that must not survive in part');
    const result = await savePdf(bytes, 'Zoë.pdf', { documentsFolder: documents, askWhereToSave: async () => chosen });
    expect(result).toEqual({ status: 'saved', location: chosen });
    expect(new Uint8Array(await readFile(chosen))).toEqual(bytes);
    expect(await readdir(documents)).toEqual(['Zoë.pdf']);
  });

  it('reports a failed write as an error, not as saved', async () => {
    const write = async () => Promise.reject(Object.assign(new Error('read-only file system'), { code: 'EROFS' }));
    await expect(
      savePdf(bytes, 'x.pdf', { documentsFolder: documents, askWhereToSave: async (p) => p, write }),
    ).rejects.toThrow('read-only');
  });
});
