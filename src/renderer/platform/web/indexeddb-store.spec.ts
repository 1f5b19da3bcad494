import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { IndexedDbStore } from './indexeddb-store';

const schema = z.object({ name: z.string() });
let n = 0;
const freshStore = () => new IndexedDbStore(`test-${++n}`, indexedDB, () => new Date('2026-11-22T10:00:00Z'));

describe('IndexedDbStore (the web build’s user data)', () => {
  it('round-trips records and lists them by prefix', async () => {
    const store = freshStore();
    expect(await store.read('settings', schema)).toEqual({ status: 'missing' });
    await store.write('handout/a', { name: 'Ørsted' });
    await store.write('handout/b', { name: 'Zoë' });
    await store.write('settings', { name: 'x' });
    expect(await store.keys('handout/')).toEqual(['handout/a', 'handout/b']);
    expect(await store.read('handout/a', schema)).toEqual({ status: 'ok', value: { name: 'Ørsted' } });
    await store.remove('handout/a');
    expect(await store.keys('handout/')).toEqual(['handout/b']);
  });

  it('moves a record that fails validation aside and reports it', async () => {
    const store = freshStore();
    await store.write('settings', { name: 42 });
    const result = await store.read('settings', schema);
    expect(result).toMatchObject({ status: 'damaged', message: expect.stringContaining('name') });
    expect(await store.damagedKeys()).toEqual(['settings@2026-11-22T10:00:00.000Z']);
    expect(await store.read('settings', schema)).toEqual({ status: 'missing' });
  });
});
