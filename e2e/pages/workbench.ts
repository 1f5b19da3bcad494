import type { Page } from '@playwright/test';
import { ActivityBarPart } from './activity-bar';
import { ItemPagePart } from './item-page';
import { EditorPart } from './editor';
import { LibraryViewPart } from './library';
import { QuickInputPart } from './quick-input';
import { SearchViewPart } from './search-view';
import { SettingsViewPart } from './settings';
import { SideBarPart } from './side-bar';
import { StatusBarPart } from './status-bar';

/** How the workbench's first frame looked (see `Workbench.recordFirstPaint`). */
export interface FirstPaint {
  theme: string;
  zoom: string;
  sideBarWidth: string;
  sideBar: string | null;
}

/** A label cut short with an ellipsis: its full text, the tooltip over it, and the part it is in. */
export interface TruncatedLabel {
  text: string;
  tooltip: string | null;
  part: string | null;
}

/** The whole window, as a set of parts (one page object per workbench part). */
export class Workbench {
  readonly activityBar: ActivityBarPart;
  readonly sideBar: SideBarPart;
  readonly editor: EditorPart;
  readonly itemPage: ItemPagePart;
  readonly statusBar: StatusBarPart;
  readonly quickInput: QuickInputPart;
  readonly search: SearchViewPart;
  readonly library: LibraryViewPart;
  readonly settings: SettingsViewPart;

  constructor(readonly page: Page) {
    this.activityBar = new ActivityBarPart(page);
    this.sideBar = new SideBarPart(page);
    this.editor = new EditorPart(page);
    this.itemPage = new ItemPagePart(page);
    this.statusBar = new StatusBarPart(page);
    this.quickInput = new QuickInputPart(page);
    this.search = new SearchViewPart(page);
    this.library = new LibraryViewPart(page);
    this.settings = new SettingsViewPart(page);
  }

  async open(): Promise<this> {
    await this.page.goto('/index.html');
    await this.ready();
    return this;
  }

  /**
   * Waits until the window is up and its saved layout applied: the workbench is aria-busy until
   * then, and a click that lands while the layout is being restored could be undone by it.
   */
  async ready(): Promise<void> {
    await this.statusBar.offline.waitFor();
    await this.page.locator('.workbench[aria-busy="false"]').waitFor();
  }

  async theme(): Promise<string | null> {
    return this.page.locator('html').getAttribute('data-theme');
  }

  /**
   * From the next load on, notes how the workbench's first frame looks (theme, zoom, side bar):
   * read in the animation frame callback that runs just before that frame is painted.
   */
  async recordFirstPaint(): Promise<void> {
    await this.page.addInitScript({
      content: `{
        const look = () => {
          const workbench = document.querySelector('.workbench');
          if (!workbench) return requestAnimationFrame(look);
          window.__firstPaint = {
            theme: document.documentElement.dataset.theme,
            zoom: workbench.style.zoom,
            sideBarWidth: workbench.style.getPropertyValue('--side-bar-width'),
            sideBar: document.querySelector('.side-bar')?.getAttribute('aria-label') ?? null,
          };
        };
        requestAnimationFrame(look);
      }`,
    });
  }

  /** Every label on screen now shown cut short with an ellipsis. */
  async truncatedLabels(): Promise<TruncatedLabel[]> {
    return this.page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.workbench *')]
        .filter(
          (element) =>
            element.scrollWidth > element.clientWidth && getComputedStyle(element).textOverflow === 'ellipsis',
        )
        .map((element) => ({
          text: element.textContent ?? '',
          tooltip: element.closest('[title]')?.getAttribute('title') ?? null,
          part: element.closest('[aria-label]')?.getAttribute('aria-label') ?? null,
        })),
    );
  }

  /** What `recordFirstPaint` noted, once the workbench has painted. */
  async firstPaint(): Promise<FirstPaint> {
    await this.page.waitForFunction('window.__firstPaint !== undefined');
    return await this.page.evaluate<FirstPaint>('window.__firstPaint');
  }
}
