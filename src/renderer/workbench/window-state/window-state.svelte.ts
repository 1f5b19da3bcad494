/**
 * The window's saved state: the settings and the layout, read once as the window starts and
 * saved as they change. The saved state arrives after the first frame (see saved-window-state.ts),
 * so the user may have acted by then; this decides what wins, and never writes over saved
 * settings or a saved layout that could not be read.
 */
import type { AppApi } from '../../../shared/app-api';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/settings';
import { DEFAULT_LAYOUT, type EditorInput, type WorkbenchLayout } from '../../../shared/workbench-layout';
import type { WorkbenchState } from '../model/workbench-state.svelte';
import type { NotificationTone } from '../notifications.svelte';
import type { SavedWindowState } from './saved-window-state';
import { withChanges } from './settings-changes';
import { writeWindowHint, type WindowHint } from './window-hint';

/** Settings are written shortly after typing pauses (the Settings view reports every keystroke). */
export const SETTINGS_SAVE_DELAY_MS = 250;
/** The layout is written shortly after it settles, not on every scroll event. */
export const LAYOUT_SAVE_DELAY_MS = 400;

export interface WindowStateOptions {
  appApi: Pick<AppApi, 'saveSettings' | 'saveLayout'>;
  workbench: WorkbenchState;
  notify: (message: string, tone: NotificationTone) => void;
  /** Whether a saved tab's page still exists (an update may have removed it). */
  inputExists: (input: EditorInput) => boolean;
  /** The registered views, in order: the first is shown when a saved layout names another. */
  views: readonly string[];
  /** The last window's theme and frame, shown until the saved settings and layout arrive. */
  hint: WindowHint | undefined;
}

type Storage = 'unread' | 'writable' | 'unreadable';

export class WindowState {
  /** Replaced whole, never changed in place. */
  settings = $state.raw<Settings>(DEFAULT_SETTINGS);
  /** Reading the saved state has finished, either way: the workbench is aria-busy until then. */
  settled = $state(false);
  /** The saved layout is applied, and from now on the layout is saved as it changes. */
  restored = $state(false);
  #storage: Storage = 'unread';
  /** The settings the window started with, to tell what the user changed before the saved ones arrived. */
  readonly #started: Settings;
  #settingsTimer: ReturnType<typeof setTimeout> | undefined;
  #refusalShown = false;

  constructor(private readonly options: WindowStateOptions) {
    this.settings = { ...DEFAULT_SETTINGS, theme: options.hint?.theme ?? DEFAULT_SETTINGS.theme };
    this.#started = this.settings;
  }

  /** Applies what was read at start-up. */
  apply(saved: SavedWindowState): void {
    const { workbench, notify, inputExists } = this.options;
    try {
      const changedEarly = this.settings !== this.#started;
      // What the user changed stays; everything else is the saved settings (or, with none, the defaults:
      // the hinted theme gives way to them unless the user has chosen since).
      const read = saved.readable && saved.settings.status === 'ok' ? saved.settings.value : DEFAULT_SETTINGS;
      this.settings = withChanges(read, this.#started, this.settings);
      // Likewise the hinted frame (restore keeps what the user has changed since the start).
      const layout = saved.readable && saved.layout.status === 'ok' ? saved.layout.value : DEFAULT_LAYOUT;
      workbench.restore(this.#withKnownView(layout), inputExists);
      if (!saved.readable) {
        // Storage that cannot be read at all is not overwritten either: nothing is saved this session.
        this.#storage = 'unreadable';
        notify(
          `Your saved settings and layout could not be read (${saved.message}); defaults are in use, and changes are not saved.`,
          'warning',
        );
        return;
      }
      let newer = false;
      for (const [what, loaded] of [
        ['settings', saved.settings],
        ['window layout', saved.layout],
      ] as const) {
        if (loaded.status !== 'damaged') continue;
        newer ||= loaded.reason === 'newer';
        notify(
          loaded.reason === 'newer'
            ? `Your saved ${what} were left as they are, at ${loaded.keptAs}: ${loaded.message} Defaults are in use, and changes are not saved.`
            : `Your saved ${what} could not be read (${loaded.message}). The file was kept as ${loaded.keptAs}; defaults are in use.`,
          'warning',
        );
      }
      if (newer) {
        // A newer version's file is still in place: writing would replace what that version saved.
        this.#storage = 'unreadable';
        return;
      }
      // A damaged file was kept aside, so writing a new one loses nothing.
      this.#storage = 'writable';
      if (changedEarly) this.#saveSettingsSoon();
      this.restored = true;
    } finally {
      this.settled = true;
    }
  }

  /** Applies new settings at once and saves them shortly, once the saved ones have been read. */
  changeSettings(next: Settings): void {
    this.settings = next;
    if (this.#storage === 'writable') this.#saveSettingsSoon();
    else if (this.#storage === 'unreadable' && !this.#refusalShown) {
      // Writing now would replace the clinic's saved details with what this window has: refuse, and say so.
      this.#refusalShown = true;
      this.options.notify(
        'This change is not saved: your saved settings could not be read, and saving now would replace them. Restart Stride Atlas to try reading them again.',
        'warning',
      );
    }
    // Not read yet: the change is laid onto the saved settings when they arrive, then saved (see apply).
  }

  /**
   * Keeps the saved layout and the window hint up to date from now on. Call it while a component
   * is being set up (it uses effects, which end with the component).
   */
  track(): void {
    $effect(() => {
      if (!this.restored) return;
      const layout = this.options.workbench.toLayout();
      const timer = setTimeout(() => {
        this.options.appApi
          .saveLayout(layout)
          .catch((error: unknown) =>
            this.options.notify(`The window layout could not be saved: ${String(error)}`, 'warning'),
          );
      }, LAYOUT_SAVE_DELAY_MS);
      return () => clearTimeout(timer);
    });
    $effect(() => {
      if (!this.restored) return;
      const { activeView, sideBarVisible, sideBarWidth, zoomLevel } = this.options.workbench;
      writeWindowHint({ theme: this.settings.theme, activeView, sideBarVisible, sideBarWidth, zoomLevel });
    });
  }

  #saveSettingsSoon(): void {
    clearTimeout(this.#settingsTimer);
    this.#settingsTimer = setTimeout(() => {
      this.options.appApi
        .saveSettings(this.settings)
        .catch((error: unknown) => this.options.notify(`Settings could not be saved: ${String(error)}`, 'error'));
    }, SETTINGS_SAVE_DELAY_MS);
  }

  /** A layout naming a view this window does not have (a later version's) shows the first view instead. */
  #withKnownView(layout: WorkbenchLayout): WorkbenchLayout {
    const { views } = this.options;
    return views.includes(layout.activeView)
      ? layout
      : { ...layout, activeView: views[0] ?? DEFAULT_LAYOUT.activeView };
  }
}
