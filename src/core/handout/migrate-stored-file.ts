/**
 * Bringing a stored file up to the current format. Stored files outlive app versions: a
 * handout saved today must open after an update, and one saved by a newer app must be refused with
 * a message that says why, not misread.
 */

/** Upgrades a file of format `n` to format `n + 1` (the version number is set by the caller). */
export type MigrationStep = (file: Readonly<Record<string, unknown>>) => Record<string, unknown>;

export interface StoredFileFormat {
  /** What the file is, in the words of a message: "handout". */
  what: string;
  current: number;
  /** `upgrades[n]` turns format n into format n + 1. A format without a step cannot be read. */
  upgrades: Readonly<Record<number, MigrationStep>>;
}

/** Why a stored file cannot be brought to the current format. */
export class StoredFileFormatError extends Error {
  override readonly name = 'StoredFileFormatError';
}

/**
 * The file was saved by a newer version of the app. It is not damaged: it is left where it is,
 * skipped and reported, so it opens again once the app is updated.
 */
export class NewerFormatError extends StoredFileFormatError {}

/** Throws a NewerFormatError when `raw` says it is of a format newer than `current`; else returns it. */
export function refuseNewerFormat(raw: unknown, what: string, current: number): unknown {
  const version = isRecord(raw) ? raw['schemaVersion'] : undefined;
  if (typeof version === 'number' && version > current) throw newerFormat(what, version, current);
  return raw;
}

function newerFormat(what: string, version: number, current: number): NewerFormatError {
  return new NewerFormatError(
    `this ${what} was saved by a newer version of Stride Atlas (format ${version}; this version reads formats up to ${current}). Update Stride Atlas to open it.`,
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Returns the file in the current format, or throws a StoredFileFormatError. The input is never
 * modified. Only the version is checked here; the caller validates the result against the schema.
 */
export function migrateStoredFile(raw: unknown, format: StoredFileFormat): Record<string, unknown> {
  const { what, current } = format;
  if (!isRecord(raw)) throw new StoredFileFormatError(`this is not a ${what}: expected a JSON object`);
  const version = raw['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new StoredFileFormatError(`this ${what} has no valid schemaVersion`);
  }
  if (version > current) throw newerFormat(what, version, current);
  let file: Record<string, unknown> = raw;
  for (let from = version; from < current; from++) {
    const step = format.upgrades[from];
    if (!step)
      throw new StoredFileFormatError(
        `this ${what} is in format ${from}, which this version of Stride Atlas can no longer read`,
      );
    file = { ...step(file), schemaVersion: from + 1 };
  }
  return file;
}
