import { sameInput, type EditorInput } from '../../workbench-api/editor-input';

const LIMIT = 100;

/** Back/forward through the pages the user opened, like a browser's history. */
export class NavigationHistory {
  private back = $state<EditorInput[]>([]);
  private forward = $state<EditorInput[]>([]);
  current = $state<EditorInput | undefined>(undefined);

  /** Records a navigation the user made (not one made by going back or forward). */
  visit(input: EditorInput): void {
    if (this.current && sameInput(this.current, input)) return;
    if (this.current) {
      this.back.push(this.current);
      if (this.back.length > LIMIT) this.back.shift();
    }
    this.forward = [];
    this.current = input;
  }

  get canGoBack(): boolean {
    return this.back.length > 0;
  }

  get canGoForward(): boolean {
    return this.forward.length > 0;
  }

  goBack(): EditorInput | undefined {
    const previous = this.back.pop();
    if (!previous) return undefined;
    if (this.current) this.forward.push(this.current);
    this.current = previous;
    return previous;
  }

  goForward(): EditorInput | undefined {
    const next = this.forward.pop();
    if (!next) return undefined;
    if (this.current) this.back.push(this.current);
    this.current = next;
    return next;
  }

  /** Forgets an input everywhere (its tab was closed and it no longer exists). */
  forget(input: EditorInput): void {
    this.back = this.back.filter((i) => !sameInput(i, input));
    this.forward = this.forward.filter((i) => !sameInput(i, input));
  }
}
