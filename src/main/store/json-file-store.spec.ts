import * as fsp from 'node:fs/promises';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DAMAGED_FOLDER, JsonFileStore, type StoreFileSystem } from './json-file-store';

const noteSchema = z.object({ title: z.string(), version: z.number() });

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'stride-atlas-store-'));
});

describe('JsonFileStore', () => {
  it('round-trips a value and reports a missing file as missing', async () => {
    const store = new JsonFileStore(folder);
    expect(await store.read('note.json', noteSchema)).toEqual({ status: 'missing' });
    await store.write('note.json', { title: 'Zoë Łukasz Ørsted Çelik', version: 1 });
    expect(await store.read('note.json', noteSchema)).toEqual({
      status: 'ok',
      value: { title: 'Zoë Łukasz Ørsted Çelik', version: 1 },
    });
  });

  it('a crash between writing the temporary file and renaming it loses nothing', async () => {
    await new JsonFileStore(folder).write('note.json', { title: 'first', version: 1 });
    const crashing: StoreFileSystem = {
      ...fsp,
      rename: async () => {
        throw Object.assign(new Error('power cut'), { code: 'EIO' });
      },
    };
    await expect(
      new JsonFileStore(folder, crashing).write('note.json', { title: 'second', version: 2 }),
    ).rejects.toThrow('power cut');
    expect(await new JsonFileStore(folder).read('note.json', noteSchema)).toEqual({
      status: 'ok',
      value: { title: 'first', version: 1 },
    });
    expect((await readdir(folder)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a process killed before the rename leaves a temporary file that is ignored and cleaned up', async () => {
    const store = new JsonFileStore(folder);
    await store.write('note.json', { title: 'first', version: 1 });
    await writeFile(join(folder, 'note.json.0b5e.tmp'), '{"title":"half-writ');
    expect(await store.list()).toEqual(['note.json']);
    expect(await store.read('note.json', noteSchema)).toMatchObject({ status: 'ok' });
    expect(await store.removeLeftoverTempFiles()).toBe(1);
    expect(await readdir(folder)).toEqual(['note.json']);
  });

  it('moves a corrupt file aside, reports it, and never overwrites it', async () => {
    const store = new JsonFileStore(folder, fsp, () => new Date('2026-11-22T10:00:00Z'));
    await writeFile(join(folder, 'note.json'), '{"title": "unterminated');
    const result = await store.read('note.json', noteSchema);
    expect(result.status).toBe('damaged');
    if (result.status !== 'damaged') return;
    expect(result.message).toMatch(/note\.json could not be read: not valid JSON/);
    expect(result.keptAs).toBe(join(folder, DAMAGED_FOLDER, 'note.2026-11-22T10-00-00-000Z.json'));
    expect(await readFile(result.keptAs, 'utf8')).toBe('{"title": "unterminated');
    expect(await store.read('note.json', noteSchema)).toEqual({ status: 'missing' });
  });

  it('never replaces a file already kept aside, even one damaged at the same moment', async () => {
    const store = new JsonFileStore(folder, fsp, () => new Date('2026-11-22T10:00:00Z'));
    await writeFile(join(folder, 'note.json'), 'first damage');
    const first = await store.read('note.json', noteSchema);
    await writeFile(join(folder, 'note.json'), 'second damage');
    const second = await store.read('note.json', noteSchema);
    if (first.status !== 'damaged' || second.status !== 'damaged') throw new Error('both reads should report damage');
    expect(second.keptAs).not.toBe(first.keptAs);
    expect(await readFile(first.keptAs, 'utf8')).toBe('first damage');
    expect(await readFile(second.keptAs, 'utf8')).toBe('second damage');
  });

  it('treats valid JSON of the wrong shape as damaged, naming the field', async () => {
    const store = new JsonFileStore(folder);
    await writeFile(join(folder, 'note.json'), '{"title": 42, "version": 1}');
    const result = await store.read('note.json', noteSchema);
    expect(result).toMatchObject({ status: 'damaged', message: expect.stringContaining('title') });
  });

  it('1,000 saves in a row leave exactly one valid file holding the last value', { timeout: 60_000 }, async () => {
    const store = new JsonFileStore(folder);
    for (let version = 1; version <= 1000; version++) await store.write('note.json', { title: 'handout', version });
    expect(await readdir(folder)).toEqual(['note.json']);
    expect(await store.read('note.json', noteSchema)).toEqual({
      status: 'ok',
      value: { title: 'handout', version: 1000 },
    });
  });

  it('refuses file names that could escape its folder', async () => {
    const store = new JsonFileStore(folder);
    for (const name of ['../x.json', 'a/b.json', '.json', 'x.txt', '']) {
      await expect(store.write(name, {})).rejects.toThrow(/invalid store file name/);
    }
  });
});
