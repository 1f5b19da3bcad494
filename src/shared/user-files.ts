import { z } from 'zod';
import { handoutSchema, handoutTemplateSchema, type Handout, type HandoutTemplate } from '../core/handout/handout';
import { migrateHandout, migrateTemplate } from '../core/handout/migrate-handout';

/** The kinds of user document the app stores, and what each holds. */
export interface UserDocumentTypes {
  handout: Handout;
  template: HandoutTemplate;
}
export type UserDocumentKind = keyof UserDocumentTypes;
export const USER_DOCUMENT_KINDS = ['handout', 'template'] as const satisfies readonly UserDocumentKind[];
export const userDocumentKindSchema = z.enum(USER_DOCUMENT_KINDS);

/** Documents are stored under their id, so an id must be a UUID: nothing else reaches a path or key. */
export const userDocumentIdSchema = z.string().uuid();

/** A stored document that could not be read: reported to the user and moved aside, never overwritten. */
export interface DamagedDocument {
  /** The file or record name as the user could find it. */
  name: string;
  message: string;
  keptAs: string;
}

/** Every readable document of one kind, newest first, plus the ones that were damaged. */
export interface UserDocumentListing<T> {
  documents: T[];
  damaged: DamagedDocument[];
}

export type SavePdfResult = { status: 'saved'; location: string } | { status: 'cancelled' };

/** How one kind of document is stored, the same way by both hosts. */
export interface UserDocumentFormat<T> {
  /** The folder (Electron) or object store (web) that holds this kind. */
  collection: 'handouts' | 'templates';
  schema: z.ZodType<T>;
  /** Brings parsed JSON of any older format to the current one; throws for a newer format. */
  migrate: (raw: unknown) => unknown;
}

const FORMATS: { [K in UserDocumentKind]: UserDocumentFormat<UserDocumentTypes[K]> } = {
  handout: { collection: 'handouts', schema: handoutSchema, migrate: migrateHandout },
  template: { collection: 'templates', schema: handoutTemplateSchema, migrate: migrateTemplate },
};

export function userDocumentFormat<K extends UserDocumentKind>(kind: K): UserDocumentFormat<UserDocumentTypes[K]> {
  return FORMATS[kind];
}

/** The listing order both hosts use: last changed first, then by id so the order is stable. */
export function newestFirst(a: { id: string; updatedAt: string }, b: { id: string; updatedAt: string }): number {
  const byTime = Date.parse(b.updatedAt) - Date.parse(a.updatedAt);
  return byTime !== 0 ? byTime : a.id.localeCompare(b.id);
}
