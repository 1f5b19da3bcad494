import type { AppApi } from '../../../shared/app-api';
import {
  newestFirst,
  userFileFormat,
  userFileIdSchema,
  type DamagedFile,
  type UserFileKind,
  type UserFileListing,
  type UserFileTypes,
} from '../../../shared/user-files';
import type { IndexedDbStore } from './indexeddb-store';

export type WebUserFiles = Pick<AppApi, 'listUserFiles' | 'saveUserFile' | 'deleteUserFile'>;

function checkedId(id: string): string {
  if (!userFileIdSchema.safeParse(id).success) throw new Error(`invalid file id: ${JSON.stringify(id)}`);
  return id;
}

/**
 * Handouts, templates and the kept consult in IndexedDB, one object store per kind, one record per
 * file keyed by its id. The same checks as the desktop app: files are validated before they are saved,
 * and a damaged record is moved to the `damaged` store and reported while the rest still load.
 */
export function createWebUserFiles(store: IndexedDbStore): WebUserFiles {
  async function listUserFiles<K extends UserFileKind>(kind: K): Promise<UserFileListing<UserFileTypes[K]>> {
    const { collection, schema, migrate } = userFileFormat(kind);
    const { values, damaged } = await store.readAll(collection, schema, migrate);
    const files: UserFileTypes[K][] = [];
    const mismatched: { key: string; raw: unknown; problem: string }[] = [];
    for (const [key, file] of values) {
      if (file.id === key) files.push(file);
      else
        mismatched.push({
          key,
          raw: JSON.stringify(file),
          problem: `it holds file ${file.id}, which does not match its key`,
        });
    }
    const reports: DamagedFile[] = [...damaged, ...(await store.quarantine(collection, mismatched))].map(
      ({ key, message, keptAs }) => ({
        name: `${collection}/${key}`,
        message,
        keptAs,
      }),
    );
    return { files: files.sort(newestFirst), damaged: reports };
  }

  return {
    listUserFiles,
    saveUserFile: async (kind, file) => {
      const { collection, schema } = userFileFormat(kind);
      const valid = schema.parse(file);
      await store.write(collection, checkedId(valid.id), valid);
    },
    deleteUserFile: async (kind, id) => store.remove(userFileFormat(kind).collection, checkedId(id)),
  };
}
