/**
 * Stored handouts and templates of older formats, brought to HANDOUT_SCHEMA_VERSION. Each format
 * change adds one step here (and a test with a file of the old shape); old steps stay.
 */
import { HANDOUT_SCHEMA_VERSION, type HandoutOptions } from './handout';
import { migrateStoredFile, type MigrationStep } from './migrate-stored-file';

const EVERY_SECTION: HandoutOptions['include'] = { conditions: true, exercises: true, advice: true, notes: true };

/**
 * Format 0 is the pre-release format: the same fields as format 1 except that `options` had no
 * `include`, because every section was always printed. Format 1 keeps that by including them all.
 */
const includeEverySection: MigrationStep = (file) => {
  const options = file['options'];
  if (typeof options !== 'object' || options === null || 'include' in options) return { ...file };
  return { ...file, options: { ...options, include: { ...EVERY_SECTION } } };
};

/** Handouts and templates share the programme, so they share the steps. */
const UPGRADES: Record<number, MigrationStep> = { 0: includeEverySection };

/**
 * A stored handout (parsed JSON of any format) in the current format, ready for `handoutSchema`.
 * Throws a StoredFileFormatError for a newer format or one that cannot be read.
 */
export function migrateHandout(raw: unknown): Record<string, unknown> {
  return migrateStoredFile(raw, { what: 'handout', current: HANDOUT_SCHEMA_VERSION, upgrades: UPGRADES });
}

/** A stored template in the current format, ready for `handoutTemplateSchema`; see migrateHandout. */
export function migrateTemplate(raw: unknown): Record<string, unknown> {
  return migrateStoredFile(raw, { what: 'template', current: HANDOUT_SCHEMA_VERSION, upgrades: UPGRADES });
}
