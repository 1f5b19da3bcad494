import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import type { IpcServices } from '../ipc/register-ipc-handlers';
import {
  newestFirst,
  userDocumentFormat,
  userDocumentIdSchema,
  type DamagedDocument,
  type UserDocumentFormat,
  type UserDocumentKind,
  type UserDocumentListing,
  type UserDocumentTypes,
} from '../../shared/user-documents';
import { JsonFileStore, type StoreFileSystem } from './json-file-store';

export type DocumentServices = Pick<IpcServices, 'listDocuments' | 'saveDocument' | 'deleteDocument'>;

interface StoredDocument {
  id: string;
  updatedAt: string;
}

/** Only files the app itself names are read: `<uuid>.json`. Anything else in the folder is left alone. */
const DOCUMENT_FILE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.json$/i;

function fileName(id: string): string {
  const checked = userDocumentIdSchema.safeParse(id);
  if (!checked.success) throw new Error(`invalid document id: ${JSON.stringify(id)}`);
  return `${checked.data}.json`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

type ReadOutcome<T> = { document: T } | { damaged: DamagedDocument } | undefined;

/**
 * One kind of document: one JSON file per document in its own folder, written atomically. The
 * operations run one after another, in the order they were asked for, so a listing that moves a
 * damaged file aside can never race a save of the same document, and a save followed by a delete
 * always ends deleted.
 */
class DocumentFolder<T extends StoredDocument> {
  private readonly store: JsonFileStore;
  private queue: Promise<unknown>;

  constructor(
    userDataFolder: string,
    private readonly format: UserDocumentFormat<T>,
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

  list(): Promise<UserDocumentListing<T>> {
    return this.serially(async () => {
      const names = (await this.store.list()).filter((name) => DOCUMENT_FILE.test(name));
      const outcomes = await Promise.all(names.map((name) => this.readOne(name)));
      const documents: T[] = [];
      const damaged: DamagedDocument[] = [];
      for (const outcome of outcomes) {
        if (outcome && 'document' in outcome) documents.push(outcome.document);
        else if (outcome) damaged.push(outcome.damaged);
      }
      return { documents: documents.sort(newestFirst), damaged };
    });
  }

  /** A readable document, or a report of the damaged file (moved aside where that was possible). */
  private async readOne(name: string): Promise<ReadOutcome<T>> {
    const label = `${this.format.collection}/${name}`;
    try {
      const loaded = await this.store.read(name, this.format.schema, this.format.migrate);
      if (loaded.status === 'missing') return undefined; // deleted since the folder was listed
      if (loaded.status === 'damaged')
        return { damaged: { name: label, message: loaded.message, keptAs: loaded.keptAs } };
      if (fileName(loaded.value.id) === name) return { document: loaded.value };
      // A copied or renamed file: saving it would write a second file, so it is not silently adopted.
      const keptAs = await this.store.quarantine(name);
      return {
        damaged: {
          name: label,
          message: `${name} could not be read: it holds document ${loaded.value.id}, which does not match its file name`,
          keptAs,
        },
      };
    } catch (error) {
      return {
        damaged: {
          name: label,
          message: `${name} could not be opened, so it was left where it is: ${messageOf(error)}`,
          keptAs: join(this.store.folder, name),
        },
      };
    }
  }

  save(document: T): Promise<void> {
    return this.serially(() => this.store.write(fileName(document.id), document));
  }

  delete(id: string): Promise<void> {
    return this.serially(() => this.store.remove(fileName(id)));
  }
}

/** Handouts and templates in `<userData>/handouts/` and `<userData>/templates/`, one file each. */
export function createDocumentServices(
  userDataFolder: string,
  fs: StoreFileSystem = fsp,
  now: () => Date = () => new Date(),
): DocumentServices {
  const folders: { [K in UserDocumentKind]: DocumentFolder<UserDocumentTypes[K]> } = {
    handout: new DocumentFolder(userDataFolder, userDocumentFormat('handout'), fs, now),
    template: new DocumentFolder(userDataFolder, userDocumentFormat('template'), fs, now),
  };
  const folder = <K extends UserDocumentKind>(kind: K): DocumentFolder<UserDocumentTypes[K]> => folders[kind];
  return {
    listDocuments: (kind) => folder(kind).list(),
    saveDocument: (kind, document) => folder(kind).save(document),
    deleteDocument: (kind, id) => folder(kind).delete(id),
  };
}
