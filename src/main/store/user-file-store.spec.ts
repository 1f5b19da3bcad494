import * as fsp from 'node:fs/promises';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createHandout } from '../../core/handout/create-handout';
import { HANDOUT_SCHEMA_VERSION, type Handout, type HandoutTemplate } from '../../core/handout/handout';
import { createUserFileServices } from './user-file-store';
import type { StoreFileSystem } from './json-file-store';

let userData: string;
beforeEach(async () => {
  userData = await mkdtemp(join(tmpdir(), 'stride-atlas-documents-'));
});

const handoutsFolder = () => join(userData, 'handouts');
const fixedClock = () => new Date('2026-11-22T10:00:00Z');

function handout(id: string, patientName: string, updatedAt = '2026-03-02T09:00:00+00:00'): Handout {
  return { ...createHandout({ id, now: '2026-03-02T09:00:00+00:00', date: '2026-03-02', patientName }), updatedAt };
}

const ids = {
  a: '0d8f7a62-3f0b-4d5c-9e1a-2b3c4d5e6f70',
  b: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  c: 'f47ac10b-58cc-4372-a567-0e02b2c3d479',
};

const template: HandoutTemplate = {
  schemaVersion: HANDOUT_SCHEMA_VERSION,
  id: ids.c,
  name: 'Lateral hip pain — early loading',
  conditions: [],
  exercises: [],
  topics: [],
  notes: '',
  options: handout(ids.a, '').options,
  createdAt: '2026-03-02T09:00:00+00:00',
  updatedAt: '2026-03-02T09:00:00+00:00',
};

const filesIn = async (folder: string) => (await readdir(folder)).sort();

describe('the handout and template store (Electron)', () => {
  it('keeps each document in its own JSON file under the user-data folder, and lists them newest first', async () => {
    const store = createUserFileServices(userData);
    await store.saveUserFile('handout', handout(ids.a, 'Zoë Ørsted', '2026-03-02T09:00:00+00:00'));
    await store.saveUserFile('handout', handout(ids.b, 'Łukasz Çelik', '2026-03-05T09:00:00+00:00'));
    await store.saveUserFile('template', template);
    expect(await filesIn(handoutsFolder())).toEqual([`${ids.a}.json`, `${ids.b}.json`]);
    expect(await filesIn(join(userData, 'templates'))).toEqual([`${ids.c}.json`]);

    const listed = await store.listUserFiles('handout');
    expect(listed.damaged).toEqual([]);
    expect(listed.files.map((h) => h.patientName)).toEqual(['Łukasz Çelik', 'Zoë Ørsted']);
    expect(await store.listUserFiles('template')).toEqual({ files: [template], damaged: [] });
  });

  it('lists nothing, without an error, before anything was saved', async () => {
    expect(await createUserFileServices(userData).listUserFiles('handout')).toEqual({ files: [], damaged: [] });
  });

  it('replaces a document saved again under the same id, and deletes it', async () => {
    const store = createUserFileServices(userData);
    await store.saveUserFile('handout', handout(ids.a, 'first'));
    await store.saveUserFile('handout', handout(ids.a, 'second'));
    expect((await store.listUserFiles('handout')).files.map((h) => h.patientName)).toEqual(['second']);
    await store.deleteUserFile('handout', ids.a);
    expect(await store.listUserFiles('handout')).toEqual({ files: [], damaged: [] });
    await expect(store.deleteUserFile('handout', ids.a)).resolves.toBeUndefined();
  });

  it('runs operations in the order they were asked for: a save then a delete ends deleted', async () => {
    const store = createUserFileServices(userData);
    const save = store.saveUserFile('handout', handout(ids.a, 'Zoë'));
    const remove = store.deleteUserFile('handout', ids.a);
    await Promise.all([save, remove]);
    expect(await filesIn(handoutsFolder())).toEqual([]);
  });

  it(
    '1,000 saves of the same handout in a row leave exactly one valid file holding the last one',
    { timeout: 60_000 },
    async () => {
      const store = createUserFileServices(userData);
      for (let n = 1; n <= 1000; n++) await store.saveUserFile('handout', handout(ids.a, `save ${n}`));
      expect(await filesIn(handoutsFolder())).toEqual([`${ids.a}.json`]);
      expect(JSON.parse(await readFile(join(handoutsFolder(), `${ids.a}.json`), 'utf8'))).toEqual(
        handout(ids.a, 'save 1000'),
      );
      expect((await store.listUserFiles('handout')).files.map((h) => h.patientName)).toEqual(['save 1000']);
    },
  );

  it('a crash between writing and renaming loses nothing: the old file stays whole', async () => {
    await createUserFileServices(userData).saveUserFile('handout', handout(ids.a, 'before'));
    const crashing: StoreFileSystem = {
      ...fsp,
      rename: async () => Promise.reject(Object.assign(new Error('power cut'), { code: 'EIO' })),
    };
    await expect(
      createUserFileServices(userData, crashing).saveUserFile('handout', handout(ids.a, 'after')),
    ).rejects.toThrow('power cut');
    expect(await filesIn(handoutsFolder())).toEqual([`${ids.a}.json`]);
    expect(await createUserFileServices(userData).listUserFiles('handout')).toEqual({
      files: [handout(ids.a, 'before')],
      damaged: [],
    });
  });

  it('a process killed before the rename leaves a temporary file that the list ignores and the next start removes', async () => {
    await createUserFileServices(userData).saveUserFile('handout', handout(ids.a, 'before'));
    // Killed: the rename never happens and nothing is left to clean up after it.
    const killed: StoreFileSystem = {
      ...fsp,
      rename: async () => Promise.reject(new Error('killed')),
      rm: async () => Promise.reject(new Error('killed')),
    };
    await expect(
      createUserFileServices(userData, killed).saveUserFile('handout', handout(ids.a, 'after')),
    ).rejects.toThrow('killed');
    const leftovers = (await readdir(handoutsFolder())).filter((f) => f.endsWith('.tmp'));
    expect(leftovers).toHaveLength(1);

    const restarted = createUserFileServices(userData);
    expect(await restarted.listUserFiles('handout')).toEqual({ files: [handout(ids.a, 'before')], damaged: [] });
    expect(await filesIn(handoutsFolder())).toEqual([`${ids.a}.json`]);
  });

  it('moves corrupt files aside, reports each by name, and still lists the rest', async () => {
    const store = createUserFileServices(userData, fsp, fixedClock);
    await store.saveUserFile('handout', handout(ids.a, 'Zoë'));
    await writeFile(join(handoutsFolder(), `${ids.b}.json`), '{"schemaVersion": 1, "id": "7c9e');
    const wrongShape = { ...handout(ids.c, 'Ørsted'), exercises: [{ exerciseId: 'clamshell', sets: 'three' }] };
    await writeFile(join(handoutsFolder(), `${ids.c}.json`), JSON.stringify(wrongShape));

    const listed = await store.listUserFiles('handout');
    expect(listed.files.map((h) => h.id)).toEqual([ids.a]);
    expect(listed.damaged).toEqual([
      {
        name: `handouts/${ids.b}.json`,
        reason: 'damaged',
        message: expect.stringMatching(/could not be read: not valid JSON/),
        keptAs: join(handoutsFolder(), 'damaged', `${ids.b}.2026-11-22T10-00-00-000Z.json`),
      },
      {
        name: `handouts/${ids.c}.json`,
        reason: 'damaged',
        message: expect.stringContaining('exercises.0'),
        keptAs: join(handoutsFolder(), 'damaged', `${ids.c}.2026-11-22T10-00-00-000Z.json`),
      },
    ]);
    expect(await readFile(listed.damaged[0]!.keptAs, 'utf8')).toBe('{"schemaVersion": 1, "id": "7c9e');
    expect(JSON.parse(await readFile(listed.damaged[1]!.keptAs, 'utf8'))).toEqual(wrongShape);
    expect(await store.listUserFiles('handout')).toEqual({ files: [handout(ids.a, 'Zoë')], damaged: [] });
  });

  it('skips a handout saved by a newer version, leaves it where it is, and refuses to save over it', async () => {
    const store = createUserFileServices(userData, fsp, fixedClock);
    const future = JSON.stringify({
      ...handout(ids.a, 'From the future'),
      schemaVersion: HANDOUT_SCHEMA_VERSION + 1,
      newField: true,
    });
    await mkdir(handoutsFolder(), { recursive: true });
    const path = join(handoutsFolder(), `${ids.a}.json`);
    await writeFile(path, future);

    const newer = {
      name: `handouts/${ids.a}.json`,
      reason: 'newer',
      message: expect.stringMatching(
        new RegExp(
          `was skipped: .*saved by a newer version of Stride Atlas \\(format ${HANDOUT_SCHEMA_VERSION + 1}; this version reads formats up to ${HANDOUT_SCHEMA_VERSION}\\)`,
        ),
      ),
      keptAs: path,
    };
    expect(await store.listUserFiles('handout')).toEqual({ files: [], damaged: [newer] });
    await expect(store.saveUserFile('handout', handout(ids.a, 'Saved again'))).rejects.toThrow(
      /was not replaced: a newer version of Stride Atlas saved it/,
    );
    expect(await readFile(path, 'utf8')).toBe(future);
    expect(await filesIn(handoutsFolder())).toEqual([`${ids.a}.json`]);
    // Still there, and still reported, on the next start: the updated app will read it.
    expect(await createUserFileServices(userData, fsp, fixedClock).listUserFiles('handout')).toEqual({
      files: [],
      damaged: [newer],
    });
  });

  it('reads a pre-release handout in the current format without rewriting its file', async () => {
    const { include: _dropped, ...options } = handout(ids.a, '').options;
    const preRelease = JSON.stringify({ ...handout(ids.a, 'Early user'), schemaVersion: 0, options });
    await mkdir(handoutsFolder(), { recursive: true });
    await writeFile(join(handoutsFolder(), `${ids.a}.json`), preRelease);

    const listed = await createUserFileServices(userData).listUserFiles('handout');
    expect(listed).toEqual({ files: [handout(ids.a, 'Early user')], damaged: [] });
    expect(await readFile(join(handoutsFolder(), `${ids.a}.json`), 'utf8')).toBe(preRelease);
  });

  it('does not adopt a valid handout stored under another id’s file name', async () => {
    const store = createUserFileServices(userData, fsp, fixedClock);
    await mkdir(handoutsFolder(), { recursive: true });
    await writeFile(join(handoutsFolder(), `${ids.b}.json`), JSON.stringify(handout(ids.a, 'Copied')));
    const listed = await store.listUserFiles('handout');
    expect(listed.files).toEqual([]);
    expect(listed.damaged).toEqual([
      expect.objectContaining({
        name: `handouts/${ids.b}.json`,
        message: expect.stringContaining('does not match its file name'),
      }),
    ]);
  });

  it('leaves files it did not name alone', async () => {
    await mkdir(handoutsFolder(), { recursive: true });
    await writeFile(join(handoutsFolder(), 'notes.json'), 'not ours');
    expect(await createUserFileServices(userData).listUserFiles('handout')).toEqual({ files: [], damaged: [] });
    expect(await filesIn(handoutsFolder())).toEqual(['notes.json']);
  });

  it('refuses an id that is not a UUID, so nothing outside its folder can be touched', async () => {
    const store = createUserFileServices(userData);
    await writeFile(join(userData, 'settings.json'), '{}');
    await expect(store.deleteUserFile('handout', '../settings')).rejects.toThrow(/invalid file id/);
    await expect(store.saveUserFile('handout', { ...handout(ids.a, ''), id: '../settings' })).rejects.toThrow(
      /invalid file id/,
    );
    expect(await readFile(join(userData, 'settings.json'), 'utf8')).toBe('{}');
  });
});
