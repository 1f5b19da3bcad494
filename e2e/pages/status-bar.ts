import type { Locator, Page } from '@playwright/test';

/** The status bar along the bottom of the workbench. */
export class StatusBarPart {
  readonly root: Locator;
  readonly offline: Locator;
  readonly handoutCount: Locator;
  readonly zoom: Locator;
  constructor(page: Page) {
    this.root = page.getByRole('contentinfo', { name: 'Status bar' });
    this.offline = this.root.getByTestId('offline-indicator');
    this.handoutCount = this.root.getByTestId('handout-count');
    this.zoom = this.root.getByTestId('zoom-level');
  }
}
