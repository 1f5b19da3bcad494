import { DEFAULT_LAYOUT, ZOOM_LIMITS, type ViewId, type WorkbenchLayout } from '../../../shared/workbench-layout';
import { sameInput, type EditorInput } from '../../workbench-api/editor-input';
import { EditorTabs } from './editor-tabs.svelte';
import { NavigationHistory } from './navigation-history.svelte';

const RECENT_LIMIT = 20;
/** Each zoom step is 10%, as in browsers and VS Code's "window.zoomLevel" feel. */
export const zoomFactor = (level: number): number => Math.round((1 + level * 0.1) * 100) / 100;

const isPage = (input: EditorInput): boolean => 'id' in input;

/**
 * Everything the workbench shows that is not content: tabs, history, side bar, zoom, patient
 * view, favourites and recently opened. DOM-free, so the flows are unit-tested without a browser;
 * `toLayout`/`fromLayout` make it survive a restart.
 */
export class WorkbenchState {
  readonly tabs = new EditorTabs();
  readonly history = new NavigationHistory();
  activeView = $state<ViewId>(DEFAULT_LAYOUT.activeView);
  sideBarVisible = $state(DEFAULT_LAYOUT.sideBarVisible);
  sideBarWidth = $state(DEFAULT_LAYOUT.sideBarWidth);
  zoomLevel = $state(DEFAULT_LAYOUT.zoomLevel);
  patientView = $state(false);
  favourites = $state<EditorInput[]>([]);
  recent = $state<EditorInput[]>([]);
  /** The layout the window started with, to tell whether the user has changed it since. */
  readonly #started: string;

  /** `frame`: the views, side bar and zoom to start with (the last window's, until its layout is read). */
  constructor(
    frame: Partial<Pick<WorkbenchLayout, 'activeView' | 'sideBarVisible' | 'sideBarWidth' | 'zoomLevel'>> = {},
  ) {
    this.activeView = frame.activeView ?? DEFAULT_LAYOUT.activeView;
    this.sideBarVisible = frame.sideBarVisible ?? DEFAULT_LAYOUT.sideBarVisible;
    this.sideBarWidth = frame.sideBarWidth ?? DEFAULT_LAYOUT.sideBarWidth;
    this.zoomLevel = frame.zoomLevel ?? DEFAULT_LAYOUT.zoomLevel;
    this.#started = JSON.stringify(this.toLayout());
  }

  /** Opens a page as the user asked (a click, a link, Quick Open) and records it in history. */
  open(input: EditorInput, options: { pinned?: boolean } = {}): void {
    this.tabs.open(input, { pinned: options.pinned ?? false });
    this.history.visit(input);
    if (isPage(input)) this.recent = [input, ...this.recent.filter((r) => !sameInput(r, input))].slice(0, RECENT_LIMIT);
  }

  goBack(): void {
    const input = this.history.goBack();
    if (input) this.tabs.open(input, { pinned: this.tabs.indexOf(input) >= 0 });
  }

  goForward(): void {
    const input = this.history.goForward();
    if (input) this.tabs.open(input, { pinned: this.tabs.indexOf(input) >= 0 });
  }

  closeTab(index: number = this.tabs.activeIndex): void {
    this.tabs.close(index);
    const active = this.tabs.active;
    if (active) this.history.visit(active.input);
  }

  /** Activity-bar semantics: clicking the active view hides the side bar, another view shows it. */
  selectView(view: ViewId): void {
    if (view === this.activeView && this.sideBarVisible) this.sideBarVisible = false;
    else {
      this.activeView = view;
      this.sideBarVisible = true;
    }
  }

  /** Shows a view (from a command or shortcut); never hides it. */
  showView(view: ViewId): void {
    this.activeView = view;
    this.sideBarVisible = true;
  }

  isFavourite(input: EditorInput): boolean {
    return this.favourites.some((f) => sameInput(f, input));
  }

  toggleFavourite(input: EditorInput): void {
    this.favourites = this.isFavourite(input)
      ? this.favourites.filter((f) => !sameInput(f, input))
      : [...this.favourites, input];
  }

  zoom(step: -1 | 0 | 1): void {
    this.zoomLevel = step === 0 ? 0 : Math.min(ZOOM_LIMITS.max, Math.max(ZOOM_LIMITS.min, this.zoomLevel + step));
  }

  toLayout(): WorkbenchLayout {
    return {
      schemaVersion: 1,
      activeView: this.activeView,
      sideBarVisible: this.sideBarVisible,
      sideBarWidth: Math.round(this.sideBarWidth),
      tabs: this.tabs.tabs.map((t) => ({
        input: t.input,
        pinned: t.pinned,
        scrollTop: Math.max(0, Math.round(t.scrollTop)),
      })),
      activeTab: this.tabs.activeIndex,
      zoomLevel: this.zoomLevel,
      favourites: this.favourites,
      recent: this.recent,
    };
  }

  /**
   * Restores a saved layout, dropping pages that are no longer in the knowledge base. The saved
   * layout is read after the first paint; if the user has already changed the window by then (a
   * view clicked, a page opened), what they did stays where it is, and only the saved favourites
   * and recent pages are added to theirs: nothing moves under their hand.
   */
  restore(layout: WorkbenchLayout, exists: (input: EditorInput) => boolean): void {
    const merged = (mine: EditorInput[], saved: EditorInput[]) => [
      ...mine,
      ...saved.filter((s) => exists(s) && !mine.some((m) => sameInput(m, s))),
    ];
    if (!this.#asStarted()) {
      this.favourites = merged(this.favourites, layout.favourites);
      this.recent = merged(this.recent, layout.recent).slice(0, RECENT_LIMIT);
      return;
    }
    this.activeView = layout.activeView;
    this.sideBarVisible = layout.sideBarVisible;
    this.sideBarWidth = layout.sideBarWidth;
    this.zoomLevel = layout.zoomLevel;
    this.favourites = layout.favourites.filter(exists);
    this.recent = layout.recent.filter(exists);
    this.tabs.tabs = layout.tabs.map((t) => ({ ...t }));
    this.tabs.activeIndex = Math.min(layout.activeTab, layout.tabs.length - 1);
    this.tabs.retain(exists);
    const active = this.tabs.active;
    if (active) this.history.visit(active.input);
  }

  /** Whether the window still has the layout it started with. */
  #asStarted(): boolean {
    return JSON.stringify(this.toLayout()) === this.#started;
  }
}
