import type { AppApi } from '../../../shared/app-api';
import { keptAsideWhat, type KeptAsideFile } from '../../../shared/kept-aside';
import { NewerFormatError } from '../../../core/handout/migrate-stored-file';
import { refuseNewerSettings } from '../../../shared/settings';
import { savedByNewerVersion, USER_FILE_KINDS, userFileFormat } from '../../../shared/user-files';
import { refuseNewerLayout } from '../../../shared/workbench-layout';
import type { IndexedDbStore } from './indexeddb-store';

export type WebKeptAside = Pick<AppApi, 'listKeptAside' | 'deleteKeptAside'>;

function newerRecord(raw: unknown, refuse: (raw: unknown) => unknown): boolean {
  if (typeof raw !== 'string') return false;
  try {
    refuse(JSON.parse(raw));
    return false;
  } catch (error) {
    return error instanceof NewerFormatError;
  }
}

/**
 * What the web build kept aside: the records in the `damaged` store, and the records a newer
 * version saved, which stay in their own store. Ids are `damaged:<key>` and `newer:<store>/<key>`.
 */
export function createWebKeptAside(store: IndexedDbStore): WebKeptAside {
  async function list(): Promise<KeptAsideFile[]> {
    const kept: KeptAsideFile[] = (await store.damagedKeys()).map((key) => ({
      id: `damaged:${key}`,
      what: keptAsideWhat(key.replace(/^records\//, '')),
      reason: 'damaged',
      location: `damaged records of this browser (${key})`,
    }));
    for (const kind of USER_FILE_KINDS) {
      const { collection } = userFileFormat(kind);
      for (const key of await store.keys(collection))
        if (savedByNewerVersion(kind, await store.raw(collection, key))) kept.push(newer(`${collection}/${key}`, kind));
    }
    for (const [key, refuse] of [
      ['settings', refuseNewerSettings],
      ['layout', refuseNewerLayout],
    ] as const)
      if (newerRecord(await store.raw('records', key), refuse)) kept.push(newer(`records/${key}`, keptAsideWhat(key)));
    return kept;
  }

  return {
    listKeptAside: list,
    deleteKeptAside: async (id) => {
      if (!(await list()).some((k) => k.id === id))
        throw new Error(`${id} is not among the records kept aside (it may have been deleted already)`);
      if (id.startsWith('damaged:')) return store.removeDamaged(id.slice('damaged:'.length));
      const [collection, key] = id.slice('newer:'.length).split('/') as ['handouts' | 'templates' | 'records', string];
      return store.remove(collection, key);
    },
  };
}

function newer(key: string, what: string): KeptAsideFile {
  return { id: `newer:${key}`, what, reason: 'newer', location: `records of this browser (${key}), left where it is` };
}
