import type { z } from 'zod';
import { NewerFormatError } from '../../../core/handout/migrate-stored-file';
import type { KeptAsideReason, Loaded } from '../../../shared/loaded';

/**
 * Version 1 held `records` (settings, layout) and `damaged`; version 2 adds one object store per
 * kind of user document; version 3 the kept consult's (`drafts`). Upgrading only adds stores, so
 * nothing saved under an earlier version is touched.
 */
const DATABASE_VERSION = 3;
export const COLLECTIONS = ['records', 'handouts', 'templates', 'drafts'] as const;
export type Collection = (typeof COLLECTIONS)[number];
const DAMAGED = 'damaged';

type Migrate = (raw: unknown) => unknown;
const unchanged: Migrate = (raw) => raw;

/** A record that could not be read: moved to the `damaged` store, or (`newer`) left where it is. */
export interface DamagedRecord {
  key: string;
  reason: KeptAsideReason;
  message: string;
  keptAs: string;
}

/** A record that failed its check, as it was found. */
export interface UnreadableRecord {
  key: IDBValidKey;
  raw: unknown;
  problem: string;
}

/** Records are stored as JSON text; anything else (put there by another program) is compared as it is. */
function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    // Not JSON-able (a BigInt): no save of ours wrote it, so it is the record that was read.
    return true;
  }
}

/** A record a newer version saved: not damaged, so it stays where it is and opens after an update. */
function leftInPlace(collection: Collection, key: IDBValidKey, problem: string): { message: string; keptAs: string } {
  return {
    message: `${keyText(key)} was skipped: ${problem}`,
    keptAs: `records of this browser (${collection}/${keyText(key)}), left where it is`,
  };
}

/** Our keys are strings; any other key (a number, a date, an array) is named as it is written. */
function keyText(key: IDBValidKey): string {
  return typeof key === 'string' ? key : JSON.stringify(key);
}

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

/** Records are JSON text; this turns one back into a valid value, or says what is wrong with it. */
function decode<T>(
  raw: unknown,
  schema: z.ZodType<T>,
  migrate: Migrate,
): { ok: true; value: T } | { ok: false; problem: string; newer: boolean } {
  try {
    if (typeof raw !== 'string') return { ok: false, problem: 'record is not JSON text', newer: false };
    const parsed = schema.safeParse(migrate(JSON.parse(raw)));
    if (parsed.success) return { ok: true, value: parsed.data };
    const problem = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`)
      .join('; ');
    return { ok: false, problem, newer: false };
  } catch (error) {
    return {
      ok: false,
      newer: error instanceof NewerFormatError,
      problem:
        error instanceof SyntaxError
          ? `not valid JSON (${error.message})`
          : error instanceof Error
            ? error.message
            : String(error),
    };
  }
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
        for (const name of [...COLLECTIONS, DAMAGED])
          if (!db.objectStoreNames.contains(name)) db.createObjectStore(name);
      };
      req.onsuccess = () => {
        const db = req.result;
        // Another tab with a newer version wants to upgrade: step aside; the next call reopens.
        db.onversionchange = () => {
          db.close();
          this.db = undefined;
        };
        resolve(db);
      };
      req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
      req.onblocked = () => reject(new Error('IndexedDB is blocked by another tab of Stride Atlas'));
    });
    return this.db;
  }

  async write(collection: Collection, key: string, value: unknown): Promise<void> {
    const db = await this.open();
    const tx = db.transaction(collection, 'readwrite');
    // Stored as JSON text so what is read back is exactly what a file would hold.
    tx.objectStore(collection).put(JSON.stringify(value), key);
    await transactionDone(tx);
  }

  /**
   * One record, checked by `schema`. A schema given as a function is loaded only when there is a
   * record to check (the web build's schemas are a script of their own).
   */
  async read<T>(
    collection: Collection,
    key: string,
    schema: z.ZodType<T> | (() => Promise<z.ZodType<T>>),
    migrate: Migrate = unchanged,
  ): Promise<Loaded<T>> {
    const db = await this.open();
    const raw: unknown = await request(db.transaction(collection, 'readonly').objectStore(collection).get(key));
    if (raw === undefined) return { status: 'missing' };
    const decoded = decode(raw, typeof schema === 'function' ? await schema() : schema, migrate);
    if (decoded.ok) return { status: 'ok', value: decoded.value };
    if (decoded.newer) {
      const { message, keptAs } = leftInPlace(collection, key, decoded.problem);
      return { status: 'damaged', reason: 'newer', message, keptAs };
    }
    const [damaged] = await this.quarantine(collection, [{ key, raw, problem: decoded.problem }]);
    // Saved anew between the read and the move: that record is the one to read.
    if (!damaged) return this.read(collection, key, schema, migrate);
    return { status: 'damaged', reason: 'damaged', message: damaged.message, keptAs: damaged.keptAs };
  }

  /**
   * Every record of a collection that can be read, with the key it is stored under (a record put
   * there by hand or by another program may have a number or a date for a key) and what was
   * stored; the others are moved aside and reported.
   */
  async readAll<T>(
    collection: Collection,
    schema: z.ZodType<T>,
    migrate: Migrate = unchanged,
  ): Promise<{ records: { key: IDBValidKey; value: T; raw: unknown }[]; damaged: DamagedRecord[] }> {
    const db = await this.open();
    const tx = db.transaction(collection, 'readonly');
    const [keys, raws] = await Promise.all([
      request(tx.objectStore(collection).getAllKeys()),
      request(tx.objectStore(collection).getAll()),
    ]);
    const records: { key: IDBValidKey; value: T; raw: unknown }[] = [];
    const unreadable: UnreadableRecord[] = [];
    const newer: DamagedRecord[] = [];
    keys.forEach((key, i) => {
      const decoded = decode(raws[i], schema, migrate);
      if (decoded.ok) records.push({ key, value: decoded.value, raw: raws[i] });
      else if (decoded.newer)
        newer.push({ ...leftInPlace(collection, key, decoded.problem), key: keyText(key), reason: 'newer' });
      else unreadable.push({ key, raw: raws[i], problem: decoded.problem });
    });
    return { records, damaged: [...(await this.quarantine(collection, unreadable)), ...newer] };
  }

  /**
   * Moves records to the `damaged` store in one transaction, so each is either moved or untouched.
   * Each is deleted under the key it was found under, whatever its type, so it is not found and
   * reported again on the next load. A record that changed since it was read (saved again, here or
   * in another tab) is the new version, not the damaged one: it is left in place.
   */
  async quarantine(collection: Collection, records: readonly UnreadableRecord[]): Promise<DamagedRecord[]> {
    if (records.length === 0) return [];
    const db = await this.open();
    const stamp = this.now().toISOString();
    const tx = db.transaction([collection, DAMAGED], 'readwrite');
    const moved: DamagedRecord[] = [];
    for (const { key, raw, problem } of records) {
      const current = tx.objectStore(collection).get(key);
      current.onsuccess = () => {
        if (!sameRecord(current.result, raw)) return;
        const keptAs = `${collection}/${keyText(key)}@${stamp}`;
        tx.objectStore(DAMAGED).put(raw, keptAs);
        tx.objectStore(collection).delete(key);
        moved.push({
          key: keyText(key),
          reason: 'damaged',
          message: `${keyText(key)} could not be read: ${problem}`,
          keptAs: `damaged records of this browser (${keptAs})`,
        });
      };
    }
    await transactionDone(tx);
    return moved;
  }

  /** A record exactly as it is stored, unchecked; undefined when there is none. */
  async raw(collection: Collection, key: string): Promise<unknown> {
    const db = await this.open();
    return request(db.transaction(collection, 'readonly').objectStore(collection).get(key));
  }

  async keys(collection: Collection): Promise<string[]> {
    const db = await this.open();
    const all = await request(db.transaction(collection, 'readonly').objectStore(collection).getAllKeys());
    return all.map(String).sort();
  }

  async remove(collection: Collection, key: string): Promise<void> {
    const db = await this.open();
    const tx = db.transaction(collection, 'readwrite');
    tx.objectStore(collection).delete(key);
    await transactionDone(tx);
  }

  async damagedKeys(): Promise<string[]> {
    const db = await this.open();
    const all = await request(db.transaction(DAMAGED, 'readonly').objectStore(DAMAGED).getAllKeys());
    return all.map(String);
  }

  /** Deletes a record kept in the `damaged` store, at the user's request. */
  async removeDamaged(key: string): Promise<void> {
    const db = await this.open();
    const tx = db.transaction(DAMAGED, 'readwrite');
    tx.objectStore(DAMAGED).delete(key);
    await transactionDone(tx);
  }

  /** What a damaged record held, exactly as it was stored. */
  async damagedRecord(key: string): Promise<unknown> {
    const db = await this.open();
    return request(db.transaction(DAMAGED, 'readonly').objectStore(DAMAGED).get(key));
  }
}
