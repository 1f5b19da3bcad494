import type { KeptAsideFile } from './kept-aside';
import type { Loaded } from './loaded';
import type { MenuCommand } from './menu-commands';
import type { Settings } from './settings';
import type { SavePdfResult, UserFileKind, UserFileListing, UserFileTypes } from './user-files';
import type { WorkbenchLayout } from './workbench-layout';

export type Platform = 'electron' | 'web';

export interface AppInfo {
  name: string;
  version: string;
  platform: Platform;
  /** Where user data lives, in words the user can act on (a folder, or "this browser"). */
  dataLocation: string;
}

/**
 * Everything the renderer may ask of its host. Implemented twice: by the Electron preload (over
 * validated IPC) and by the web adapter (IndexedDB, downloads). The UI only ever sees this.
 */
export interface AppApi {
  readonly platform: Platform;
  getAppInfo(): Promise<AppInfo>;
  loadSettings(): Promise<Loaded<Settings>>;
  saveSettings(settings: Settings): Promise<void>;
  loadLayout(): Promise<Loaded<WorkbenchLayout>>;
  saveLayout(layout: WorkbenchLayout): Promise<void>;
  /** Every saved file of a kind (handouts or templates); damaged ones are listed, not lost. */
  listUserFiles<K extends UserFileKind>(kind: K): Promise<UserFileListing<UserFileTypes[K]>>;
  /** Creates or replaces the file with this id, atomically. */
  saveUserFile<K extends UserFileKind>(kind: K, file: UserFileTypes[K]): Promise<void>;
  deleteUserFile(kind: UserFileKind, id: string): Promise<void>;
  /** Every stored file or record the app did not read: damaged ones moved aside, newer ones left in place. */
  listKeptAside(): Promise<KeptAsideFile[]>;
  /** Deletes one file `listKeptAside` names, at the user's request; refuses any other id. */
  deleteKeptAside(id: string): Promise<void>;
  /** Electron: a native save dialog defaulting to `suggestedName`; web: a download. */
  savePdf(bytes: Uint8Array, suggestedName: string): Promise<SavePdfResult>;
  /** Prints the current page (Electron: the system print dialog; web: the browser's). */
  printPage(): Promise<void>;
  /** Subscribes to commands chosen in the native menu; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** The AppApi methods the renderer invokes over IPC (request and response). */
export type AppApiMethod = Exclude<
  { [K in keyof AppApi]: AppApi[K] extends (...args: never[]) => unknown ? K : never }[keyof AppApi],
  'onMenuCommand'
>;
