import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createHandout } from '../../../core/handout/create-handout';
import { HANDOUT_SCHEMA_VERSION, type Handout, type HandoutTemplate } from '../../../core/handout/handout';
import { IndexedDbStore } from './indexeddb-store';
import { createWebUserFiles } from './web-user-files';

let n = 0;
function setup() {
  const databaseName = `documents-${++n}`;
  const store = new IndexedDbStore(databaseName, indexedDB, () => new Date('2026-11-22T10:00:00Z'));
  return { databaseName, store, userFiles: createWebUserFiles(store) };
}

/** Puts text into a record directly, as a damaged or older record would be found. */
async function putRaw(databaseName: string, collection: string, key: IDBValidKey, text: string): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(databaseName);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(new Error(req.error?.message ?? 'IndexedDB could not be opened'));
  });
  const tx = db.transaction(collection, 'readwrite');
  tx.objectStore(collection).put(text, key);
  await new Promise((resolve) => (tx.oncomplete = resolve));
  db.close();
}

const ids = {
  a: '0d8f7a62-3f0b-4d5c-9e1a-2b3c4d5e6f70',
  b: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  c: 'f47ac10b-58cc-4372-a567-0e02b2c3d479',
};

function handout(id: string, patientName: string, updatedAt = '2026-03-02T09:00:00+00:00'): Handout {
  return { ...createHandout({ id, now: '2026-03-02T09:00:00+00:00', date: '2026-03-02', patientName }), updatedAt };
}

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

// What both hosts do alike (save, list, replace, delete, refuse) is in tests/app-api/app-api-contract.ts.
describe('handouts and templates in the web build', () => {
  it('moves damaged records aside, leaves newer ones in place, reports each, and still lists the rest', async () => {
    const { databaseName, store, userFiles } = setup();
    await userFiles.saveUserFile('handout', handout(ids.a, 'Zoë'));
    await putRaw(databaseName, 'handouts', ids.b, '{"schemaVersion": 1, "id": "7c9e');
    const future = JSON.stringify({ ...handout(ids.c, 'From the future'), schemaVersion: HANDOUT_SCHEMA_VERSION + 1 });
    await putRaw(databaseName, 'handouts', ids.c, future);

    const newer = {
      name: `handouts/${ids.c}`,
      reason: 'newer',
      message: expect.stringMatching(/was skipped: .*saved by a newer version of Stride Atlas/),
      keptAs: `records of this browser (handouts/${ids.c}), left where it is`,
    };
    const listed = await userFiles.listUserFiles('handout');
    expect(listed.files.map((h) => h.id)).toEqual([ids.a]);
    expect(listed.damaged).toEqual([
      {
        name: `handouts/${ids.b}`,
        reason: 'damaged',
        message: expect.stringMatching(/not valid JSON/),
        keptAs: `damaged records of this browser (handouts/${ids.b}@2026-11-22T10:00:00.000Z)`,
      },
      newer,
    ]);
    expect(await store.damagedKeys()).toEqual([`handouts/${ids.b}@2026-11-22T10:00:00.000Z`]);
    // The damaged one is reported once; the newer one stays, and is reported until the app can read it.
    expect(await userFiles.listUserFiles('handout')).toEqual({ files: [handout(ids.a, 'Zoë')], damaged: [newer] });
    expect(await store.keys('handouts')).toEqual([ids.a, ids.c].sort());
  });

  it('reads a pre-release record in the current format', async () => {
    const { databaseName, userFiles } = setup();
    const { include: _dropped, ...options } = handout(ids.a, '').options;
    await userFiles.saveUserFile('template', template); // creates the database
    await putRaw(
      databaseName,
      'handouts',
      ids.a,
      JSON.stringify({ ...handout(ids.a, 'Early user'), schemaVersion: 0, options }),
    );
    expect(await userFiles.listUserFiles('handout')).toEqual({
      files: [handout(ids.a, 'Early user')],
      damaged: [],
    });
  });

  it('does not adopt a record whose document has another id', async () => {
    const { databaseName, userFiles } = setup();
    await userFiles.saveUserFile('template', template);
    await putRaw(databaseName, 'handouts', ids.b, JSON.stringify(handout(ids.a, 'Copied')));
    const listed = await userFiles.listUserFiles('handout');
    expect(listed.files).toEqual([]);
    expect(listed.damaged).toEqual([
      expect.objectContaining({
        name: `handouts/${ids.b}`,
        message: expect.stringContaining('does not match its key'),
      }),
    ]);
  });

  it('moves a record under a number key aside once, under that key, not again on every load', async () => {
    const { databaseName, store, userFiles } = setup();
    await userFiles.saveUserFile('handout', handout(ids.a, 'Zoë'));
    await putRaw(databaseName, 'handouts', 42, JSON.stringify(handout(ids.b, 'Under a number')));
    const first = await userFiles.listUserFiles('handout');
    expect(first.damaged).toEqual([
      {
        name: 'handouts/42',
        reason: 'damaged',
        message: expect.stringContaining('does not match its key'),
        keptAs: 'damaged records of this browser (handouts/42@2026-11-22T10:00:00.000Z)',
      },
    ]);
    expect(await userFiles.listUserFiles('handout')).toEqual({ files: [handout(ids.a, 'Zoë')], damaged: [] });
    expect(await store.damagedKeys()).toEqual(['handouts/42@2026-11-22T10:00:00.000Z']);
  });

  it('keeps a save that arrives while a listing is moving the old, damaged record aside', async () => {
    const { databaseName, userFiles } = setup();
    await userFiles.saveUserFile('template', template);
    await putRaw(databaseName, 'handouts', ids.a, '{"truncated');
    const listing = userFiles.listUserFiles('handout');
    const saving = userFiles.saveUserFile('handout', handout(ids.a, 'Saved just now'));
    expect((await listing).damaged).toHaveLength(1);
    await saving;
    expect(await userFiles.listUserFiles('handout')).toEqual({
      files: [handout(ids.a, 'Saved just now')],
      damaged: [],
    });
  });
});
