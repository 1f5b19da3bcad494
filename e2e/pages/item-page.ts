import type { Locator, Page } from '@playwright/test';

/** An item page in the editor (condition, exercise, advice topic, red flag): its heading, actions and links. */
export class ItemPagePart {
  readonly root: Locator;
  readonly heading: Locator;
  readonly addToHandout: Locator;
  /** The star: pressed when the page is a favourite. */
  readonly favourite: Locator;

  constructor(page: Page) {
    this.root = page.getByRole('main', { name: 'Editor' }).locator('#editor-panel');
    this.heading = this.root.getByRole('heading', { level: 1 });
    this.addToHandout = this.root.getByRole('button', { name: 'Add to handout' }).first();
    this.favourite = this.root.getByRole('button', { name: 'Favourite', exact: true });
  }

  /** A titled section of the page ("Management", "References"…). */
  section(title: string): Locator {
    return this.root.getByRole('region', { name: title, exact: true });
  }

  /** A link to another knowledge-base page, by its text. */
  link(name: string, within?: Locator): Locator {
    return (within ?? this.root).getByRole('link', { name, exact: true }).first();
  }
}
