import type { Page } from '@playwright/test';
import { BodyMapPart, type MapView } from '../pages/body-map';
import { HandoutBuilderPart } from '../pages/handout';
import { Workbench } from '../pages/workbench';
import { seriousViolations, THEME_COMMANDS } from '../support/axe';
import { expect, saveScreenshot, test } from '../support/test';

/** Questions as written in data/findings.yaml. */
const Q = {
  lyingOnSide: 'Does it hurt to lie on that side in bed?',
  gradual: 'Did the pain creep up over days or weeks?',
  worseDuringRun: 'Does the pain get worse the longer you run?',
  moreTraining: 'Have you recently run more, faster or more often than usual?',
};

async function openTriage(page: Page): Promise<{ workbench: Workbench; bodyMap: BodyMapPart }> {
  const workbench = await new Workbench(page).open();
  const bodyMap = new BodyMapPart(page);
  await bodyMap.openFromSideView();
  return { workbench, bodyMap };
}

/** Groin pain that builds during the run after a jump in training: the stress-fracture red flag. */
async function markStressFracturePicture(bodyMap: BodyMapPart): Promise<void> {
  await bodyMap.region('Right groin').click();
  await bodyMap.answer(Q.worseDuringRun, 'Yes');
  await bodyMap.answer(Q.moreTraining, 'Yes');
}

test.describe('body map and triage', () => {
  test('picks regions with the mouse, answers questions and sees the condition that fits, with its reasons', async ({
    page,
  }) => {
    const { workbench, bodyMap } = await openTriage(page);
    await expect(workbench.editor.activeTab).toContainText('Body map & triage');
    await expect(bodyMap.root.getByText(/it does not diagnose/).first()).toBeVisible();
    await expect(bodyMap.root.getByText(/Patient’s left and right, as you face them/)).toBeVisible();

    const lateralHip = bodyMap.region('Left lateral hip (greater trochanter)');
    await lateralHip.hover();
    await expect(bodyMap.hoverLabel).toContainText('Left lateral hip (greater trochanter)');
    await lateralHip.click();
    await expect(lateralHip).toHaveAttribute('aria-checked', 'true');
    await expect(bodyMap.markedAreas).toContainText('Left lateral hip (greater trochanter)');

    await bodyMap.answer(Q.lyingOnSide, 'Yes');
    await bodyMap.answer(Q.gradual, 'Yes');
    expect((await bodyMap.candidateNames())[0]).toBe('Gluteal tendinopathy (greater trochanteric pain syndrome)');
    const best = bodyMap.candidate('Gluteal tendinopathy (greater trochanteric pain syndrome)');
    await expect(best).toContainText(/(Strong|Possible) fit/);
    await expect(best).toContainText('Pain in: Lateral hip');
    await expect(best).toContainText('Ask or check next');

    await bodyMap.mode('Pain spreads to').click();
    const thigh = bodyMap.region('Left lateral thigh (iliotibial band)');
    await thigh.click();
    await expect(bodyMap.markedAreas.getByRole('combobox', { name: /Left lateral thigh/ })).toHaveValue('spread');
    await thigh.click();
    await expect(thigh).toHaveAttribute('aria-checked', 'false');

    await bodyMap.deepJoint('left').click();
    await expect(bodyMap.region('Left deep hip joint')).toHaveAttribute('aria-checked', 'true');
    await saveScreenshot(page, 'triage-mouse');

    await best.getByRole('button', { name: 'Open Gluteal tendinopathy' }).click();
    await expect(workbench.editor.activeTab).toContainText('Gluteal tendinopathy');
  });

  test('is usable with the keyboard alone: arrows move over the map, Space and Enter mark, questions answer', async ({
    page,
  }) => {
    const workbench = await new Workbench(page).open();
    await workbench.quickInput.runCommand('Body Map: Open Body Map and Triage');
    const bodyMap = new BodyMapPart(page);
    await expect(bodyMap.heading).toBeVisible();

    // The map is one tab stop; its first region in reading order is the outside of the right hip.
    await bodyMap.tabTo(bodyMap.map.locator('[tabindex="0"]'));
    expect(await bodyMap.focusedName()).toBe('Right lateral hip (greater trochanter)');
    await expect(bodyMap.hoverLabel).toContainText('Right lateral hip (greater trochanter)');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    expect(await bodyMap.focusedName()).toBe('Right anterior hip');
    await page.keyboard.press('Enter');
    await expect(bodyMap.region('Right lateral hip (greater trochanter)')).toHaveAttribute('aria-checked', 'true');
    await expect(bodyMap.region('Right anterior hip')).toHaveAttribute('aria-checked', 'true');
    await saveScreenshot(page, 'triage-keyboard-focus');

    // Back out of the map to the view buttons (Front, Back, Side sit just before it).
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(bodyMap.view('Back')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(bodyMap.map).toHaveAccessibleName('Body map, back view');
    await bodyMap.tabTo(bodyMap.map.locator('[tabindex="0"]'));
    expect(await bodyMap.focusedName()).toBe('Left lower back (lumbar spine)');
    await page.keyboard.press('ArrowDown');
    const below = (await bodyMap.focusedName())!;
    expect(below).toMatch(/^Left (sacroiliac joint|buttock)/);
    await page.keyboard.press('Space');
    await expect(bodyMap.region(below)).toHaveAttribute('aria-checked', 'true');

    await bodyMap.tabTo(bodyMap.question(Q.worseDuringRun).getByRole('radio', { name: 'Yes' }));
    await page.keyboard.press('Space');
    await expect(bodyMap.question(Q.worseDuringRun).getByRole('radio', { name: 'Yes' })).toBeChecked();
    await expect(bodyMap.candidates.first()).toBeVisible();
  });

  test('shows a red-flag banner saying what to do, above the map and the list, and keeps it in sight', async ({
    page,
  }) => {
    const { bodyMap } = await openTriage(page);
    await expect(bodyMap.redFlags).toHaveCount(0);
    await markStressFracturePicture(bodyMap);

    const banner = bodyMap.redFlags.first();
    await expect(banner).toContainText('Red flag: Suspected femoral neck or pelvic stress fracture');
    await expect(banner).toContainText(/What to do:.*Stop running/);
    await bodyMap.root.evaluate((panel) => panel.scrollTo(0, 0));
    const bannerBox = (await banner.boundingBox())!;
    expect(bannerBox.y).toBeLessThan((await bodyMap.map.boundingBox())!.y);
    expect(bannerBox.y).toBeLessThan((await bodyMap.candidates.first().boundingBox())!.y);
    expect((await bodyMap.candidateNames())[0]).toBe('Femoral neck stress fracture');
    await saveScreenshot(page, 'triage-red-flag');

    await bodyMap.root.evaluate((panel) => panel.scrollTo(0, panel.scrollHeight));
    await expect(banner).toBeInViewport();
  });

  test('starts a handout from a result', async ({ page }) => {
    const { bodyMap } = await openTriage(page);
    await bodyMap.region('Left lateral hip (greater trochanter)').click();
    await bodyMap.answer(Q.lyingOnSide, 'Yes');
    await bodyMap
      .candidate('Gluteal tendinopathy (greater trochanteric pain syndrome)')
      .getByRole('button', { name: 'Start handout for Gluteal tendinopathy' })
      .click();
    const builder = new HandoutBuilderPart(page);
    await expect(builder.root).toBeVisible();
    await expect(builder.conditions).toContainText('Gluteal tendinopathy');
  });

  test('keeps the patient across views and tabs; "New patient" clears it', async ({ page }) => {
    const { workbench, bodyMap } = await openTriage(page);
    await bodyMap.region('Left groin').click();
    await bodyMap.answer(Q.gradual, 'Yes');

    await workbench.quickInput.quickOpen('clamshell');
    await page.keyboard.press('Enter');
    await workbench.activityBar.open('Library');
    await workbench.activityBar.open('Body map');
    await expect(bodyMap.sideView).toContainText('Left groin');
    await expect(bodyMap.sideView).toContainText('1 question answered');
    await bodyMap.sideView.getByRole('button', { name: 'Open body map' }).click();
    await expect(bodyMap.region('Left groin')).toHaveAttribute('aria-checked', 'true');
    await expect(bodyMap.question(Q.gradual).getByRole('radio', { name: 'Yes' })).toBeChecked();

    await bodyMap.sideView.getByRole('button', { name: 'New patient' }).click();
    await expect(bodyMap.region('Left groin')).toHaveAttribute('aria-checked', 'false');
    await expect(bodyMap.candidates).toHaveCount(0);
    await expect(bodyMap.sideView).toContainText('No patient yet');

    await bodyMap.region('Right ankle').click();
    await expect(bodyMap.region('Right ankle')).toHaveAttribute('aria-checked', 'true');
    await workbench.quickInput.runCommand('Body Map: New Patient');
    await expect(bodyMap.map.getByRole('checkbox', { checked: true })).toHaveCount(0);
  });

  for (const theme of ['light', 'dark', 'high-contrast'] as const) {
    test(`passes axe and looks right in every view in the ${theme} theme`, async ({ page }) => {
      test.slow(); // three full axe scans of the body map, its questions and the examination tests
      const workbench = await new Workbench(page).open();
      await workbench.quickInput.runCommand(THEME_COMMANDS[theme]);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const bodyMap = new BodyMapPart(page);
      await bodyMap.openFromSideView();
      await markStressFracturePicture(bodyMap);
      await bodyMap.mode('Pain spreads to').click();
      await bodyMap.region('Right anterior thigh').click();
      await expect(bodyMap.redFlags.first()).toBeVisible();

      for (const view of ['Front', 'Back', 'Side'] as MapView[]) {
        await bodyMap.view(view).click();
        await expect(bodyMap.map).toHaveAccessibleName(`Body map, ${view.toLowerCase()} view`);
        if (view === 'Back') await bodyMap.region('Right buttock (gluteal region)').click();
        await bodyMap.map.scrollIntoViewIfNeeded();
        expect(await seriousViolations(page), `${view} view`).toEqual([]);
        await saveScreenshot(page, `body-map-${view.toLowerCase()}-${theme}`);
      }
    });
  }
});
