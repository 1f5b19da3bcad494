import type { IpcServices } from '../ipc/register-ipc-handlers';
import { settingsSchema } from '../../shared/settings-schema';
import { workbenchLayoutSchema } from '../../shared/workbench-layout-schema';
import { JsonFileStore } from './json-file-store';

const SETTINGS_FILE = 'settings.json';
const LAYOUT_FILE = 'layout.json';

export type UserDataServices = Pick<IpcServices, 'loadSettings' | 'saveSettings' | 'loadLayout' | 'saveLayout'>;

/** Settings and layout as JSON files in the user-data folder. */
export function createUserDataServices(userDataFolder: string): UserDataServices {
  const store = new JsonFileStore(userDataFolder);
  return {
    loadSettings: () => store.read(SETTINGS_FILE, settingsSchema),
    saveSettings: (settings) => store.write(SETTINGS_FILE, settings),
    loadLayout: () => store.read(LAYOUT_FILE, workbenchLayoutSchema),
    saveLayout: (layout) => store.write(LAYOUT_FILE, layout),
  };
}
