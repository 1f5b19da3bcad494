import type { AppApi } from '../../../shared/app-api';
import type { Loaded } from '../../../shared/loaded';
import type { Settings } from '../../../shared/settings';
import type { WorkbenchLayout } from '../../../shared/workbench-layout';

/** The settings and layout a window starts from, or why the user's data could not be read at all. */
export type SavedWindowState =
  | { readable: true; settings: Loaded<Settings>; layout: Loaded<WorkbenchLayout> }
  | { readable: false; message: string };

/**
 * Asks for the saved settings and layout; never rejects. main.ts asks as soon as the renderer
 * starts, before the knowledge base is in and the workbench mounts, so the answer (over IPC, or
 * from IndexedDB) is usually there before the first frame and the window opens as the user left it
 * instead of showing the defaults for a moment.
 */
export async function loadSavedWindowState(
  appApi: Pick<AppApi, 'loadSettings' | 'loadLayout'>,
): Promise<SavedWindowState> {
  try {
    const [settings, layout] = await Promise.all([appApi.loadSettings(), appApi.loadLayout()]);
    return { readable: true, settings, layout };
  } catch (error) {
    return { readable: false, message: String(error) };
  }
}
