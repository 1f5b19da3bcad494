import * as fsp from 'node:fs/promises';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { refuseNewerSettings } from '../../shared/settings';
import { JsonFileStore, type StoreFileSystem } from './json-file-store';
import { ReadBeforeWriteFile } from './read-before-write-file';

const clinicSchema = z.object({ name: z.string() });

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'stride-atlas-read-before-write-'));
});

const onDisk = async () => JSON.parse(await readFile(join(folder, 'clinic.json'), 'utf8')) as unknown;

describe('ReadBeforeWriteFile', () => {
  it('refuses a save before the file was read, and keeps the file', async () => {
    await writeFile(join(folder, 'clinic.json'), JSON.stringify({ name: 'Riverside Physio' }));
    const file = new ReadBeforeWriteFile(new JsonFileStore(folder), 'clinic.json', clinicSchema);
    await expect(file.save({ name: '' })).rejects.toThrow(
      'clinic.json was not replaced: it has not been read since Stride Atlas started',
    );
    expect(await onDisk()).toEqual({ name: 'Riverside Physio' });
  });

  it('refuses every save after a read that failed, and keeps the file', async () => {
    await writeFile(join(folder, 'clinic.json'), JSON.stringify({ name: 'Riverside Physio' }));
    const unreadable: StoreFileSystem = {
      ...fsp,
      readFile: async () => {
        throw Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' });
      },
    };
    const file = new ReadBeforeWriteFile(new JsonFileStore(folder, unreadable), 'clinic.json', clinicSchema);
    await expect(file.load()).rejects.toThrow('EIO');
    await expect(file.save({ name: '' })).rejects.toThrow(
      'clinic.json was not replaced: it could not be read when the window opened (EIO: i/o error, read)',
    );
    expect(await onDisk()).toEqual({ name: 'Riverside Physio' });
  });

  it('saves after a read that found the file, found none, or moved a damaged one aside', async () => {
    for (const before of [JSON.stringify({ name: 'Riverside Physio' }), undefined, '{"name": ']) {
      const here = await mkdtemp(join(folder, 'case-'));
      if (before !== undefined) await writeFile(join(here, 'clinic.json'), before);
      const file = new ReadBeforeWriteFile(new JsonFileStore(here), 'clinic.json', clinicSchema);
      await file.load();
      await file.save({ name: 'Riverside Running Clinic' });
      expect(JSON.parse(await readFile(join(here, 'clinic.json'), 'utf8'))).toEqual({
        name: 'Riverside Running Clinic',
      });
    }
  });

  it('runs a save asked for while the read is under way after it, and saves in the order asked', async () => {
    await writeFile(join(folder, 'clinic.json'), JSON.stringify({ name: 'Riverside Physio' }));
    const file = new ReadBeforeWriteFile(new JsonFileStore(folder), 'clinic.json', clinicSchema);
    const loading = file.load();
    const saves = [file.save({ name: 'first' }), file.save({ name: 'second' }), file.save({ name: 'third' })];
    expect(await loading).toEqual({ status: 'ok', value: { name: 'Riverside Physio' } });
    await Promise.all(saves);
    expect(await onDisk()).toEqual({ name: 'third' });
  });

  it('leaves settings a newer version saved where they are, and refuses to replace them', async () => {
    const newer = JSON.stringify({ schemaVersion: 2, name: 'Riverside Physio', addedLater: true });
    await writeFile(join(folder, 'clinic.json'), newer);
    const file = new ReadBeforeWriteFile(new JsonFileStore(folder), 'clinic.json', clinicSchema, refuseNewerSettings);
    expect(await file.load()).toEqual({
      status: 'damaged',
      reason: 'newer',
      message: expect.stringContaining('clinic.json was skipped: this settings file was saved by a newer version'),
      keptAs: join(folder, 'clinic.json'),
    });
    await expect(file.save({ name: '' })).rejects.toThrow('clinic.json was not replaced');
    expect(await readFile(join(folder, 'clinic.json'), 'utf8')).toBe(newer);
    expect(await readdir(folder)).toEqual(['clinic.json']);
  });
});
