import { THEME_CHOICES, type ThemeChoice } from '../../../shared/settings';
import { SIDE_BAR_WIDTH_LIMITS, ZOOM_LIMITS, type WorkbenchLayout } from '../../../shared/workbench-layout';

/** What a window looks like before its content: the theme and the frame around the pages. */
export type WindowHint = { theme: ThemeChoice } & Pick<
  WorkbenchLayout,
  'activeView' | 'sideBarVisible' | 'sideBarWidth' | 'zoomLevel'
>;

const KEY = 'stride-atlas:window';

const isInteger = (value: unknown, limits: { min: number; max: number }): value is number =>
  Number.isInteger(value) && (value as number) >= limits.min && (value as number) <= limits.max;

function asWindowHint(value: unknown, views: readonly string[]): WindowHint | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { theme, activeView, sideBarVisible, sideBarWidth, zoomLevel } = value as Record<keyof WindowHint, unknown>;
  const valid =
    THEME_CHOICES.some((choice) => choice === theme) &&
    views.some((view) => view === activeView) &&
    typeof sideBarVisible === 'boolean' &&
    isInteger(sideBarWidth, SIDE_BAR_WIDTH_LIMITS) &&
    isInteger(zoomLevel, ZOOM_LIMITS);
  return valid ? ({ theme, activeView, sideBarVisible, sideBarWidth, zoomLevel } as WindowHint) : undefined;
}

/**
 * The theme and frame of the last window, kept in the renderer's own storage so that the next
 * window paints with them from its first frame. The saved settings and layout usually arrive after
 * that frame (see loadSavedWindowState), and without this a dark-theme user on a light computer
 * got a white window, and a zoomed or widened window jumped, at every start (VS Code keeps its
 * theme and part sizes for its first paint for the same reason). Only a hint: the saved settings
 * and layout decide when they arrive. The pages open in tabs are not in it: they appear with the
 * saved layout.
 */
export function readWindowHint(
  /** The ids of the registered views: a hint naming another view is not used. */
  views: readonly string[],
  storage: Pick<Storage, 'getItem'> = localStorage,
): WindowHint | undefined {
  try {
    const text = storage.getItem(KEY);
    return text === null ? undefined : asWindowHint(JSON.parse(text), views);
  } catch {
    // Switched-off storage or a damaged hint: the window starts with the defaults.
    return undefined;
  }
}

export function writeWindowHint(hint: WindowHint, storage: Pick<Storage, 'getItem' | 'setItem'> = localStorage): void {
  const { theme, activeView, sideBarVisible, sideBarWidth, zoomLevel } = hint;
  const text = JSON.stringify({ theme, activeView, sideBarVisible, sideBarWidth: Math.round(sideBarWidth), zoomLevel });
  try {
    if (storage.getItem(KEY) !== text) storage.setItem(KEY, text);
  } catch {
    // Full or switched off: the next window starts with the defaults until its saved state arrives.
  }
}
