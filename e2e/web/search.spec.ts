import { Workbench } from '../pages/workbench';
import { expect, saveScreenshot, test } from '../support/test';

test.describe('search: Quick Open and the Search view', () => {
  test('Quick Open finds a misspelt condition and opens it with Enter', async ({ page }) => {
    const workbench = await new Workbench(page).open();
    await workbench.quickInput.quickOpen('trochantric');
    await expect(workbench.quickInput.selected).toContainText(/trochanteric/i);
    await saveScreenshot(page, 'quick-open-typo');
    await page.keyboard.press('Enter');
    await expect(workbench.quickInput.root).toBeHidden();
    await expect(workbench.editor.activeTab).toContainText(/trochanteric/i);
  });

  test('Quick Open lists recently opened items first when the box is empty', async ({ page }) => {
    const workbench = await new Workbench(page).open();
    for (const query of ['clamshell', 'ITB']) {
      await workbench.quickInput.quickOpen(query);
      await page.keyboard.press('Enter');
    }
    await page.keyboard.press('Control+P');
    await expect(workbench.quickInput.options.first()).toContainText(/Iliotibial band/);
    await expect(workbench.quickInput.options.nth(1)).toContainText(/Clamshell/);
    await page.keyboard.press('Escape');
    await expect(workbench.quickInput.root).toBeHidden();
  });

  test('the command palette lists commands with shortcuts, filters fuzzily and runs the chosen one', async ({
    page,
  }) => {
    const workbench = await new Workbench(page).open();
    await page.keyboard.press('Control+Shift+P');
    await expect(workbench.quickInput.options.filter({ hasText: 'Ctrl+B' })).toHaveCount(1);
    await workbench.quickInput.input.fill('>zoom in');
    await expect(workbench.quickInput.selected).toContainText('View: Zoom In');
    await saveScreenshot(page, 'command-palette');
    await page.keyboard.press('Enter');
    await expect(workbench.statusBar.zoom).toHaveText('Zoom 110%');
  });

  test('the Search view groups, highlights and filters results, and keeps the query across views', async ({ page }) => {
    const workbench = await new Workbench(page).open();
    await page.keyboard.press('Control+Shift+F');
    await expect(workbench.search.input).toBeFocused();
    await page.keyboard.type('hurts lying on my side');
    await expect(workbench.search.group('Conditions')).toBeVisible();
    await expect(workbench.search.hits.first()).toContainText(/trochanteric|gluteal/i);
    await expect(workbench.search.root.locator('mark').first()).toBeVisible();
    await saveScreenshot(page, 'search-view-light');

    await workbench.search.filter('Kind').selectOption('exercise');
    await expect(workbench.search.group('Conditions')).toHaveCount(0);
    await expect(workbench.search.group('Exercises')).toBeVisible();

    await workbench.activityBar.open('Library');
    await workbench.activityBar.open('Search');
    await expect(workbench.search.input).toHaveValue('hurts lying on my side');
    await expect(workbench.search.filter('Kind')).toHaveValue('exercise');
  });

  test('the Search view is driven by the keyboard alone', async ({ page }) => {
    const workbench = await new Workbench(page).open();
    await page.keyboard.press('Control+Shift+F');
    await page.keyboard.type('clamshel');
    await page.keyboard.press('ArrowDown');
    await expect(workbench.search.hits.first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(workbench.editor.activeTab).toContainText('Clamshell');
  });

  test('says when nothing matches and offers the closest names; odd input never breaks it', async ({
    page,
    pageErrors,
  }) => {
    const workbench = await new Workbench(page).open();
    await page.keyboard.press('Control+Shift+F');
    await workbench.search.input.fill('glutael medius tendinopathyy zzz');
    for (const odd of [
      '(((',
      '.*+?^${}',
      '<script>alert(1)</script>',
      '🏃‍♀️ hip',
      'ألم الورك',
      'x'.repeat(10_000),
      '\u0000\u0007',
    ]) {
      await workbench.search.input.fill(odd);
      await expect(workbench.search.root.getByText(/results?|No results|Type a condition/).first()).toBeVisible();
    }
    await workbench.search.input.fill('qqqxxzzvv');
    await expect(workbench.search.root.getByText(/No results for/)).toBeVisible();
    expect(pageErrors).toEqual([]);
  });
});
