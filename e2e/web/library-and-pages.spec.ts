import { HandoutBuilderPart, HandoutSideViewPart } from '../pages/handout';
import { Workbench } from '../pages/workbench';
import { seriousViolations, THEME_COMMANDS } from '../support/axe';
import { expect, saveScreenshot, test } from '../support/test';

test.describe('library, item pages and settings', () => {
  test('opens a condition from the tree, follows a link to an exercise, and goes back', async ({ page }) => {
    const workbench = await new Workbench(page).open();
    const { library, editor, itemPage } = workbench;
    await library.open('Gluteal tendinopathy (greater trochanteric pain syndrome)', {
      path: ['Conditions', 'Lateral hip (greater trochanter)'],
    });
    await expect(itemPage.heading).toHaveText('Gluteal tendinopathy (greater trochanteric pain syndrome)');
    await expect(editor.breadcrumbs).toContainText('Lateral hip (greater trochanter)');
    await expect(itemPage.section('Management by phase')).toBeVisible();
    await expect(itemPage.section('References')).toContainText(/\w/);

    await itemPage.link('Glute bridge', itemPage.section('Management by phase')).click();
    await expect(itemPage.heading).toHaveText('Glute bridge');
    await expect(itemPage.section('How to do it')).toBeVisible();

    await page.keyboard.press('Alt+ArrowLeft');
    await expect(itemPage.heading).toHaveText('Gluteal tendinopathy (greater trochanteric pain syndrome)');
    await page.keyboard.press('Alt+ArrowRight');
    await expect(itemPage.heading).toHaveText('Glute bridge');
  });

  test('the tree is driven by the keyboard: arrows open groups, Enter opens the page', async ({ page }) => {
    const workbench = await new Workbench(page).open();
    const { library, itemPage } = workbench;
    await library.collapse('Conditions');
    await library.focus();
    await library.typeAhead('Cond');
    expect(await library.focusedLabel()).toBe('Conditions');
    await library.press('ArrowRight', 'ArrowDown');
    expect(await library.focusedLabel()).toBe('Lower back (lumbar spine)');
    await library.press('ArrowRight', 'ArrowDown');
    const name = await library.focusedLabel();
    await library.press('Enter');
    await expect(itemPage.heading).toHaveText(name);
  });

  test('"Add to handout" and the favourite star on a page; favourites show in the Library', async ({ page }) => {
    const workbench = await new Workbench(page).open();
    const { itemPage, quickInput, statusBar, library } = workbench;
    await quickInput.quickOpen('clamshell');
    await page.keyboard.press('Enter');
    await expect(itemPage.heading).toHaveText('Clamshell');

    await itemPage.addToHandout.click();
    await expect(statusBar.handoutCount).toContainText('1 item');
    await itemPage.addToHandout.click();
    await expect(page.getByText('Clamshell is already in the handout.')).toBeVisible();
    await expect(statusBar.handoutCount).toContainText('1 item');

    await itemPage.favourite.click();
    await expect(itemPage.favourite).toHaveAttribute('aria-pressed', 'true');
    const favourites = await library.expand('Favourites');
    await expect(library.item('Clamshell', favourites)).toBeVisible();
    await page.keyboard.press('Control+D');
    await expect(itemPage.favourite).toHaveAttribute('aria-pressed', 'false');
    await expect(library.group('Favourites')).toContainText('none yet');

    await statusBar.handoutCount.click();
    await expect(new HandoutBuilderPart(page).programme).toContainText('Clamshell');
  });

  test('"New patient" empties the handout draft too, and says how to get it back', async ({ page }) => {
    const workbench = await new Workbench(page).open();
    const { itemPage, quickInput, statusBar } = workbench;
    await quickInput.quickOpen('clamshell');
    await page.keyboard.press('Enter');
    await itemPage.addToHandout.click();
    await expect(statusBar.handoutCount).toContainText('1 item');
    await quickInput.runCommand('Body Map: New Patient');
    await expect(statusBar.handoutCount).toContainText('0 items');
    await expect(page.getByText(/Ready for a new patient\. .*Undo/)).toBeVisible();
  });

  test('Settings: the theme changes at once, the next window paints in it from its first frame, and the clinic details are kept', async ({
    page,
  }) => {
    const workbench = await new Workbench(page).open();
    const { activityBar, settings } = workbench;
    await activityBar.show('Settings');
    await settings.chooseTheme('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await settings.setClinicName('Riverside Sports Physio');
    await settings.chooseUnits('miles');

    await page.waitForTimeout(500); // the view saves shortly after typing pauses
    await workbench.recordFirstPaint();
    await page.reload();
    // The saved settings arrive after the first frame; without the remembered theme it was light.
    expect((await workbench.firstPaint()).theme).toBe('dark');
    await workbench.ready();
    await activityBar.show('Settings');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(settings.themeOption('dark')).toBeChecked();
    await expect(settings.clinicName).toHaveValue('Riverside Sports Physio');
    await expect(settings.root.getByRole('radio', { name: 'Miles', exact: true })).toBeChecked();
  });

  for (const theme of ['light', 'dark', 'high-contrast'] as const) {
    test(`every view and page kind passes axe in the ${theme} theme (screenshots saved)`, async ({ page }) => {
      test.slow(); // nine full axe scans
      const workbench = await new Workbench(page).open();
      const { quickInput, activityBar, library, itemPage } = workbench;
      await quickInput.runCommand(THEME_COMMANDS[theme]);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);

      const check = async (what: string) => {
        expect(await seriousViolations(page), what).toEqual([]);
        await saveScreenshot(page, `view-${what}-${theme}`);
      };

      await library.expand('Exercises', 'Strength');
      await check('library');
      for (const [query, heading, what] of [
        ['gluteal tendinopathy', 'Gluteal tendinopathy (greater trochanteric pain syndrome)', 'condition'],
        ['clamshell', 'Clamshell', 'exercise'],
        ['pain monitoring', 'Pain monitoring (running with pain)', 'topic'],
        ['suspected femoral neck', 'Suspected femoral neck or pelvic stress fracture', 'red-flag'],
      ] as const) {
        await quickInput.quickOpen(query);
        await page.keyboard.press('Enter');
        await expect(itemPage.heading).toHaveText(heading);
        await check(what);
      }
      await quickInput.quickOpen('gluteal tendinopathy');
      await page.keyboard.press('Enter');
      await itemPage.addToHandout.click();
      await activityBar.show('Handout');
      await expect(new HandoutSideViewPart(page).root).toBeVisible();
      await page.getByRole('button', { name: 'Open builder' }).click();
      await expect(new HandoutBuilderPart(page).conditions).toContainText('Gluteal tendinopathy');
      await check('handout');
      await activityBar.show('Settings');
      await check('settings');
      await quickInput.runCommand('Show All Exercise Illustrations');
      await expect(itemPage.heading).toHaveText('Exercise figures');
      await check('gallery');
    });
  }
});
