import { BodyMapPart } from '../pages/body-map';
import { Workbench } from '../pages/workbench';
import { seriousViolations, THEME_COMMANDS } from '../support/axe';
import { expect, saveScreenshot, test } from '../support/test';

test.describe('clinical tests: pages, search and triage', () => {
  test('Quick Open and the Search view find a test by its abbreviation, and it opens as a page', async ({ page }) => {
    const workbench = await new Workbench(page).open();
    const { quickInput, itemPage, editor } = workbench;
    await quickInput.quickOpen('FADIR');
    await expect(quickInput.selected).toContainText(/^\s*FADIR test/);
    await expect(quickInput.selected).toContainText('Clinical test');
    await page.keyboard.press('Enter');
    await expect(itemPage.heading).toHaveText('FADIR test (flexion, adduction, internal rotation)');
    await expect(editor.breadcrumbs).toContainText('Clinical tests');
    const accuracy = itemPage.section('Accuracy');
    await expect(accuracy.getByRole('table', { name: 'Accuracy of the test, by study' })).toBeVisible();
    await expect(accuracy).toContainText('Hip arthroscopy');
    await expect(accuracy).toContainText('2 studies with 157 participants');

    await page.keyboard.press('Control+Shift+F');
    await page.keyboard.type('log roll');
    await expect(workbench.search.group('Clinical tests')).toBeVisible();
    await expect(workbench.search.hits.first()).toContainText('Log roll test');
    await workbench.search.hits.first().click();
    await expect(itemPage.heading).toHaveText('Log roll test');
    await expect(itemPage.section('Accuracy')).toContainText('Not established.');

    await itemPage.link('Femoral neck stress fracture', itemPage.section('Conditions it is evidence for')).click();
    await expect(itemPage.heading).toHaveText('Femoral neck stress fracture');
    await itemPage.link('Log roll test', itemPage.section('What to ask and check')).click();
    await expect(itemPage.heading).toHaveText('Log roll test');
  });

  test('the Library lists the clinical tests', async ({ page }) => {
    const workbench = await new Workbench(page).open();
    await workbench.library.open('Trendelenburg sign', { path: ['Clinical tests'] });
    await expect(workbench.itemPage.heading).toHaveText('Trendelenburg sign');
    await expect(workbench.itemPage.section('Conditions it is evidence for')).toContainText(/Gluteal tendinopathy/);
  });

  test('a positive test recorded in triage moves the ranking and the reason names its ratio and source', async ({
    page,
  }) => {
    await new Workbench(page).open();
    const bodyMap = new BodyMapPart(page);
    await bodyMap.openFromSideView();
    // Pain on the outside of the thigh alone: ITB syndrome leads, gluteal tendinopathy follows.
    await bodyMap.region('Right lateral thigh (iliotibial band)').click();
    const before = await bodyMap.candidateNames();
    const rankBefore = before.findIndex((n) => n.startsWith('Gluteal tendinopathy'));
    expect(rankBefore).toBeGreaterThan(0);

    const tests = bodyMap.root.getByRole('region', { name: /^Examination tests/ });
    const trendelenburg = tests.getByRole('group', { name: 'Result of Trendelenburg sign' });
    await trendelenburg.getByRole('button', { name: 'Positive' }).click();
    await expect(trendelenburg.getByRole('button', { name: 'Positive' })).toHaveAttribute('aria-pressed', 'true');
    await expect(bodyMap.root.getByRole('heading', { name: /^Examination tests\s*1 recorded$/ })).toBeVisible();

    const tendinopathy = bodyMap.candidates.filter({ hasText: /^\s*\d+\s*Gluteal tendinopathy/ });
    await expect(tendinopathy).toContainText('Trendelenburg sign positive: LR+ 6.83 (Reiman et al. 2013)');
    const after = await bodyMap.candidateNames();
    const rankAfter = after.findIndex((n) => n.startsWith('Gluteal tendinopathy'));
    expect(rankAfter).toBeLessThan(rankBefore);
    await tendinopathy.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'triage-test-recorded');

    await trendelenburg.getByRole('button', { name: 'Clear the result of Trendelenburg sign (not done)' }).click();
    await expect(tendinopathy).not.toContainText('Trendelenburg sign positive');
    expect(await bodyMap.candidateNames()).toEqual(before);
  });

  for (const theme of ['light', 'dark', 'high-contrast'] as const) {
    test(`a clinical test page passes axe in the ${theme} theme (screenshots saved)`, async ({ page }) => {
      test.slow(); // two full axe scans and four screenshots
      const workbench = await new Workbench(page).open();
      const { quickInput, itemPage } = workbench;
      await quickInput.runCommand(THEME_COMMANDS[theme]);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      for (const [query, heading, what] of [
        ['Trendelenburg', 'Trendelenburg sign', 'accuracy'],
        ['log roll', 'Log roll test', 'not-established'],
      ] as const) {
        await quickInput.quickOpen(query);
        await page.keyboard.press('Enter');
        await expect(itemPage.heading).toHaveText(heading);
        expect(await seriousViolations(page), what).toEqual([]);
        await saveScreenshot(page, `clinical-test-${what}-${theme}`);
        await itemPage.section('Accuracy').scrollIntoViewIfNeeded();
        await saveScreenshot(page, `clinical-test-${what}-table-${theme}`);
      }
    });
  }
});
