import type { Locator, Page } from '@playwright/test';

/** The Search view in the side bar. */
export class SearchViewPart {
  readonly root: Locator;
  readonly input: Locator;
  readonly hits: Locator;

  constructor(page: Page) {
    this.root = page.getByRole('complementary', { name: 'Search' });
    this.input = this.root.getByRole('searchbox', { name: 'Search the knowledge base' });
    this.hits = this.root.locator('button.hit');
  }

  group(label: 'Conditions' | 'Exercises' | 'Advice' | 'Red flags' | 'Clinical tests'): Locator {
    return this.root.getByRole('region', { name: new RegExp(`^${label}: \\d+`) });
  }

  filter(name: 'Kind' | 'Region' | 'Equipment' | 'Phase'): Locator {
    return this.root.getByLabel(name);
  }
}
