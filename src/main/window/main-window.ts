import { BrowserWindow, nativeTheme, screen } from 'electron';
import type { PendingWrites } from '../lifecycle/pending-writes';
import type { JsonFileStore } from '../store/json-file-store';
import { createSecureWebPreferences } from '../security/web-preferences';
import { MIN_WINDOW_SIZE, restoreWindowBounds, savedWindowStateSchema } from './window-bounds';

const WINDOW_STATE_FILE = 'window-state.json';

/** Matches the workbench background so the window never flashes white before it paints. */
const BACKGROUND = { dark: '#1f1f1f', light: '#f8f8f8' } as const;

/**
 * The main window where the user left it, hidden until its first paint. It has no page yet: the
 * caller makes it the trusted window first and loads the page after, because the renderer asks for
 * the saved settings as soon as its script runs, long before the load has finished. Its size and
 * position are written when it closes, as a tracked write the app waits for before it quits.
 */
export async function createMainWindow(options: {
  preloadPath: string;
  store: JsonFileStore;
  writes: PendingWrites;
}): Promise<BrowserWindow> {
  const saved = await options.store.read(WINDOW_STATE_FILE, savedWindowStateSchema);
  const { bounds, maximized } = restoreWindowBounds(
    saved.status === 'ok' ? saved.value : undefined,
    [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((d) => d.workArea),
  );
  const window = new BrowserWindow({
    ...bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    title: 'Stride Atlas',
    backgroundColor: nativeTheme.shouldUseDarkColors ? BACKGROUND.dark : BACKGROUND.light,
    webPreferences: createSecureWebPreferences(options.preloadPath),
  });
  window.once('ready-to-show', () => {
    if (maximized) window.maximize();
    window.show();
  });
  window.on('close', () => {
    // Read now, while the window still exists; written while the app waits to quit.
    const state = { ...window.getNormalBounds(), maximized: window.isMaximized() };
    void options.writes.track(options.store.write(WINDOW_STATE_FILE, state)).catch(() => {
      // Nothing to tell the user as the app closes; the window opens at the last saved place.
    });
  });
  return window;
}
