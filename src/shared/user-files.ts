import { z } from 'zod';
import { handoutSchema, handoutTemplateSchema, type Handout, type HandoutTemplate } from '../core/handout/handout';
import { migrateHandout, migrateTemplate } from '../core/handout/migrate-handout';
import type { ConsultDraft } from './consult-draft';
import { consultDraftSchema, migrateConsultDraft } from './consult-draft-schema';
import { NewerFormatError } from '../core/handout/migrate-stored-file';
import type { KeptAsideReason } from './loaded';

/** The kinds of user file the app stores, and what each holds. */
export interface UserFileTypes {
  handout: Handout;
  template: HandoutTemplate;
  /** The consult in progress (one, under CONSULT_DRAFT_ID): see consult-draft.ts. */
  draft: ConsultDraft;
}
export type UserFileKind = keyof UserFileTypes;
export const USER_FILE_KINDS = ['handout', 'template', 'draft'] as const satisfies readonly UserFileKind[];
export const userFileKindSchema = z.enum(USER_FILE_KINDS);

/** Files are stored under their id, so an id must be a UUID: nothing else reaches a path or key. */
export const userFileIdSchema = z.string().uuid();

/**
 * A stored file that could not be read: reported to the user and moved aside (or, when it could
 * not be opened or a newer version saved it, left where it is), never overwritten.
 */
export interface DamagedFile {
  /** The file or record name as the user could find it. */
  name: string;
  reason: KeptAsideReason;
  message: string;
  keptAs: string;
}

/** Every readable file of one kind, newest first, plus the ones that were damaged. */
export interface UserFileListing<T> {
  files: T[];
  damaged: DamagedFile[];
}

export type SavePdfResult = { status: 'saved'; location: string } | { status: 'cancelled' };

/** How one kind of file is stored, the same way by both hosts. */
export interface UserFileFormat<T> {
  /** The folder (Electron) or object store (web) that holds this kind. */
  collection: 'handouts' | 'templates' | 'drafts';
  schema: z.ZodType<T>;
  /** Brings parsed JSON of any older format to the current one; throws for a newer format. */
  migrate: (raw: unknown) => unknown;
}

const FORMATS: { [K in UserFileKind]: UserFileFormat<UserFileTypes[K]> } = {
  handout: { collection: 'handouts', schema: handoutSchema, migrate: migrateHandout },
  template: { collection: 'templates', schema: handoutTemplateSchema, migrate: migrateTemplate },
  draft: { collection: 'drafts', schema: consultDraftSchema, migrate: migrateConsultDraft },
};

export function userFileFormat<K extends UserFileKind>(kind: K): UserFileFormat<UserFileTypes[K]> {
  return FORMATS[kind];
}

/** The listing order both hosts use: last changed first, then by id so the order is stable. */
export function newestFirst(a: { id: string; updatedAt: string }, b: { id: string; updatedAt: string }): number {
  const byTime = Date.parse(b.updatedAt) - Date.parse(a.updatedAt);
  return byTime !== 0 ? byTime : a.id.localeCompare(b.id);
}

/**
 * Whether stored JSON text is a file of this kind that a newer version of Stride Atlas saved. Such
 * a file is left where it is (see NewerFormatError), so a save must not replace it either.
 */
export function savedByNewerVersion(kind: UserFileKind, text: unknown): boolean {
  if (typeof text !== 'string') return false;
  try {
    FORMATS[kind].migrate(JSON.parse(text));
    return false;
  } catch (error) {
    return error instanceof NewerFormatError;
  }
}

/** Why a save was refused: the file there was saved by a newer version. */
export function newerVersionRefusal(name: string): string {
  return `${name} was not replaced: a newer version of Stride Atlas saved it, and replacing it would lose what that version saved. Save it as a new one instead.`;
}
