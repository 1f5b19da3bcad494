import type { Locator, Page } from '@playwright/test';

/** The quick input: Quick Open (Ctrl+P) and the command palette (Ctrl+Shift+P). */
export class QuickInputPart {
  readonly root: Locator;
  readonly input: Locator;
  readonly options: Locator;
  readonly selected: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByRole('dialog', { name: /Quick open|Command palette/ });
    this.input = this.root.getByRole('combobox');
    this.options = this.root.getByRole('option');
    this.selected = this.root.getByRole('option', { selected: true });
  }

  async quickOpen(query: string): Promise<void> {
    await this.page.keyboard.press('Control+P');
    await this.input.fill(query);
  }

  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('Control+Shift+P');
    await this.input.fill(`>${title}`);
    await this.page.keyboard.press('Enter');
  }
}
