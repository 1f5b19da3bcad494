import type { AppApi } from '../../../shared/app-api';
import {
  newestFirst,
  userDocumentFormat,
  userDocumentIdSchema,
  type DamagedDocument,
  type UserDocumentKind,
  type UserDocumentListing,
  type UserDocumentTypes,
} from '../../../shared/user-documents';
import type { IndexedDbStore } from './indexeddb-store';

export type WebDocuments = Pick<AppApi, 'listDocuments' | 'saveDocument' | 'deleteDocument'>;

function checkedId(id: string): string {
  if (!userDocumentIdSchema.safeParse(id).success) throw new Error(`invalid document id: ${JSON.stringify(id)}`);
  return id;
}

/**
 * Handouts and templates in IndexedDB, one object store per kind, one record per document keyed
 * by its id. The same checks as the desktop app: documents are validated before they are saved,
 * and a damaged record is moved to the `damaged` store and reported while the rest still load.
 */
export function createWebDocuments(store: IndexedDbStore): WebDocuments {
  async function listDocuments<K extends UserDocumentKind>(
    kind: K,
  ): Promise<UserDocumentListing<UserDocumentTypes[K]>> {
    const { collection, schema, migrate } = userDocumentFormat(kind);
    const { values, damaged } = await store.readAll(collection, schema, migrate);
    const documents: UserDocumentTypes[K][] = [];
    const mismatched: { key: string; raw: unknown; problem: string }[] = [];
    for (const [key, document] of values) {
      if (document.id === key) documents.push(document);
      else
        mismatched.push({
          key,
          raw: JSON.stringify(document),
          problem: `it holds document ${document.id}, which does not match its key`,
        });
    }
    const reports: DamagedDocument[] = [...damaged, ...(await store.quarantine(collection, mismatched))].map(
      ({ key, message, keptAs }) => ({
        name: `${collection}/${key}`,
        message,
        keptAs,
      }),
    );
    return { documents: documents.sort(newestFirst), damaged: reports };
  }

  return {
    listDocuments,
    saveDocument: async (kind, document) => {
      const { collection, schema } = userDocumentFormat(kind);
      const valid = schema.parse(document);
      await store.write(collection, checkedId(valid.id), valid);
    },
    deleteDocument: async (kind, id) => store.remove(userDocumentFormat(kind).collection, checkedId(id)),
  };
}
