import type { Locator, Page } from '@playwright/test';

export type ViewTitle = 'Library' | 'Search' | 'Body map' | 'Handout' | 'Settings';

/** The activity bar: one button per side-bar view. */
export class ActivityBarPart {
  readonly root: Locator;
  constructor(page: Page) {
    this.root = page.getByRole('navigation', { name: 'Views' });
  }
  button(view: ViewTitle): Locator {
    return this.root.getByRole('button', { name: view, exact: true });
  }
  async open(view: ViewTitle): Promise<void> {
    await this.button(view).click();
  }
}
