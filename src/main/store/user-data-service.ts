import * as fsp from 'node:fs/promises';
import type { IpcServices } from '../ipc/register-ipc-handlers';
import { settingsSchema } from '../../shared/settings-schema';
import { workbenchLayoutSchema } from '../../shared/workbench-layout-schema';
import { JsonFileStore, type StoreFileSystem } from './json-file-store';
import { ReadBeforeWriteFile } from './read-before-write-file';

export type UserDataServices = Pick<IpcServices, 'loadSettings' | 'saveSettings' | 'loadLayout' | 'saveLayout'>;

/** Settings and layout as JSON files in the user-data folder, each replaced only after it was read. */
export function createUserDataServices(userDataFolder: string, fs: StoreFileSystem = fsp): UserDataServices {
  const store = new JsonFileStore(userDataFolder, fs);
  const settings = new ReadBeforeWriteFile(store, 'settings.json', settingsSchema);
  const layout = new ReadBeforeWriteFile(store, 'layout.json', workbenchLayoutSchema);
  return {
    loadSettings: () => settings.load(),
    saveSettings: (value) => settings.save(value),
    loadLayout: () => layout.load(),
    saveLayout: (value) => layout.save(value),
  };
}
