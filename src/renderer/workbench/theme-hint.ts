import { THEME_CHOICES, type ThemeChoice } from '../../shared/settings';

const KEY = 'stride-atlas:theme';

/**
 * The theme the last window used, kept in the renderer's own storage so that the next window
 * paints in it at once. The saved settings usually arrive after the first frame (see
 * loadSavedWindowState), and without this a dark-theme user on a light computer got a white
 * flash at every start (VS Code keeps its theme for its first paint for the same reason). It is
 * only a hint: the saved settings decide, and replace it when they arrive.
 */
export function readThemeHint(storage: Pick<Storage, 'getItem'> = localStorage): ThemeChoice | undefined {
  try {
    const value = storage.getItem(KEY);
    return THEME_CHOICES.find((choice) => choice === value);
  } catch {
    // Storage can be switched off; the window then starts in the default theme.
    return undefined;
  }
}

export function writeThemeHint(choice: ThemeChoice, storage: Pick<Storage, 'getItem' | 'setItem'> = localStorage): void {
  try {
    if (storage.getItem(KEY) !== choice) storage.setItem(KEY, choice);
  } catch {
    // Full or switched off: the next window shows the default theme until its settings arrive.
  }
}
