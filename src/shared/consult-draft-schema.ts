/** Checks and migrates a stored kept consult (see consult-draft.ts for what it holds). */
import { z } from 'zod';
import { handoutSchema } from '../core/handout/handout';
import { migrateHandout } from '../core/handout/migrate-handout';
import { migrateStoredFile, StoredFileFormatError } from '../core/handout/migrate-stored-file';
import { kebabId } from '../core/kb/kebab-id';
import { BODY_REGION_IDS, BODY_VIEWS, SIDES } from '../core/kb/vocabulary';
import { CONSULT_DRAFT_ID, CONSULT_DRAFT_SCHEMA_VERSION, type ConsultDraft } from './consult-draft';

const painRole = z.enum(['main', 'spread']);

export const consultDraftSchema: z.ZodType<ConsultDraft> = z.lazy(() =>
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
        tests: z.record(kebabId, z.enum(['positive', 'negative'])).optional(),
        mode: painRole,
        view: z.enum(BODY_VIEWS),
      })
      .optional(),
  }),
);

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
