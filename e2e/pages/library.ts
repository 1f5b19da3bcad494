import { expect, type Locator, type Page } from '@playwright/test';

export type LibrarySectionLabel =
  'Favourites' | 'Recently opened' | 'Conditions' | 'Exercises' | 'Advice topics' | 'Red flags';
export type ExerciseFilterName = 'Equipment' | 'Position' | 'Phase';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The Library view: an ARIA tree. A group's accessible name is its label and its count
 * ("Conditions 22"); a page's is its name. The same page can sit in several groups (a condition
 * under each of its regions, and in Favourites), so look items up under a group when that matters.
 */
export class LibraryViewPart {
  readonly root: Locator;
  readonly tree: Locator;
  /** The row that has keyboard focus (only while the tree has focus). */
  readonly focusedItem: Locator;
  /** The row in the Tab order: where keyboard focus lands when the tree is entered. */
  readonly tabStop: Locator;
  readonly filterStatus: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByRole('complementary', { name: 'Library' });
    this.tree = this.root.getByRole('tree', { name: 'Library' });
    this.focusedItem = this.tree.locator('[role="treeitem"]:focus');
    this.tabStop = this.tree.locator('[role="treeitem"][tabindex="0"]');
    this.filterStatus = this.root.locator('.filters .status');
  }

  /** A group row by its label (Conditions, Lateral hip, Strength…), inside `under` if given. */
  group(label: string, under?: Locator): Locator {
    return (under ?? this.tree).getByRole('treeitem', { name: new RegExp(`^${escape(label)}( |$)`) }).first();
  }

  /** A page row by its exact name, inside `under` if given (the first match otherwise). */
  item(name: string, under?: Locator): Locator {
    return (under ?? this.tree).getByRole('treeitem', { name, exact: true }).first();
  }

  /** The clickable line of a row (a row's box also holds its open children). */
  private line(item: Locator): Locator {
    return item.locator(':scope > .row');
  }

  /** Opens the groups along a path, e.g. expand('Conditions', 'Lateral hip'); returns the last group. */
  async expand(...path: string[]): Promise<Locator> {
    let group: Locator | undefined;
    for (const label of path) {
      group = this.group(label, group);
      if ((await group.getAttribute('aria-expanded')) !== 'true') await this.line(group).click();
      await expect(group).toHaveAttribute('aria-expanded', 'true');
    }
    if (!group) throw new Error('expand() needs at least one group label');
    return group;
  }

  async collapse(label: string): Promise<void> {
    const group = this.group(label);
    if ((await group.getAttribute('aria-expanded')) === 'true') await this.line(group).click();
    await expect(group).toHaveAttribute('aria-expanded', 'false');
  }

  /**
   * Opens a page by name after expanding `path`: a single click gives a preview tab, `pinned` a
   * double click (a kept tab).
   */
  async open(name: string, options: { path?: string[]; pinned?: boolean } = {}): Promise<void> {
    const group = options.path?.length ? await this.expand(...options.path) : undefined;
    const line = this.line(this.item(name, group));
    if (options.pinned) await line.dblclick();
    else await line.click();
  }

  /** Puts keyboard focus on the tree, as Tab into it would. */
  async focus(): Promise<void> {
    await this.tabStop.focus();
  }

  /** Presses keys one after another while the tree has focus, e.g. press('ArrowRight', 'ArrowDown', 'Enter'). */
  async press(...keys: string[]): Promise<void> {
    for (const key of keys) await this.page.keyboard.press(key);
  }

  /** Types letters to jump to a row by the start of its name. */
  async typeAhead(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  /** The visible name of the focused row, without its count. */
  async focusedLabel(): Promise<string> {
    return (await this.focusedItem.locator(':scope > .row .label').innerText()).trim();
  }

  filter(name: ExerciseFilterName): Locator {
    return this.root.getByLabel(name, { exact: true });
  }

  /** Chooses a filter value by its id ('resistance-band', 'standing', 'settle'); '' is "Any". */
  async setFilter(name: ExerciseFilterName, value: string): Promise<void> {
    await this.filter(name).selectOption(value);
  }

  async clearFilters(): Promise<void> {
    await this.root.getByRole('button', { name: 'Clear' }).click();
  }
}
