import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { IndexedDbStore } from './indexeddb-store';

const schema = z.object({ name: z.string() });
let n = 0;
const freshName = () => `test-${++n}`;
const freshStore = (name = freshName()) => new IndexedDbStore(name, indexedDB, () => new Date('2026-11-22T10:00:00Z'));

describe('IndexedDbStore (the web build’s user data)', () => {
  it('round-trips records, keeping each collection apart', async () => {
    const store = freshStore();
    expect(await store.read('records', 'settings', schema)).toEqual({ status: 'missing' });
    await store.write('handouts', 'a', { name: 'Ørsted' });
    await store.write('handouts', 'b', { name: 'Zoë' });
    await store.write('templates', 'a', { name: 'Lateral hip pain' });
    await store.write('records', 'settings', { name: 'x' });
    expect(await store.keys('handouts')).toEqual(['a', 'b']);
    expect(await store.read('handouts', 'a', schema)).toEqual({ status: 'ok', value: { name: 'Ørsted' } });
    expect(await store.read('templates', 'a', schema)).toEqual({ status: 'ok', value: { name: 'Lateral hip pain' } });
    await store.remove('handouts', 'a');
    expect(await store.keys('handouts')).toEqual(['b']);
    expect(await store.keys('templates')).toEqual(['a']);
  });

  it('loads a schema given as a function only when there is a record to check', async () => {
    const store = freshStore();
    let loads = 0;
    const loadSchema = async () => {
      loads += 1;
      return schema;
    };
    expect(await store.read('records', 'layout', loadSchema)).toEqual({ status: 'missing' });
    expect(loads).toBe(0);
    await store.write('records', 'layout', { name: 'wide side bar' });
    expect(await store.read('records', 'layout', loadSchema)).toEqual({
      status: 'ok',
      value: { name: 'wide side bar' },
    });
    expect(loads).toBe(1);
  });

  it('moves a record that fails validation aside and reports it', async () => {
    const store = freshStore();
    await store.write('records', 'settings', { name: 42 });
    const result = await store.read('records', 'settings', schema);
    expect(result).toMatchObject({ status: 'damaged', message: expect.stringContaining('name') });
    expect(await store.damagedKeys()).toEqual(['records/settings@2026-11-22T10:00:00.000Z']);
    expect(await store.damagedRecord('records/settings@2026-11-22T10:00:00.000Z')).toBe('{"name":42}');
    expect(await store.read('records', 'settings', schema)).toEqual({ status: 'missing' });
  });

  it('reads a whole collection, moving only the unreadable records aside', async () => {
    const store = freshStore();
    await store.write('handouts', 'good', { name: 'Zoë' });
    await store.write('handouts', 'bad', { name: 42 });
    const { records, damaged } = await store.readAll('handouts', schema);
    expect(records).toEqual([{ key: 'good', value: { name: 'Zoë' }, raw: '{"name":"Zoë"}' }]);
    expect(damaged).toEqual([
      {
        key: 'bad',
        reason: 'damaged',
        message: expect.stringMatching(/^bad could not be read: name/),
        keptAs: 'damaged records of this browser (handouts/bad@2026-11-22T10:00:00.000Z)',
      },
    ]);
    expect(await store.keys('handouts')).toEqual(['good']);
  });

  it('keeps what an older version of the app saved when it adds the document stores', async () => {
    const name = freshName();
    const v1 = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, 1);
      req.onupgradeneeded = () => {
        req.result.createObjectStore('records');
        req.result.createObjectStore('damaged');
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(new Error(req.error?.message ?? 'IndexedDB could not be opened'));
    });
    const tx = v1.transaction('records', 'readwrite');
    tx.objectStore('records').put(JSON.stringify({ name: 'saved by version 1' }), 'settings');
    await new Promise((resolve) => (tx.oncomplete = resolve));
    v1.close();

    const store = freshStore(name);
    expect(await store.read('records', 'settings', schema)).toEqual({
      status: 'ok',
      value: { name: 'saved by version 1' },
    });
    await store.write('handouts', 'a', { name: 'new' });
    expect(await store.keys('handouts')).toEqual(['a']);
  });

  it('leaves a record in place that was saved again after it was read as damaged', async () => {
    const store = freshStore();
    await store.write('handouts', 'a', { name: 42 });
    const moved = await store.quarantine('handouts', [{ key: 'a', raw: '{"name":41}', problem: 'name' }]);
    expect(moved).toEqual([]);
    expect(await store.read('handouts', 'a', z.object({ name: z.number() }))).toEqual({
      status: 'ok',
      value: { name: 42 },
    });
    expect(await store.damagedKeys()).toEqual([]);
  });
});
