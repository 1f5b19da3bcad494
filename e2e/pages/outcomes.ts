import type { Locator } from '@playwright/test';

/** The "Outcome measures" section of the handout builder: score a measure, keep it with the handout. */
export class OutcomesPart {
  readonly root: Locator;
  readonly measure: Locator;
  readonly date: Locator;
  /** The live score, the missing-item message, and the change since the previous score. */
  readonly result: Locator;
  readonly add: Locator;
  readonly history: Locator;

  constructor(builder: Locator) {
    this.root = builder.getByRole('region', { name: 'Outcome measures' });
    this.measure = this.root.getByRole('combobox', { name: 'Measure', exact: true });
    this.date = this.root.getByLabel('Date of the score');
    this.result = this.root.getByRole('status', { name: /score$/ });
    this.add = this.root.getByRole('button', { name: 'Add score' });
    this.history = this.root.getByRole('list', { name: 'Scores kept with this handout' });
  }

  /** An item's answer field, by its label ("Item 1", "Item 5: putting on shoes, socks", "Pain, Item 2"). */
  item(label: string): Locator {
    return this.root.getByRole('spinbutton', { name: label, exact: true });
  }
}
