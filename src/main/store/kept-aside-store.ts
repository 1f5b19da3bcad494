import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { NewerFormatError } from '../../core/handout/migrate-stored-file';
import type { IpcServices } from '../ipc/register-ipc-handlers';
import { keptAsideWhat, type KeptAsideFile } from '../../shared/kept-aside';
import { refuseNewerSettings } from '../../shared/settings';
import { savedByNewerVersion, USER_FILE_KINDS, userFileFormat } from '../../shared/user-files';
import { refuseNewerLayout } from '../../shared/workbench-layout';
import { DAMAGED_FOLDER } from './json-file-store';

export type KeptAsideServices = Pick<IpcServices, 'listKeptAside' | 'deleteKeptAside'>;

const USER_FILE_NAME = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.json$/i;

async function jsonFilesIn(folder: string): Promise<string[]> {
  try {
    return (await fsp.readdir(folder)).filter((name) => name.endsWith('.json')).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

async function textOf(path: string): Promise<string | undefined> {
  return fsp.readFile(path, 'utf8').catch(() => undefined);
}

function newerSettingsOrLayout(text: string | undefined, refuse: (raw: unknown) => unknown): boolean {
  if (text === undefined) return false;
  try {
    refuse(JSON.parse(text));
    return false;
  } catch (error) {
    return error instanceof NewerFormatError;
  }
}

/**
 * Everything kept aside in the user-data folder: the `damaged/` folders beside settings and in
 * each user-file folder, and the files a newer version saved, which stay where they are.
 */
export function createKeptAsideServices(userDataFolder: string): KeptAsideServices {
  async function list(): Promise<KeptAsideFile[]> {
    const kept: KeptAsideFile[] = [];
    const folders = ['', ...USER_FILE_KINDS.map((kind) => `${userFileFormat(kind).collection}/`)];
    for (const folder of folders)
      for (const name of await jsonFilesIn(join(userDataFolder, folder, DAMAGED_FOLDER))) {
        const id = `${folder}${DAMAGED_FOLDER}/${name}`;
        kept.push({
          id,
          what: keptAsideWhat(folder ? id : name),
          reason: 'damaged',
          location: join(userDataFolder, id),
        });
      }
    for (const kind of USER_FILE_KINDS) {
      const { collection } = userFileFormat(kind);
      for (const name of (await jsonFilesIn(join(userDataFolder, collection))).filter((n) => USER_FILE_NAME.test(n))) {
        const id = `${collection}/${name}`;
        if (savedByNewerVersion(kind, await textOf(join(userDataFolder, id))))
          kept.push({ id, what: kind, reason: 'newer', location: join(userDataFolder, id) });
      }
    }
    for (const [name, refuse] of [
      ['settings.json', refuseNewerSettings],
      ['layout.json', refuseNewerLayout],
    ] as const)
      if (newerSettingsOrLayout(await textOf(join(userDataFolder, name)), refuse))
        kept.push({ id: name, what: keptAsideWhat(name), reason: 'newer', location: join(userDataFolder, name) });
    return kept;
  }

  return {
    listKeptAside: list,
    // Only a file the list names can be deleted, so an id can never reach anything else.
    deleteKeptAside: async (id) => {
      const file = (await list()).find((k) => k.id === id);
      if (!file) throw new Error(`${id} is not among the files kept aside (it may have been deleted already)`);
      await fsp.rm(file.location, { force: true });
    },
  };
}
