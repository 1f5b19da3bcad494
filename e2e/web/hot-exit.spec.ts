import type { Page } from '@playwright/test';
import { BodyMapPart } from '../pages/body-map';
import { HandoutBuilderPart } from '../pages/handout';
import { KeptConsult } from '../pages/kept-consult';
import { Workbench } from '../pages/workbench';
import { expect, saveScreenshot, test } from '../support/test';

const PATIENT = 'Mary O’Neill';
const LATERAL_HIP = 'Left lateral hip (greater trochanter)';
const LATERAL_THIGH = 'Left lateral thigh (iliotibial band)';
const LYING_ON_SIDE = 'Does it hurt to lie on that side in bed?';
const NIGHT_PAIN = 'Does the pain wake you at night?';

/** The consult: mark the map, answer, start a handout from the best fit, type the name. */
async function buildConsult(workbench: Workbench): Promise<{ items: string; exercises: string[] }> {
  const { page } = workbench;
  await workbench.quickInput.runCommand('Body Map: Open Body Map and Triage');
  const bodyMap = new BodyMapPart(page);
  await bodyMap.region(LATERAL_HIP).click();
  await bodyMap.mode('Pain spreads to').click();
  await bodyMap.region(LATERAL_THIGH).click();
  await bodyMap.answer(LYING_ON_SIDE, 'Yes');
  await bodyMap.answer(NIGHT_PAIN, 'Not sure');
  await page.getByRole('button', { name: /^Start handout for Gluteal tendinopathy/ }).click();
  const builder = new HandoutBuilderPart(page);
  await builder.patientName.fill(PATIENT);
  await expect(builder.saveState).toHaveText('Unsaved changes');
  const items = (await workbench.statusBar.handoutCount.textContent())!.trim();
  expect(items).toMatch(/Handout: [1-9]\d* items/);
  return { items, exercises: await builder.exerciseNames() };
}

/** Everything buildConsult did is on screen again, in the window `page` shows. */
async function expectConsultBack(page: Page, built: { items: string; exercises: string[] }): Promise<void> {
  const workbench = new Workbench(page);
  await workbench.ready();
  await expect(workbench.statusBar.handoutCount).toHaveText(built.items);
  await workbench.quickInput.runCommand('Handout: Open Handout Builder');
  const builder = new HandoutBuilderPart(page);
  await expect(builder.patientName).toHaveValue(PATIENT);
  expect(await builder.exerciseNames()).toEqual(built.exercises);
  await expect(builder.conditions).toContainText('Gluteal tendinopathy');
  await expect(builder.saveState).toHaveText('Unsaved changes');

  await workbench.quickInput.runCommand('Body Map: Open Body Map and Triage');
  const bodyMap = new BodyMapPart(page);
  await expect(bodyMap.region(LATERAL_HIP)).toHaveAttribute('aria-checked', 'true');
  await expect(bodyMap.region(LATERAL_THIGH)).toHaveAttribute('aria-checked', 'true');
  await expect(bodyMap.markedAreas).toContainText(LATERAL_THIGH);
  await expect(bodyMap.mode('Pain spreads to')).toHaveAttribute('aria-pressed', 'true');
  await expect(bodyMap.question(LYING_ON_SIDE).getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
  await expect(bodyMap.question(NIGHT_PAIN).getByRole('radio', { name: 'Not sure', exact: true })).toBeChecked();
}

/** Waits until the kept consult in IndexedDB holds the patient's name (written shortly after typing). */
async function waitUntilKept(page: Page): Promise<void> {
  const kept = new KeptConsult(page);
  await expect.poll(async () => (await kept.storedText()) ?? '').toContain(PATIENT);
}

test.describe('hot exit: the consult in progress survives a reload and a new window', () => {
  // Each test is a whole consult and a second start of the app: on a loaded two-core machine that
  // took over the 30 s default.
  test.describe.configure({ timeout: 120_000 });

  test('after a reload the handout, its unsaved state, the marks and every answer are back', async ({ page }) => {
    const workbench = await new Workbench(page).open();
    const built = await buildConsult(workbench);
    await waitUntilKept(page);

    await page.reload();
    await expectConsultBack(page, built);
    await saveScreenshot(page, 'hot-exit-reload-body-map');
  });

  test('a change made just before the page goes away is kept', async ({ page }) => {
    const workbench = await new Workbench(page).open();
    const built = await buildConsult(workbench);
    // No waiting for the delayed write: the page going away writes it at once.
    await page.reload();
    await expectConsultBack(page, built);
  });

  test('after closing the page, a new one in the same browser profile brings the consult back', async ({
    page,
    context,
  }) => {
    const workbench = await new Workbench(page).open();
    const built = await buildConsult(workbench);
    await waitUntilKept(page);
    await page.close();

    const next = await context.newPage();
    await next.goto('/index.html');
    await expectConsultBack(next, built);
    await new Workbench(next).quickInput.runCommand('Handout: Open Handout Builder');
    await saveScreenshot(next, 'hot-exit-new-window-builder');
  });

  test('New patient empties the kept consult, so the next window starts clean', async ({ page }) => {
    const workbench = await new Workbench(page).open();
    await buildConsult(workbench);
    await waitUntilKept(page);
    await workbench.quickInput.runCommand('Body Map: New Patient');
    await expect(workbench.statusBar.handoutCount).toHaveText('Handout: 0 items');
    await expect.poll(() => new KeptConsult(page).storedText()).toBeNull();

    await page.reload();
    await workbench.ready();
    await expect(workbench.statusBar.handoutCount).toHaveText('Handout: 0 items');
  });

  test('a damaged kept consult is reported and kept aside, and the window starts clean', async ({ page }) => {
    const workbench = await new Workbench(page).open();
    await buildConsult(workbench);
    await waitUntilKept(page);
    const kept = new KeptConsult(page);
    await kept.overwrite('{"schemaVersion":1,"id":"half a fi');

    await page.reload();
    await workbench.ready();
    const notice = page.getByRole('status').filter({ hasText: 'could not be brought back' });
    await expect(notice).toContainText('not valid JSON');
    await expect(notice).toContainText('this window starts with a new consult');
    await expect(workbench.statusBar.handoutCount).toHaveText('Handout: 0 items');
    expect(await kept.storedText()).toBeNull();
    expect(await kept.damagedKeys()).toEqual([expect.stringMatching(/^drafts\/.*@/)]);
    await saveScreenshot(page, 'hot-exit-damaged');
  });
});
