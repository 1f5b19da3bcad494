import { join } from 'node:path';
import { safePdfFileName } from '../../shared/pdf-file';
import type { SavePdfResult } from '../../shared/user-files';
import * as fsp from 'node:fs/promises';
import { SHARED_FILE_MODE, writeFileAtomically } from '../../node/atomic-write';

/** Asks the user where to save, starting at `defaultPath`; undefined when they cancel. */
export type AskWhereToSave = (defaultPath: string) => Promise<string | undefined>;

export interface SavePdfDependencies {
  /** Where the dialog opens: the user's Documents folder. */
  documentsFolder: string;
  askWhereToSave: AskWhereToSave;
  write?: (path: string, bytes: Uint8Array) => Promise<void>;
}

/** An exported PDF is meant to be shared, so it gets the usual permissions, not the store's. */
export function writeExportedPdf(path: string, bytes: Uint8Array): Promise<void> {
  return writeFileAtomically(path, bytes, fsp, SHARED_FILE_MODE);
}

/**
 * Saves a handout PDF where the user chooses. The file is written atomically, so re-exporting over
 * an existing PDF never leaves a broken one if the app is closed half-way. The path is kept exactly
 * as chosen: the dialog has already asked before replacing that file, and a name we altered would
 * bypass that question.
 */
export async function savePdf(
  bytes: Uint8Array,
  suggestedName: string,
  dependencies: SavePdfDependencies,
): Promise<SavePdfResult> {
  const { documentsFolder, askWhereToSave, write = writeExportedPdf } = dependencies;
  const location = await askWhereToSave(join(documentsFolder, safePdfFileName(suggestedName)));
  if (location === undefined) return { status: 'cancelled' };
  await write(location, bytes);
  return { status: 'saved', location };
}
