import type { Locator, Page } from '@playwright/test';

export type MapView = 'Front' | 'Back' | 'Side';
export type Answer = 'Yes' | 'No' | 'Not sure';

/**
 * The body map and triage: the "Body map" side view (a summary and "Open body map") and the
 * triage tab it opens in the editor area (`{ kind: 'triage' }`).
 */
export class BodyMapPart {
  /** The side-bar view. */
  readonly sideView: Locator;
  /** The triage tab's content in the editor area. */
  readonly root: Locator;
  readonly heading: Locator;
  /** The SVG map: a group of region checkboxes, named "Body map, front view" and so on. */
  readonly map: Locator;
  /** The name of the region under the pointer (or focused), shown above the map. */
  readonly hoverLabel: Locator;
  readonly markedAreas: Locator;
  readonly redFlags: Locator;
  /** The ranked conditions, best first; each is an article named after its condition. */
  readonly candidates: Locator;
  readonly newPatient: Locator;

  constructor(private readonly page: Page) {
    this.sideView = page.getByRole('complementary', { name: 'Body map' });
    this.root = page.getByRole('main', { name: 'Editor' }).locator('#editor-panel');
    this.heading = this.root.getByRole('heading', { level: 1, name: 'Body map and triage' });
    this.map = this.root.getByRole('group', { name: /^Body map, \w+ view$/ });
    this.hoverLabel = this.root.locator('.hover-label');
    this.markedAreas = this.root.getByRole('region', { name: /^Marked areas/ });
    this.redFlags = this.root.getByRole('alert');
    this.candidates = this.root.getByRole('article');
    this.newPatient = this.root.getByRole('button', { name: 'New patient' });
  }

  /** Opens the triage tab from the Body map side view (activity bar → "Open body map"). */
  async openFromSideView(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: 'Body map', exact: true })
      .click();
    await this.sideView.getByRole('button', { name: 'Open body map' }).click();
    await this.heading.waitFor();
  }

  /** A region of the current view by its full name, e.g. "Left lateral hip (greater trochanter)". */
  region(name: string): Locator {
    return this.map.getByRole('checkbox', { name, exact: true });
  }

  view(name: MapView): Locator {
    return this.root.getByRole('group', { name: 'Body map view' }).getByRole('button', { name, exact: true });
  }

  mode(name: 'Main pain' | 'Pain spreads to'): Locator {
    return this.root.getByRole('group', { name: 'Mark new areas as' }).getByRole('button', { name, exact: true });
  }

  deepJoint(side: 'left' | 'right'): Locator {
    return this.root
      .getByRole('group', { name: 'Deep in the joint' })
      .getByRole('button', { name: `Deep in the ${side} hip` });
  }

  /** One question's group of answers, by the question as written in data/findings.yaml. */
  question(text: string): Locator {
    return this.root.getByRole('group', { name: text, exact: true });
  }

  async answer(question: string, answer: Answer): Promise<void> {
    await this.question(question).getByRole('radio', { name: answer, exact: true }).check();
  }

  candidate(name: string): Locator {
    return this.root.getByRole('article', { name, exact: true });
  }

  async candidateNames(): Promise<string[]> {
    return this.candidates.evaluateAll((articles) =>
      articles.map((a) => a.querySelector('h3')?.textContent?.trim() ?? ''),
    );
  }

  /** Presses Tab (keyboard only) until `target` has focus; fails after `limit` presses. */
  async tabTo(target: Locator, limit = 250): Promise<void> {
    for (let i = 0; i < limit; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await this.page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${target.toString()}`);
  }

  /** The accessible name of the focused element (a region of the map, once inside it). */
  async focusedName(): Promise<string | null> {
    return this.page.evaluate(
      () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? null,
    );
  }
}
