/**
 * The consult in progress, kept as the physio works so a reload, a crash or a restart loses
 * nothing (issue 24, "hot exit"). It is a user file of its own kind (`draft`), stored beside the
 * saved handouts by both hosts, always under one fixed id: a window keeps one consult.
 */
import { z } from 'zod';
import { handoutSchema } from '../core/handout/handout';
import { migrateHandout } from '../core/handout/migrate-handout';
import { migrateStoredFile, StoredFileFormatError } from '../core/handout/migrate-stored-file';
import { kebabId } from '../core/kb/kebab-id';
import { BODY_REGION_IDS, BODY_VIEWS, SIDES } from '../core/kb/vocabulary';

export const CONSULT_DRAFT_SCHEMA_VERSION = 1;
/** The one id the kept consult is stored under (a UUID, as every user file's id must be). */
export const CONSULT_DRAFT_ID = '5a7e0c0d-2400-4000-8000-000000000024';

const painRole = z.enum(['main', 'spread']);

export const consultDraftSchema = z.lazy(() =>
  z.object({
    schemaVersion: z.literal(CONSULT_DRAFT_SCHEMA_VERSION),
    id: z.literal(CONSULT_DRAFT_ID),
    updatedAt: z.string().datetime({ offset: true }),
    handout: z
      .discriminatedUnion('state', [
        z.object({ state: z.literal('saved'), handoutId: z.string().uuid() }),
        z.object({ state: z.literal('unsaved'), handout: handoutSchema }),
      ])
      .optional(),
    triage: z
      .object({
        // The body map has 16 regions on two sides: more marks than that is not a draft we wrote.
        regions: z
          .array(z.object({ region: z.enum(BODY_REGION_IDS), side: z.enum(SIDES), role: painRole }))
          .max(BODY_REGION_IDS.length * SIDES.length),
        answers: z.record(kebabId, z.enum(['yes', 'no', 'unsure'])),
        mode: painRole,
        view: z.enum(BODY_VIEWS),
      })
      .optional(),
  }),
);

export type ConsultDraft = z.infer<typeof consultDraftSchema>;
/**
 * The handout in the builder. A handout that is saved and unchanged is only referred to, so the
 * draft never holds a second copy of a saved file; one with unsaved changes is kept whole.
 */
export type KeptHandout = NonNullable<ConsultDraft['handout']>;
/** The body map and its questions: marked regions with their roles, every answer, the view. */
export type KeptTriage = NonNullable<ConsultDraft['triage']>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A stored draft (parsed JSON of any format) in the current format, ready for the schema; the
 * handout it holds is brought up to date as a saved handout would be. Throws for a newer format.
 */
export function migrateConsultDraft(raw: unknown): Record<string, unknown> {
  const draft = migrateStoredFile(raw, { what: 'kept consult', current: CONSULT_DRAFT_SCHEMA_VERSION, upgrades: {} });
  const kept = draft['handout'];
  if (!isRecord(kept) || kept['state'] !== 'unsaved') return draft;
  try {
    return { ...draft, handout: { ...kept, handout: migrateHandout(kept['handout']) } };
  } catch (error) {
    if (error instanceof StoredFileFormatError)
      throw new StoredFileFormatError(`the handout in this kept consult cannot be read: ${error.message}`);
    throw error;
  }
}
