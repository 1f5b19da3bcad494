import * as fsp from 'node:fs/promises';
import { PRIVATE_FOLDER_MODE } from '../../node/atomic-write';
import { JsonFileStore } from './json-file-store';

/**
 * Runs once at start-up, before anything is read or written: the user-data folder holds patient
 * names, so it is made readable by the user only (Electron creates it with the usual permissions),
 * and temporary files a crash left beside settings, layout and window state are deleted. The
 * handout and template folders clean their own on first use.
 */
export async function prepareUserDataFolder(
  userDataFolder: string,
  platform: NodeJS.Platform = process.platform,
): Promise<{ leftoversRemoved: number }> {
  await fsp.mkdir(userDataFolder, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  if (platform !== 'win32') await fsp.chmod(userDataFolder, PRIVATE_FOLDER_MODE).catch(() => {});
  const leftoversRemoved = await new JsonFileStore(userDataFolder).removeLeftoverTempFiles();
  return { leftoversRemoved };
}
