import type { z } from 'zod';
import type { Loaded } from '../../../shared/loaded';

const DATABASE_VERSION = 1;
const RECORDS = 'records';
const DAMAGED = 'damaged';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function transactionDone(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/**
 * The web build's user-data store: JSON records in IndexedDB, in this browser only. Each write is
 * one transaction (all or nothing). A record that fails validation is moved to the `damaged`
 * store and reported, never overwritten in place.
 */
export class IndexedDbStore {
  private db: Promise<IDBDatabase> | undefined;

  constructor(
    private readonly databaseName: string,
    private readonly factory: IDBFactory = indexedDB,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private open(): Promise<IDBDatabase> {
    this.db ??= new Promise((resolve, reject) => {
      const req = this.factory.open(this.databaseName, DATABASE_VERSION);
      req.onupgradeneeded = () => {
        const db = req.result;
        if (!db.objectStoreNames.contains(RECORDS)) db.createObjectStore(RECORDS);
        if (!db.objectStoreNames.contains(DAMAGED)) db.createObjectStore(DAMAGED);
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
      req.onblocked = () => reject(new Error('IndexedDB is blocked by another tab of Stride Atlas'));
    });
    return this.db;
  }

  async write(key: string, value: unknown): Promise<void> {
    const db = await this.open();
    const tx = db.transaction(RECORDS, 'readwrite');
    // Stored as JSON text so what is read back is exactly what a file would hold.
    tx.objectStore(RECORDS).put(JSON.stringify(value), key);
    await transactionDone(tx);
  }

  async read<T>(key: string, schema: z.ZodType<T>, migrate: (raw: unknown) => unknown = (raw) => raw): Promise<Loaded<T>> {
    const db = await this.open();
    const raw: unknown = await request(db.transaction(RECORDS, 'readonly').objectStore(RECORDS).get(key));
    if (raw === undefined) return { status: 'missing' };
    let problem: string;
    try {
      if (typeof raw !== 'string') throw new Error('record is not JSON text');
      const parsed = schema.safeParse(migrate(JSON.parse(raw)));
      if (parsed.success) return { status: 'ok', value: parsed.data };
      problem = parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`)
        .join('; ');
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
    }
    const keptAs = await this.quarantine(key, raw);
    return { status: 'damaged', message: `${key} could not be read: ${problem}`, keptAs };
  }

  private async quarantine(key: string, raw: unknown): Promise<string> {
    const db = await this.open();
    const keptAs = `${key}@${this.now().toISOString()}`;
    const tx = db.transaction([RECORDS, DAMAGED], 'readwrite');
    tx.objectStore(DAMAGED).put(raw, keptAs);
    tx.objectStore(RECORDS).delete(key);
    await transactionDone(tx);
    return `damaged records of this browser (${keptAs})`;
  }

  async keys(prefix: string): Promise<string[]> {
    const db = await this.open();
    const all = await request(db.transaction(RECORDS, 'readonly').objectStore(RECORDS).getAllKeys());
    return all.map(String).filter((k) => k.startsWith(prefix)).sort();
  }

  async remove(key: string): Promise<void> {
    const db = await this.open();
    const tx = db.transaction(RECORDS, 'readwrite');
    tx.objectStore(RECORDS).delete(key);
    await transactionDone(tx);
  }

  async damagedKeys(): Promise<string[]> {
    const db = await this.open();
    const all = await request(db.transaction(DAMAGED, 'readonly').objectStore(DAMAGED).getAllKeys());
    return all.map(String);
  }
}
