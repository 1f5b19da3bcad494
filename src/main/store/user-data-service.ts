import * as fsp from 'node:fs/promises';
import type { IpcServices } from '../ipc/register-ipc-handlers';
import { refuseNewerSettings } from '../../shared/settings';
import { settingsSchema } from '../../shared/settings-schema';
import { refuseNewerLayout } from '../../shared/workbench-layout';
import { workbenchLayoutSchema } from '../../shared/workbench-layout-schema';
import { JsonFileStore, type StoreFileSystem } from './json-file-store';
import { ReadBeforeWriteFile } from './read-before-write-file';

export type UserDataServices = Pick<IpcServices, 'loadSettings' | 'saveSettings' | 'loadLayout' | 'saveLayout'>;

/** Settings and layout as JSON files in the user-data folder, each replaced only after it was read. */
export function createUserDataServices(userDataFolder: string, fs: StoreFileSystem = fsp): UserDataServices {
  const store = new JsonFileStore(userDataFolder, fs);
  const settings = new ReadBeforeWriteFile(store, 'settings.json', settingsSchema, refuseNewerSettings);
  const layout = new ReadBeforeWriteFile(store, 'layout.json', workbenchLayoutSchema, refuseNewerLayout);
  return {
    loadSettings: () => settings.load(),
    saveSettings: (value) => settings.save(value),
    loadLayout: () => layout.load(),
    saveLayout: (value) => layout.save(value),
  };
}
