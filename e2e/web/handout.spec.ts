import { HandoutBuilderPart, HandoutSideViewPart, pdfPageImages, pdfText } from '../pages/handout';
import { Workbench } from '../pages/workbench';
import { SCREENSHOT_DIR, expect, saveScreenshot, test } from '../support/test';

const PATIENT = 'Zoë Łukasz-Ørsted';

async function addFromSearch(workbench: Workbench, query: string, hit: RegExp): Promise<void> {
  const { page } = workbench;
  await page.keyboard.press('Control+Shift+F');
  await workbench.search.input.fill(query);
  await workbench.search.group('Exercises').getByRole('button', { name: hit }).first().click();
  await expect(workbench.editor.heading).toHaveText(hit);
  await workbench.editor.panel.getByRole('button', { name: 'Add to handout' }).click();
}

async function openBuilder(workbench: Workbench): Promise<HandoutBuilderPart> {
  await workbench.quickInput.runCommand('Handout: Open Handout Builder');
  const builder = new HandoutBuilderPart(workbench.page);
  await expect(builder.root).toBeVisible();
  return builder;
}

test.describe('handouts: build, preview, export and templates', () => {
  test('builds a handout from search, edits the dosage and exports a PDF with everything on it', async ({ page }) => {
    const workbench = await new Workbench(page).open();
    await addFromSearch(workbench, 'clamshell', /^Clamshell/);
    await addFromSearch(workbench, 'glute bridge', /^Glute bridge/);
    await expect(workbench.statusBar.handoutCount).toContainText('2 items');

    const builder = await openBuilder(workbench);
    expect(await builder.exerciseNames()).toEqual(['Clamshell', 'Glute bridge']);
    await builder.patientName.fill(PATIENT);
    await builder.dosageField('Clamshell', 'Sets').fill('4');
    await builder.dosageField('Clamshell', 'Reps').fill('12');
    await builder.dosageField('Clamshell', 'Load or band').fill('green loop band');
    await expect(builder.exercise('Clamshell')).toContainText('4 sets × 12 reps');

    // Keyboard reordering: Alt+ArrowDown on the focused row.
    await builder.grip('Clamshell').focus();
    await page.keyboard.press('Alt+ArrowDown');
    expect(await builder.exerciseNames()).toEqual(['Glute bridge', 'Clamshell']);
    await expect(builder.grip('Clamshell')).toBeFocused();

    await expect(builder.previewPages.first()).toContainText(PATIENT);
    await expect(builder.preview).toContainText('green loop band');
    await expect(builder.previewPages.last()).toContainText('Contact us or a doctor if');
    await saveScreenshot(page, 'handout-builder');

    const { download, path } = await builder.exportPdf();
    expect(download.suggestedFilename()).toMatch(/^Zoë-Łukasz-Ørsted-\d{4}-\d{2}-\d{2}\.pdf$/);
    await expect(builder.pdfSaved).toBeVisible();

    const pages = pdfText(path);
    const text = pages.join('\n');
    expect(text).toContain(PATIENT);
    expect(text).toContain('Clamshell');
    expect(text).toContain('Glute bridge');
    expect(text).toMatch(/4 sets × 12 reps/);
    expect(text).toContain('green loop band');
    expect(text).toContain('Contact us or a doctor if');
    expect(text).toMatch(/1\s+Glute bridge/);
    expect(text).toMatch(/2\s+Clamshell/);
    pages.forEach((pageText, i) => expect(pageText).toContain(`Page ${i + 1} of ${pages.length}`));
    // The preview's page breaks are estimated: within a page of the PDF's.
    expect(Math.abs((await builder.previewPages.count()) - pages.length)).toBeLessThanOrEqual(1);

    const images = pdfPageImages(path, SCREENSHOT_DIR, 'handout-pdf-search');
    expect(images).toHaveLength(pages.length);
  });

  test('starts a handout from triage with the condition, its first-phase exercises and advice', async ({ page }) => {
    const workbench = await new Workbench(page).open();
    await workbench.quickInput.runCommand('Body Map: Open Body Map and Triage');
    await page.getByRole('checkbox', { name: 'Left lateral hip (greater trochanter)' }).click();
    await page
      .getByRole('group', { name: 'Does it hurt to lie on that side in bed?' })
      .getByRole('radio', { name: 'Yes' })
      .click();
    await page.getByRole('button', { name: 'Start handout for Gluteal tendinopathy' }).click();

    const builder = new HandoutBuilderPart(page);
    await expect(builder.root).toBeVisible();
    await expect(builder.conditions).toContainText('Gluteal tendinopathy');
    expect(await builder.exerciseNames()).toEqual(['Standing isometric hip abduction (wall press)', 'Glute bridge']);
    await expect(builder.topics).toContainText('Pain monitoring');
    await expect(builder.saveState).toHaveText('Unsaved changes');

    await builder.dosageField('Glute bridge', 'Times a day').fill('2');
    await expect(builder.exercise('Glute bridge')).toContainText('twice a day');
    await saveScreenshot(page, 'handout-builder-from-triage');

    const { path } = await builder.exportPdf();
    const pages = pdfText(path);
    const text = pages.join('\n');
    expect(text).toContain('About your condition');
    expect(text).toContain('Gluteal tendinopathy');
    expect(text).toContain('Standing isometric hip abduction');
    expect(text).toMatch(/twice a day/);
    expect(text).toContain('Contact us or a doctor if');
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((pageText, i) => expect(pageText).toContain(`Page ${i + 1} of ${pages.length}`));
    pdfPageImages(path, SCREENSHOT_DIR, 'handout-pdf-triage');
  });

  test('saves a template and a handout, and both are there after a reload', async ({ page }) => {
    const workbench = await new Workbench(page).open();
    const builder = await openBuilder(workbench);
    await builder.add('condition', 'Gluteal tendinopathy (greater trochanteric pain syndrome)');
    await builder.add('exercise', 'Clamshell');
    await builder.add('exercise', 'Side plank');
    await builder.add('advice', 'Pain monitoring (running with pain)');
    await builder.dosageField('Clamshell', 'Sets').fill('2');
    await builder.saveAsTemplate('Lateral hip pain — early loading');
    await expect(builder.root.getByText('Template “Lateral hip pain — early loading” saved.')).toBeVisible();

    await builder.patientName.fill('Jo Smith');
    await builder.button('Save').click();
    await expect(builder.saveState).toHaveText('No unsaved changes');

    await page.reload();
    await workbench.ready();
    await workbench.activityBar.open('Handout');
    const side = new HandoutSideViewPart(page);
    await expect(side.savedHandout(/J\. S\./)).toBeVisible();
    await expect(side.saved).toContainText('Gluteal tendinopathy');
    await saveScreenshot(page, 'handout-side-view');

    await side.template('Lateral hip pain — early loading').getByRole('button', { name: 'Start from' }).click();
    const fromTemplate = new HandoutBuilderPart(page);
    await expect(fromTemplate.root).toBeVisible();
    expect(await fromTemplate.exerciseNames()).toEqual(['Clamshell', 'Side plank']);
    await expect(fromTemplate.dosageField('Clamshell', 'Sets')).toHaveValue('2');
    await expect(fromTemplate.patientName).toHaveValue('');
    await expect(fromTemplate.conditions).toContainText('Gluteal tendinopathy');
  });

  test('warns, without blocking, when the programme asks for more than 10 exercises a day', async ({ page }) => {
    const workbench = await new Workbench(page).open();
    const builder = await openBuilder(workbench);
    for (const name of ['Clamshell', 'Glute bridge', 'Side plank', 'Step-up', 'Dead bug', 'Sit-to-stand'])
      await builder.add('exercise', name);
    await expect(builder.adherenceWarning).toHaveCount(0);
    for (const name of ['Clamshell', 'Glute bridge', 'Side plank', 'Step-up', 'Dead bug', 'Sit-to-stand'])
      await builder.dosageField(name, 'Times a day').fill('2');
    await expect(builder.adherenceWarning).toContainText('12 exercises a day');
    await expect(builder.button('Export PDF')).toBeEnabled();
  });
});
