import { Workbench } from '../pages/workbench';
import { seriousViolations, THEME_COMMANDS } from '../support/axe';
import { expect, saveScreenshot, test } from '../support/test';

test.describe('evidence on item pages', () => {
  for (const theme of ['light', 'dark', 'high-contrast'] as const) {
    test(`a condition page shows evidence badges, focus shows the reference, and References are numbered (${theme})`, async ({
      page,
    }) => {
      test.slow(); // an axe scan of a long page
      const workbench = await new Workbench(page).open();
      const { quickInput, itemPage } = workbench;
      await quickInput.runCommand(THEME_COMMANDS[theme]);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await quickInput.quickOpen('hip flexor strain');
      await page.keyboard.press('Enter');
      await expect(itemPage.heading).toHaveText('Hip flexor strain');

      const facts = itemPage.section('Facts and figures');
      await expect(facts.getByText(/^Evidence:\s/).first()).toBeAttached();
      const citations = itemPage.root.getByRole('link', { name: /^Reference \d+$/ });
      const first = citations.first();
      await expect(first).toHaveText('[1]');

      // Keyboard focus shows the full reference, which is also the number's description.
      const tooltip = page.locator(`[id="${await first.getAttribute('aria-describedby')}"]`);
      await expect(tooltip).toBeHidden();
      await first.focus();
      await expect(tooltip).toBeVisible();
      await expect(tooltip).toHaveRole('tooltip');
      const reference = (await tooltip.textContent())!.trim();
      await expect(first).toHaveAccessibleDescription(reference.replace(/\s+/g, ' '));
      expect(await seriousViolations(page)).toEqual([]);
      await saveScreenshot(page, `evidence-tooltip-${theme}`);
      await page.keyboard.press('Escape');
      await expect(tooltip).toBeHidden();

      // The References list the same source as [1], first; following the number lands on it.
      const references = itemPage.section('References').getByRole('listitem');
      await expect(references.first()).toHaveText(reference);
      await first.press('Enter');
      await expect(references.first()).toBeFocused();
      await saveScreenshot(page, `evidence-references-${theme}`);

      // Patient text carries no citations.
      await expect(itemPage.root.locator('.reader.patient').getByRole('link', { name: /^Reference/ })).toHaveCount(0);
    });
  }
});
