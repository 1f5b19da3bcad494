import { randomUUID } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file operations an atomic write needs; tests substitute failing ones to simulate crashes. */
export interface AtomicWriteFileSystem {
  open: typeof fsp.open;
  rename: typeof fsp.rename;
  rm: typeof fsp.rm;
}

/** Temporary files end in this, so a folder's leftovers from a crash can be recognised. */
export const TEMP_SUFFIX = '.tmp';

/**
 * User data holds patient names, so the app's own files are readable by the user only (the mode
 * applies on Linux and macOS; Windows ignores it). A PDF exported where the user chose keeps the
 * usual permissions: it is meant to be shared.
 */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_FOLDER_MODE = 0o700;
export const SHARED_FILE_MODE = 0o666;

/**
 * Writes `data` to `path` so that a crash at any moment leaves either the old file or the new one,
 * never half of either: the content goes to a temporary file in the same folder (a rename is only
 * atomic within one file system), which is flushed to disk and then renamed over the target; the
 * folder is flushed too, so the rename itself survives a power cut.
 */
export async function writeFileAtomically(
  path: string,
  data: string | Uint8Array,
  fs: AtomicWriteFileSystem = fsp,
  mode: number = PRIVATE_FILE_MODE,
): Promise<void> {
  const folder = dirname(path);
  // Hidden (leading dot) so a leftover does not show up among the user's files.
  const temp = join(folder, `.${basename(path)}.${randomUUID()}${TEMP_SUFFIX}`);
  // 'wx': the temporary name is new; never follow or reuse a file someone else put there.
  const handle = await fs.open(temp, 'wx', mode);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, path);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => {});
    throw error;
  }
  await syncFolder(folder, fs);
}

/** Makes a rename durable (a no-op where the platform cannot open folders). */
async function syncFolder(folder: string, fs: AtomicWriteFileSystem): Promise<void> {
  try {
    const handle = await fs.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot fsync a directory; the rename is still atomic there.
  }
}
