import type { Page } from '@playwright/test';
import { CONSULT_DRAFT_ID } from '../../src/shared/consult-draft';

/** The web build's IndexedDB database and the object store the kept consult lives in. */
const DATABASE = 'stride-atlas';
const DRAFTS = 'drafts';

/**
 * The consult the web build keeps in IndexedDB (hot exit), read and damaged from outside the app
 * as a test needs: the app itself only reaches it through its AppApi.
 */
export class KeptConsult {
  constructor(private readonly page: Page) {}

  /** The stored record as the app wrote it (JSON text), or null when none is kept. */
  async storedText(): Promise<string | null> {
    return this.page.evaluate(
      ([database, store, key]) =>
        new Promise<string | null>((resolve, reject) => {
          const open = indexedDB.open(database);
          open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains(store)) {
              db.close();
              return resolve(null);
            }
            const get = db.transaction(store, 'readonly').objectStore(store).get(key);
            get.onsuccess = () => {
              db.close();
              resolve((get.result as string | undefined) ?? null);
            };
            get.onerror = () => reject(get.error ?? new Error('IndexedDB request failed'));
          };
        }),
      [DATABASE, DRAFTS, CONSULT_DRAFT_ID] as const,
    );
  }

  /** Replaces the stored record with `text`, as a crash or a bad disk might leave it. */
  async overwrite(text: string): Promise<void> {
    await this.page.evaluate(
      ([database, store, key, value]) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open(database);
          open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
          open.onsuccess = () => {
            const tx = open.result.transaction(store, 'readwrite');
            tx.objectStore(store).put(value, key);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error ?? new Error('IndexedDB request failed'));
          };
        }),
      [DATABASE, DRAFTS, CONSULT_DRAFT_ID, text] as const,
    );
  }

  /** The keys of the records moved aside as damaged. */
  async damagedKeys(): Promise<string[]> {
    return this.page.evaluate(
      (database) =>
        new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open(database);
          open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
          open.onsuccess = () => {
            const keys = open.result.transaction('damaged', 'readonly').objectStore('damaged').getAllKeys();
            keys.onsuccess = () => {
              open.result.close();
              resolve(keys.result.map(String));
            };
            keys.onerror = () => reject(keys.error ?? new Error('IndexedDB request failed'));
          };
        }),
      DATABASE,
    );
  }
}
