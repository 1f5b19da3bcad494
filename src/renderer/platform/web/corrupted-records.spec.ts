import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  COLLECTION,
  CORRUPTED,
  expectEverythingAccountedFor,
  plan,
  SEED,
  tally,
  type Planted,
} from '../../../../tests/faults/support/corruption-plan';
import { IndexedDbStore } from './indexeddb-store';
import { createWebUserFiles } from './web-user-files';

// The desktop half of this fault test is tests/faults/corrupted-stores.spec.ts.
describe(`${CORRUPTED} randomly damaged stored records (seed ${SEED})`, () => {
  it(
    'web: each is reported and kept aside (newer ones in place), everything else loads',
    { timeout: 300_000 },
    async () => {
      const store = new IndexedDbStore(`corrupt-${SEED}`);
      const planned = plan();
      const userFiles = createWebUserFiles(store);
      for (const { kind, file } of planned.valid.values())
        await store.write(COLLECTION[kind], file['id'] as string, file);
      // write() stores JSON text; a damaged record is put as it was found.
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(`corrupt-${SEED}`);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(new Error('IndexedDB could not be opened'));
      });
      const tx = db.transaction(['handouts', 'templates'], 'readwrite');
      for (const { kind, id, corruption } of planned.planted)
        tx.objectStore(COLLECTION[kind]).put(corruption.stored, id);
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();

      const nameOf = (p: Planted) => `${COLLECTION[p.kind]}/${p.id}`;
      await expectEverythingAccountedFor(userFiles.listUserFiles, planned, nameOf);
      const damagedKeys = await store.damagedKeys();
      const damaged = planned.planted.filter((p) => p.corruption.expected === 'damaged');
      expect(damagedKeys).toHaveLength(damaged.length);
      for (const p of damaged) {
        const key = damagedKeys.find((k) => k.startsWith(`${nameOf(p)}@`));
        expect(await store.damagedRecord(key!)).toBe(p.corruption.stored);
      }
      const newer = planned.planted.filter((p) => p.corruption.expected === 'newer');
      await expectEverythingAccountedFor(userFiles.listUserFiles, { ...planned, planted: newer }, nameOf);
      console.info(
        `corruption test (web): ${CORRUPTED} records (${tally(planned.planted)}); ${planned.valid.size} valid records loaded; lost: none`,
      );
    },
  );
});
