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
  /** Clicks the view's button: shows the view, or hides the side bar if the view is already showing. */
  async open(view: ViewTitle): Promise<void> {
    await this.button(view).click();
  }
  /** Makes sure the view is showing (a restored layout may already show it). */
  async show(view: ViewTitle): Promise<void> {
    if ((await this.button(view).getAttribute('aria-pressed')) !== 'true') await this.button(view).click();
  }
}
