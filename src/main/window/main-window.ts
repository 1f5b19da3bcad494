import { BrowserWindow, nativeTheme, screen } from 'electron';
import type { JsonFileStore } from '../store/json-file-store';
import { createSecureWebPreferences } from '../security/web-preferences';
import { MIN_WINDOW_SIZE, restoreWindowBounds, savedWindowStateSchema } from './window-bounds';

const WINDOW_STATE_FILE = 'window-state.json';

/** Matches the workbench background so the window never flashes white before it paints. */
const BACKGROUND = { dark: '#1f1f1f', light: '#f8f8f8' } as const;

export async function createMainWindow(options: {
  preloadPath: string;
  url: string;
  store: JsonFileStore;
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
    const state = { ...window.getNormalBounds(), maximized: window.isMaximized() };
    void options.store.write(WINDOW_STATE_FILE, state);
  });
  await window.loadURL(options.url);
  return window;
}
