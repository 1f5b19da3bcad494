import { inputKey, sameInput, type EditorInput } from '../../workbench-api/editor-input';

export interface EditorTab {
  readonly input: EditorInput;
  /** A preview tab (italic) is replaced by the next preview; pinning keeps it. */
  pinned: boolean;
  scrollTop: number;
}

const MAX_CLOSED = 20;

/**
 * The editor's tabs, VS Code style: a single click opens a preview tab that the next single click
 * replaces; a double click (or editing) pins it. Reactive (runes) but DOM-free, so it is unit-tested on its own.
 */
export class EditorTabs {
  tabs = $state<EditorTab[]>([]);
  activeIndex = $state(-1);
  private closed: { tab: EditorTab; index: number }[] = [];

  get active(): EditorTab | undefined {
    return this.tabs[this.activeIndex];
  }

  indexOf(input: EditorInput): number {
    const key = inputKey(input);
    return this.tabs.findIndex((t) => inputKey(t.input) === key);
  }

  /** Opens `input` (or activates it if open). `pinned: false` opens it as the preview tab. */
  open(input: EditorInput, options: { pinned: boolean }): EditorTab {
    const existing = this.indexOf(input);
    if (existing >= 0) {
      const tab = this.tabs[existing]!;
      if (options.pinned) tab.pinned = true;
      this.activeIndex = existing;
      return tab;
    }
    const tab: EditorTab = { input, pinned: options.pinned, scrollTop: 0 };
    const preview = this.tabs.findIndex((t) => !t.pinned);
    if (!options.pinned && preview >= 0) {
      this.tabs[preview] = tab;
      this.activeIndex = preview;
    } else {
      const at = this.activeIndex + 1;
      this.tabs.splice(at, 0, tab);
      this.activeIndex = at;
    }
    return tab;
  }

  pin(input: EditorInput): void {
    const index = this.indexOf(input);
    if (index >= 0) this.tabs[index]!.pinned = true;
  }

  activate(index: number): void {
    if (index >= 0 && index < this.tabs.length) this.activeIndex = index;
  }

  close(index: number = this.activeIndex): EditorTab | undefined {
    const [tab] = index >= 0 && index < this.tabs.length ? this.tabs.splice(index, 1) : [];
    if (!tab) return undefined;
    this.closed.push({ tab, index });
    if (this.closed.length > MAX_CLOSED) this.closed.shift();
    if (this.tabs.length === 0) this.activeIndex = -1;
    else if (index < this.activeIndex || this.activeIndex >= this.tabs.length)
      this.activeIndex = Math.max(0, this.activeIndex - 1);
    return tab;
  }

  closeInput(input: EditorInput): void {
    const index = this.indexOf(input);
    if (index >= 0) this.close(index);
  }

  /** Reopens the most recently closed tab that is not open already: where it was, pinned, scrolled. */
  reopenClosed(): EditorTab | undefined {
    while (this.closed.length > 0) {
      const { tab, index } = this.closed.pop()!;
      if (this.tabs.some((t) => sameInput(t.input, tab.input))) continue;
      const at = Math.min(index, this.tabs.length);
      this.tabs.splice(at, 0, { input: tab.input, pinned: true, scrollTop: tab.scrollTop });
      this.activeIndex = at;
      return this.tabs[at];
    }
    return undefined;
  }

  next(): void {
    if (this.tabs.length > 0) this.activeIndex = (this.activeIndex + 1) % this.tabs.length;
  }

  previous(): void {
    if (this.tabs.length > 0) this.activeIndex = (this.activeIndex - 1 + this.tabs.length) % this.tabs.length;
  }

  move(from: number, to: number): void {
    if (from === to || from < 0 || to < 0 || from >= this.tabs.length || to >= this.tabs.length) return;
    const activeKey = this.active ? inputKey(this.active.input) : undefined;
    const [tab] = this.tabs.splice(from, 1);
    this.tabs.splice(to, 0, tab!);
    if (activeKey) this.activeIndex = this.tabs.findIndex((t) => inputKey(t.input) === activeKey);
  }

  /** Drops tabs whose input no longer exists (for example after a knowledge-base update). */
  retain(exists: (input: EditorInput) => boolean): void {
    const activeKey = this.active ? inputKey(this.active.input) : undefined;
    this.tabs = this.tabs.filter((t) => exists(t.input));
    const index = activeKey ? this.tabs.findIndex((t) => inputKey(t.input) === activeKey) : -1;
    this.activeIndex = index >= 0 ? index : this.tabs.length > 0 ? 0 : -1;
  }
}
