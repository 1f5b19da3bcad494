import type { Locator, Page } from '@playwright/test';

/** The editor area: tabs, breadcrumbs and the open page. */
export class EditorPart {
  readonly root: Locator;
  readonly tabs: Locator;
  readonly activeTab: Locator;
  readonly breadcrumbs: Locator;
  readonly panel: Locator;
  readonly back: Locator;
  readonly forward: Locator;

  constructor(page: Page) {
    this.root = page.getByRole('main', { name: 'Editor' });
    this.tabs = this.root.getByRole('tablist', { name: 'Open pages' }).getByRole('tab');
    this.activeTab = this.root.getByRole('tab', { selected: true });
    this.breadcrumbs = this.root.getByRole('navigation', { name: 'Breadcrumbs' });
    this.panel = this.root.locator('#editor-panel');
    this.back = this.root.getByRole('button', { name: 'Back' });
    this.forward = this.root.getByRole('button', { name: 'Forward' });
  }

  tab(title: string | RegExp): Locator {
    return this.root.getByRole('tab', { name: title });
  }

  /** The page's own heading (every page has exactly one h1). */
  get heading(): Locator {
    return this.panel.getByRole('heading', { level: 1 });
  }

  async tabTitles(): Promise<string[]> {
    return (await this.tabs.allInnerTexts()).map((t) => t.trim());
  }

  async isPreview(tab: Locator): Promise<boolean> {
    return (await tab.getAttribute('class'))?.split(/\s+/).includes('preview') ?? false;
  }
}
