import type { Locator, Page } from '@playwright/test';

/** The editor area: tabs and the open document. */
export class EditorPart {
  readonly root: Locator;
  constructor(page: Page) {
    this.root = page.getByRole('main', { name: 'Editor' });
  }
}
