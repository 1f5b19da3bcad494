import type { Locator, Page } from '@playwright/test';

/** The side bar, which shows the active view. */
export class SideBarPart {
  constructor(private readonly page: Page) {}
  view(title: string): Locator {
    return this.page.getByRole('complementary', { name: title });
  }
  get any(): Locator {
    return this.page.getByRole('complementary');
  }
}
