import type { AppApi } from '../../../shared/app-api';
import {
  newerVersionRefusal,
  newestFirst,
  savedByNewerVersion,
  userFileFormat,
  userFileIdSchema,
  type DamagedFile,
  type UserFileKind,
  type UserFileListing,
  type UserFileTypes,
} from '../../../shared/user-files';
import type { IndexedDbStore, UnreadableRecord } from './indexeddb-store';

export type WebUserFiles = Pick<AppApi, 'listUserFiles' | 'saveUserFile' | 'deleteUserFile'>;

function checkedId(id: string): string {
  if (!userFileIdSchema.safeParse(id).success) throw new Error(`invalid file id: ${JSON.stringify(id)}`);
  return id;
}

/**
 * Handouts, templates and the kept consult in IndexedDB, one object store per kind, one record per
 * file keyed by its id. The same checks as the desktop app: files are validated before they are saved,
 * and a damaged record is moved to the `damaged` store and reported while the rest still load.
 * As in the desktop store, the operations on one kind run one after another in the order they
 * were asked for, so a listing that moves a record aside never races a save of the same record.
 */
export function createWebUserFiles(store: IndexedDbStore): WebUserFiles {
  const queues = new Map<UserFileKind, Promise<unknown>>();
  function serially<R>(kind: UserFileKind, operation: () => Promise<R>): Promise<R> {
    const result = (queues.get(kind) ?? Promise.resolve()).then(operation);
    queues.set(
      kind,
      result.catch(() => undefined),
    );
    return result;
  }

  async function listUserFiles<K extends UserFileKind>(kind: K): Promise<UserFileListing<UserFileTypes[K]>> {
    const { collection, schema, migrate } = userFileFormat(kind);
    const { records, damaged } = await store.readAll(collection, schema, migrate);
    const files: UserFileTypes[K][] = [];
    const mismatched: UnreadableRecord[] = [];
    for (const { key, value: file, raw } of records) {
      if (file.id === key) files.push(file);
      else
        mismatched.push({
          key,
          raw,
          problem: `it holds file ${file.id}, which does not match its key`,
        });
    }
    const reports: DamagedFile[] = [...damaged, ...(await store.quarantine(collection, mismatched))].map(
      ({ key, reason, message, keptAs }) => ({
        name: `${collection}/${key}`,
        reason,
        message,
        keptAs,
      }),
    );
    return { files: files.sort(newestFirst), damaged: reports };
  }

  return {
    listUserFiles: (kind) => serially(kind, () => listUserFiles(kind)),
    saveUserFile: (kind, file) =>
      serially(kind, async () => {
        const { collection, schema } = userFileFormat(kind);
        const valid = schema.parse(file);
        const key = checkedId(valid.id);
        if (savedByNewerVersion(kind, await store.raw(collection, key)))
          throw new Error(newerVersionRefusal(`${collection}/${key}`));
        await store.write(collection, key, valid);
      }),
    deleteUserFile: (kind, id) => serially(kind, () => store.remove(userFileFormat(kind).collection, checkedId(id))),
  };
}
