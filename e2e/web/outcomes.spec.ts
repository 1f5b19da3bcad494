import { HandoutBuilderPart, HandoutSideViewPart, pdfPageImages, pdfText } from '../pages/handout';
import { OutcomesPart } from '../pages/outcomes';
import { Workbench } from '../pages/workbench';
import { seriousViolations } from '../support/axe';
import { SCREENSHOT_DIR, expect, saveScreenshot, test } from '../support/test';

const NPRS_CHANGE = 'Improved by 3 points; the MCID is 2, so this is a change that matters.';

test.describe('outcome measures in the handout builder', () => {
  test('a score is saved with the handout, and the next score shows the change against the MCID', async ({ page }) => {
    test.slow(); // a reload, a PDF export and an axe scan
    const workbench = await new Workbench(page).open();
    await workbench.quickInput.runCommand('Handout: Open Handout Builder');
    const builder = new HandoutBuilderPart(page);
    await builder.patientName.fill('Jo Smith');
    const outcomes = new OutcomesPart(builder.root);

    await outcomes.measure.selectOption({ label: 'NPRS — Numeric pain rating scale' });
    await outcomes.date.fill('2026-01-05');
    await expect(outcomes.result).toContainText('Pain: enter the answers to see the score.');
    await outcomes.item('Item 1').fill('7');
    await expect(outcomes.result).toContainText('Score: 7');
    await outcomes.add.click();
    await expect(outcomes.history.getByRole('listitem')).toHaveCount(1);
    await expect(outcomes.history).toContainText('2026-01-05');
    await builder.button('Save').click();
    await expect(builder.saveState).toHaveText('No unsaved changes');

    // The score is kept with the saved handout: it is there after a reload.
    await page.reload();
    await workbench.ready();
    await workbench.activityBar.open('Handout');
    const side = new HandoutSideViewPart(page);
    await side
      .savedHandout(/J\. S\./)
      .getByRole('button', { name: 'Open', exact: true })
      .click();
    const reopened = new OutcomesPart(new HandoutBuilderPart(page).root);
    await expect(reopened.history).toContainText('NPRS');

    await reopened.measure.selectOption({ label: 'NPRS — Numeric pain rating scale' });
    await reopened.item('Item 1').fill('4');
    await expect(reopened.result).toContainText(`Since 2026-01-05: ${NPRS_CHANGE}`);
    await reopened.add.click();
    await expect(reopened.history.getByRole('listitem')).toHaveCount(2);
    await expect(reopened.history.getByRole('listitem').nth(1)).toContainText(`Since 2026-01-05: ${NPRS_CHANGE}`);
    await reopened.history.evaluate((list) => list.scrollIntoView({ block: 'start' }));
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'outcomes-builder');

    // "Today's score" prints the day's score in plain words, with no threshold or citation.
    await builder.root.getByLabel('Today’s score', { exact: true }).check();
    const { path } = await new HandoutBuilderPart(page).exportPdf();
    const text = pdfText(path).join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('Your score today');
    expect(text).toContain('Today: 4 out of 10. A lower score is better. 3 points better since 5 January 2026.');
    expect(text).not.toContain('MCID');
    pdfPageImages(path, SCREENSHOT_DIR, 'handout-pdf-score');
  });

  test('LEFS items are named by number and a few-word subject, and still score', async ({ page }) => {
    const workbench = await new Workbench(page).open();
    await workbench.quickInput.runCommand('Handout: Open Handout Builder');
    const outcomes = new OutcomesPart(new HandoutBuilderPart(page).root);
    await outcomes.measure.selectOption({ label: 'LEFS — Lower Extremity Functional Scale' });
    await expect(outcomes.root.getByText('Item 17: running on uneven ground', { exact: true })).toBeVisible();
    const items = outcomes.root.getByRole('spinbutton');
    await expect(items).toHaveCount(20);
    for (let i = 0; i < 20; i++) await items.nth(i).fill('3');
    await expect(outcomes.result).toContainText('Score: 60');
    await outcomes.item('Item 17: running on uneven ground').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'outcomes-lefs-item-subjects');
  });
});
