import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import type { IpcServices } from '../ipc/register-ipc-handlers';
import {
  newerVersionRefusal,
  newestFirst,
  savedByNewerVersion,
  userFileFormat,
  userFileIdSchema,
  type DamagedFile,
  type UserFileFormat,
  type UserFileKind,
  type UserFileListing,
  type UserFileTypes,
} from '../../shared/user-files';
import { JsonFileStore, type StoreFileSystem } from './json-file-store';

export type UserFileServices = Pick<IpcServices, 'listUserFiles' | 'saveUserFile' | 'deleteUserFile'>;

interface StoredUserFile {
  id: string;
  updatedAt: string;
}

/** Only files the app itself names are read: `<uuid>.json`. Anything else in the folder is left alone. */
const USER_FILE_NAME = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.json$/i;

function fileName(id: string): string {
  const checked = userFileIdSchema.safeParse(id);
  if (!checked.success) throw new Error(`invalid file id: ${JSON.stringify(id)}`);
  return `${checked.data}.json`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

type ReadOutcome<T> = { file: T } | { damaged: DamagedFile } | undefined;

/**
 * One kind of file: one JSON file per file in its own folder, written atomically. The
 * operations run one after another, in the order they were asked for, so a listing that moves a
 * damaged file aside can never race a save of the same file, and a save followed by a delete
 * always ends deleted.
 */
class UserFileFolder<T extends StoredUserFile> {
  private readonly store: JsonFileStore;
  private queue: Promise<unknown>;

  constructor(
    userDataFolder: string,
    private readonly kind: UserFileKind,
    private readonly format: UserFileFormat<T>,
    fs: StoreFileSystem,
    now: () => Date,
  ) {
    this.store = new JsonFileStore(join(userDataFolder, format.collection), fs, now);
    // Temporary files a crash left behind go before the first operation, while none of ours exist.
    this.queue = this.store.removeLeftoverTempFiles().catch(() => 0);
  }

  private serially<R>(operation: () => Promise<R>): Promise<R> {
    const result = this.queue.then(operation);
    this.queue = result.catch(() => undefined);
    return result;
  }

  list(): Promise<UserFileListing<T>> {
    return this.serially(async () => {
      const names = (await this.store.list()).filter((name) => USER_FILE_NAME.test(name));
      const outcomes = await Promise.all(names.map((name) => this.readOne(name)));
      const files: T[] = [];
      const damaged: DamagedFile[] = [];
      for (const outcome of outcomes) {
        if (outcome && 'file' in outcome) files.push(outcome.file);
        else if (outcome) damaged.push(outcome.damaged);
      }
      return { files: files.sort(newestFirst), damaged };
    });
  }

  /** A readable file, or a report of the damaged file (moved aside where that was possible). */
  private async readOne(name: string): Promise<ReadOutcome<T>> {
    const label = `${this.format.collection}/${name}`;
    try {
      const loaded = await this.store.read(name, this.format.schema, this.format.migrate);
      if (loaded.status === 'missing') return undefined; // deleted since the folder was listed
      if (loaded.status === 'damaged')
        return { damaged: { name: label, reason: loaded.reason, message: loaded.message, keptAs: loaded.keptAs } };
      if (fileName(loaded.value.id) === name) return { file: loaded.value };
      // A copied or renamed file: saving it would write a second file, so it is not silently adopted.
      const keptAs = await this.store.quarantine(name);
      return {
        damaged: {
          name: label,
          reason: 'damaged',
          message: `${name} could not be read: it holds file ${loaded.value.id}, which does not match its file name`,
          keptAs,
        },
      };
    } catch (error) {
      return {
        damaged: {
          name: label,
          reason: 'unreadable',
          message: `${name} could not be opened, so it was left where it is: ${messageOf(error)}`,
          keptAs: join(this.store.folder, name),
        },
      };
    }
  }

  save(file: T): Promise<void> {
    return this.serially(async () => {
      const name = fileName(file.id);
      if (savedByNewerVersion(this.kind, await this.store.readText(name)))
        throw new Error(newerVersionRefusal(`${this.format.collection}/${name}`));
      await this.store.write(name, file);
    });
  }

  delete(id: string): Promise<void> {
    return this.serially(() => this.store.remove(fileName(id)));
  }
}

/**
 * Handouts, templates and the kept consult in `<userData>/handouts/`, `templates/` and `drafts/`,
 * one file each.
 */
export function createUserFileServices(
  userDataFolder: string,
  fs: StoreFileSystem = fsp,
  now: () => Date = () => new Date(),
): UserFileServices {
  const folders: { [K in UserFileKind]: UserFileFolder<UserFileTypes[K]> } = {
    handout: new UserFileFolder(userDataFolder, 'handout', userFileFormat('handout'), fs, now),
    template: new UserFileFolder(userDataFolder, 'template', userFileFormat('template'), fs, now),
    draft: new UserFileFolder(userDataFolder, 'draft', userFileFormat('draft'), fs, now),
  };
  const folder = <K extends UserFileKind>(kind: K): UserFileFolder<UserFileTypes[K]> => folders[kind];
  return {
    listUserFiles: (kind) => folder(kind).list(),
    saveUserFile: (kind, file) => folder(kind).save(file),
    deleteUserFile: (kind, id) => folder(kind).delete(id),
  };
}
