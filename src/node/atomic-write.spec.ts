import * as fsp from 'node:fs/promises';
import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { SHARED_FILE_MODE, writeFileAtomically, type AtomicWriteFileSystem } from './atomic-write';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'stride-atlas-atomic-'));
});

/** The real file system, recording what happens to the file handles and renames, in order. */
function recordingFileSystem(): { fs: AtomicWriteFileSystem; steps: string[] } {
  const steps: string[] = [];
  const fs: AtomicWriteFileSystem = {
    ...fsp,
    open: (async (path: string, flags: string, mode?: number) => {
      const handle = await fsp.open(path, flags, mode);
      const what = flags === 'r' ? 'folder' : 'temp';
      return Object.assign(Object.create(handle) as fsp.FileHandle, {
        writeFile: async (data: string | Uint8Array) => (steps.push(`write ${what}`), handle.writeFile(data)),
        sync: async () => (steps.push(`fsync ${what}`), handle.sync()),
        close: async () => (steps.push(`close ${what}`), handle.close()),
      });
    }) as typeof fsp.open,
    rename: async (from, to) => (steps.push('rename'), fsp.rename(from, to)),
  };
  return { fs, steps };
}

describe('writeFileAtomically', () => {
  it('flushes the content to disk before renaming it into place, then flushes the folder', async () => {
    const { fs, steps } = recordingFileSystem();
    await writeFileAtomically(join(folder, 'handout.pdf'), new TextEncoder().encode('%PDF-1.7'), fs);
    expect(steps).toEqual(['write temp', 'fsync temp', 'close temp', 'rename', 'fsync folder', 'close folder']);
    expect(await readFile(join(folder, 'handout.pdf'), 'utf8')).toBe('%PDF-1.7');
    expect(await readdir(folder)).toEqual(['handout.pdf']);
  });

  it.runIf(process.platform !== 'win32')(
    'creates files readable by the user only, unless asked otherwise',
    async () => {
      await writeFileAtomically(join(folder, 'settings.json'), '{}');
      await writeFileAtomically(join(folder, 'handout.pdf'), '%PDF', fsp, SHARED_FILE_MODE);
      expect((await stat(join(folder, 'settings.json'))).mode & 0o777).toBe(0o600);
      expect((await stat(join(folder, 'handout.pdf'))).mode & 0o077).not.toBe(0);
    },
  );

  it('replaces an existing file whole', async () => {
    await writeFile(join(folder, 'a.json'), 'old content that is longer than the new');
    await writeFileAtomically(join(folder, 'a.json'), 'new');
    expect(await readFile(join(folder, 'a.json'), 'utf8')).toBe('new');
  });

  it('keeps the old file and removes its temporary file when the rename fails', async () => {
    await writeFile(join(folder, 'a.json'), 'old');
    const failing: AtomicWriteFileSystem = {
      ...fsp,
      rename: async () => Promise.reject(Object.assign(new Error('disk full'), { code: 'ENOSPC' })),
    };
    await expect(writeFileAtomically(join(folder, 'a.json'), 'new', failing)).rejects.toThrow('disk full');
    expect(await readFile(join(folder, 'a.json'), 'utf8')).toBe('old');
    expect(await readdir(folder)).toEqual(['a.json']);
  });

  it('keeps the old file when flushing the new content fails', async () => {
    await writeFile(join(folder, 'a.json'), 'old');
    const failing: AtomicWriteFileSystem = {
      ...fsp,
      open: (async (path: string, flags: string, mode?: number) => {
        const handle = await fsp.open(path, flags, mode);
        return Object.assign(Object.create(handle) as fsp.FileHandle, {
          writeFile: (data: string) => handle.writeFile(data),
          sync: async () => Promise.reject(new Error('I/O error')),
          close: () => handle.close(),
        });
      }) as typeof fsp.open,
    };
    await expect(writeFileAtomically(join(folder, 'a.json'), 'new', failing)).rejects.toThrow('I/O error');
    expect(await readFile(join(folder, 'a.json'), 'utf8')).toBe('old');
    expect(await readdir(folder)).toEqual(['a.json']);
  });

  it('keeps the old file whole when the disk fills half-way through the new content', async () => {
    const old = JSON.stringify({ clinic: 'Riverside Physio', notes: 'o'.repeat(10_000) });
    await writeFile(join(folder, 'settings.json'), old);
    const diskFull: AtomicWriteFileSystem = {
      ...fsp,
      open: (async (path: string, flags: string, mode?: number) => {
        const handle = await fsp.open(path, flags, mode);
        return Object.assign(Object.create(handle) as fsp.FileHandle, {
          // Half the bytes reach the disk, then there is no room for the rest.
          writeFile: async (data: string) => {
            await handle.writeFile(data.slice(0, data.length / 2));
            throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        });
      }) as typeof fsp.open,
    };
    const error = await writeFileAtomically(join(folder, 'settings.json'), 'n'.repeat(50_000), diskFull).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'ENOSPC' });
    expect(await readFile(join(folder, 'settings.json'), 'utf8')).toBe(old);
    expect(await readdir(folder)).toEqual(['settings.json']);
  });
});
