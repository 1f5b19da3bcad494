/**
 * Stored handouts and templates of older formats, brought to HANDOUT_SCHEMA_VERSION. Each format
 * change adds one step here (and a test with a file of the old shape); old steps stay.
 */
import { HANDOUT_SCHEMA_VERSION } from './handout';
import { migrateStoredFile, type MigrationStep } from './migrate-stored-file';

/** `options.include` of the file, or undefined when the file has no options object. */
function includeOf(file: Readonly<Record<string, unknown>>): Record<string, unknown> | undefined {
  const options = file['options'];
  if (typeof options !== 'object' || options === null) return undefined;
  const include = (options as Record<string, unknown>)['include'];
  return typeof include === 'object' && include !== null ? (include as Record<string, unknown>) : undefined;
}

/**
 * Format 0 is the pre-release format: the same fields as format 1 except that `options` had no
 * `include`, because every section was always printed. Format 1 keeps that by including them all.
 */
const includeEverySection: MigrationStep = (file) => {
  const options = file['options'];
  if (typeof options !== 'object' || options === null || 'include' in options) return { ...file };
  return {
    ...file,
    options: { ...options, include: { conditions: true, exercises: true, advice: true, notes: true } },
  };
};

/** Format 2 added the "today's score" section, which a format-1 handout never printed. */
const addScoreSection: MigrationStep = (file) => {
  const include = includeOf(file);
  if (!include || 'score' in include) return { ...file };
  return { ...file, options: { ...(file['options'] as object), include: { ...include, score: false } } };
};

/** Format 2 also added the outcome scores recorded with a handout: a format-1 handout has none. */
const addOutcomes: MigrationStep = (file) => ({ ...addScoreSection(file), outcomes: file['outcomes'] ?? [] });

const HANDOUT_UPGRADES: Record<number, MigrationStep> = { 0: includeEverySection, 1: addOutcomes };
/** A template is the programme alone: it takes the new print option but never keeps scores. */
const TEMPLATE_UPGRADES: Record<number, MigrationStep> = { 0: includeEverySection, 1: addScoreSection };

/**
 * A stored handout (parsed JSON of any format) in the current format, ready for `handoutSchema`.
 * Throws a StoredFileFormatError for a newer format or one that cannot be read.
 */
export function migrateHandout(raw: unknown): Record<string, unknown> {
  return migrateStoredFile(raw, { what: 'handout', current: HANDOUT_SCHEMA_VERSION, upgrades: HANDOUT_UPGRADES });
}

/** A stored template in the current format, ready for `handoutTemplateSchema`; see migrateHandout. */
export function migrateTemplate(raw: unknown): Record<string, unknown> {
  return migrateStoredFile(raw, { what: 'template', current: HANDOUT_SCHEMA_VERSION, upgrades: TEMPLATE_UPGRADES });
}
