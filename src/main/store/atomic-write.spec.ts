import * as fsp from 'node:fs/promises';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomically, type AtomicWriteFileSystem } from './atomic-write';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'stride-atlas-atomic-'));
});

/** The real file system, recording what happens to the file handles and renames, in order. */
function recordingFileSystem(): { fs: AtomicWriteFileSystem; steps: string[] } {
  const steps: string[] = [];
  const fs: AtomicWriteFileSystem = {
    ...fsp,
    open: (async (path: string, flags: string) => {
      const handle = await fsp.open(path, flags);
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
      open: (async (path: string, flags: string) => {
        const handle = await fsp.open(path, flags);
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
});
