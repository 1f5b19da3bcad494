import { Workbench } from '../pages/workbench';
import { seriousViolations, THEME_COMMANDS } from '../support/axe';
import { expect, saveScreenshot, test } from '../support/test';

async function openWithQuickOpen(workbench: Workbench, query: string, pinned = true): Promise<void> {
  await workbench.quickInput.quickOpen(query);
  await expect(workbench.quickInput.selected).toBeVisible();
  await workbench.page.keyboard.press(pinned ? 'Enter' : 'Alt+Enter');
}

test.describe('workbench: tabs, history, commands, layout', () => {
  test('a preview tab is replaced by the next preview; pinned tabs stay', async ({ page }) => {
    const workbench = await new Workbench(page).open();
    await openWithQuickOpen(workbench, 'clamshell', false);
    await expect(workbench.editor.tabs).toHaveCount(1);
    expect(await workbench.editor.isPreview(workbench.editor.activeTab)).toBe(true);
    await openWithQuickOpen(workbench, 'glute bridge', false);
    await expect(workbench.editor.tabs).toHaveCount(1);
    await workbench.editor.activeTab.dblclick();
    expect(await workbench.editor.isPreview(workbench.editor.activeTab)).toBe(false);
    await openWithQuickOpen(workbench, 'ITB', false);
    await expect(workbench.editor.tabs).toHaveCount(2);
  });

  test('closes with Ctrl+W and middle click, reopens with Ctrl+Shift+T, cycles with Ctrl+PageDown', async ({
    page,
  }) => {
    const workbench = await new Workbench(page).open();
    for (const query of ['clamshell', 'glute bridge', 'ITB']) await openWithQuickOpen(workbench, query);
    await expect(workbench.editor.tabs).toHaveCount(3);
    await page.keyboard.press('Control+W');
    await expect(workbench.editor.tabs).toHaveCount(2);
    await workbench.editor.tabs.first().click({ button: 'middle' });
    await expect(workbench.editor.tabs).toHaveCount(1);
    await page.keyboard.press('Control+Shift+T');
    await expect(workbench.editor.tabs).toHaveCount(2);
    const before = await workbench.editor.activeTab.innerText();
    await page.keyboard.press('Control+PageDown');
    await expect(workbench.editor.activeTab).not.toHaveText(before);
  });

  test('goes back and forward with Alt+Left/Right and the breadcrumb arrows', async ({ page }) => {
    const workbench = await new Workbench(page).open();
    await openWithQuickOpen(workbench, 'gluteal tendinopathy');
    await openWithQuickOpen(workbench, 'clamshell');
    await expect(workbench.editor.breadcrumbs).toContainText('Exercises');
    await page.keyboard.press('Alt+ArrowLeft');
    await expect(workbench.editor.activeTab).toContainText(/Gluteal tendinopathy/i);
    await expect(workbench.editor.breadcrumbs).toContainText('Conditions');
    await workbench.editor.forward.click();
    await expect(workbench.editor.activeTab).toContainText('Clamshell');
  });

  test('each tab remembers where the reader had scrolled to', async ({ page }) => {
    const workbench = await new Workbench(page).open();
    const { editor } = workbench;
    await openWithQuickOpen(workbench, 'gluteal tendinopathy');
    await expect(editor.heading).toHaveText('Gluteal tendinopathy (greater trochanteric pain syndrome)');
    const scrollTop = () => editor.panel.evaluate((panel) => panel.scrollTop);
    await editor.panel.evaluate((panel) => panel.scrollTo(0, 1500));
    await expect.poll(scrollTop).toBe(1500);
    await openWithQuickOpen(workbench, 'clamshell');
    await expect(editor.heading).toHaveText('Clamshell');
    expect(await scrollTop()).toBe(0);
    await editor.tab(/Gluteal tendinopathy/).click();
    await expect(editor.heading).toHaveText('Gluteal tendinopathy (greater trochanteric pain syndrome)');
    await expect.poll(scrollTop).toBe(1500);
  });

  test('Ctrl+B and the active activity button hide and show the side bar', async ({ page }) => {
    const workbench = await new Workbench(page).open();
    await expect(workbench.sideBar.any).toBeVisible();
    await page.keyboard.press('Control+B');
    await expect(workbench.sideBar.any).toBeHidden();
    await page.keyboard.press('Control+B');
    await workbench.activityBar.open('Library');
    await expect(workbench.sideBar.any).toBeHidden();
    await workbench.activityBar.open('Library');
    await expect(workbench.sideBar.view('Library')).toBeVisible();
  });

  test('switches theme from the command palette and remembers it after a reload', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    const workbench = await new Workbench(page).open();
    await workbench.quickInput.runCommand('Color Theme: Dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await workbench.quickInput.runCommand('Color Theme: High Contrast');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'high-contrast');
    await page.waitForTimeout(300);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'high-contrast');
  });

  test('zooms with Ctrl+= / Ctrl+- / Ctrl+0 and shows the level in the status bar', async ({ page }) => {
    const workbench = await new Workbench(page).open();
    await page.keyboard.press('Control+=');
    await page.keyboard.press('Control+=');
    await expect(workbench.statusBar.zoom).toHaveText('Zoom 120%');
    await page.keyboard.press('Control+-');
    await expect(workbench.statusBar.zoom).toHaveText('Zoom 110%');
    await page.keyboard.press('Control+0');
    await expect(workbench.statusBar.zoom).toHaveText('Zoom 100%');
  });

  test('patient view hides the chrome and F11 or Escape brings it back', async ({ page }) => {
    const workbench = await new Workbench(page).open();
    await openWithQuickOpen(workbench, 'gluteal tendinopathy');
    await page.keyboard.press('F11');
    await expect(workbench.activityBar.root).toBeHidden();
    await expect(workbench.statusBar.root).toBeHidden();
    await expect(workbench.editor.heading).toBeVisible();
    await saveScreenshot(page, 'patient-view');
    await page.keyboard.press('Escape');
    await expect(workbench.activityBar.root).toBeVisible();
  });

  test('restores open tabs, the active tab, side bar and zoom after a reload, the frame from the first paint', async ({
    page,
  }) => {
    const workbench = await new Workbench(page).open();
    for (const query of ['clamshell', 'gluteal tendinopathy']) await openWithQuickOpen(workbench, query);
    await page.keyboard.press('Control+=');
    await workbench.activityBar.open('Search');
    await page.waitForTimeout(600);
    await workbench.recordFirstPaint();
    await page.reload();
    // The zoom and the side bar do not jump when the saved layout arrives: the window remembers them.
    expect(await workbench.firstPaint()).toMatchObject({ zoom: '1.1', sideBar: 'Search', sideBarWidth: '300px' });
    await workbench.ready();
    // The tabs come with the saved layout, read (and checked) asynchronously after the first paint.
    await expect
      .poll(() => workbench.editor.tabTitles())
      .toEqual(['Clamshell', expect.stringMatching(/Gluteal tendinopathy/i)]);
    await expect(workbench.editor.activeTab).toContainText(/Gluteal/i);
    await expect(workbench.sideBar.view('Search')).toBeVisible();
    await expect(workbench.statusBar.zoom).toHaveText('Zoom 110%');
  });

  for (const [width, height] of [
    [800, 600],
    [3840, 2160],
  ] as const) {
    test(`the window works at ${width}×${height}: it fills the window, nothing overflows, and a page's text keeps a readable width`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      const workbench = await new Workbench(page).open();
      await openWithQuickOpen(workbench, 'femoroacetabular impingement');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      const statusBar = (await workbench.statusBar.root.boundingBox())!;
      expect([statusBar.x, statusBar.width, Math.round(statusBar.y + statusBar.height)]).toEqual([0, width, height]);
      // On a wide screen the page is a column, not lines of hundreds of characters.
      const article = (await workbench.itemPage.root.getByRole('article').boundingBox())!;
      expect(article.width).toBeLessThanOrEqual(1100);
      await saveScreenshot(page, `workbench-${width}x${height}`);
    });
  }

  test('names too long for their place end in an ellipsis, with the whole name as a tooltip', async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 600 });
    const workbench = await new Workbench(page).open();
    for (const name of [
      'femoroacetabular impingement',
      'proximal hamstring tendinopathy',
      'copenhagen adductor plank',
      'gluteal tendinopathy',
    ]) {
      await openWithQuickOpen(workbench, name);
    }
    const truncated = await workbench.truncatedLabels();
    // Tabs, the Library's recently opened rows and the breadcrumbs are all too narrow for some of these names.
    expect(new Set(truncated.map((label) => label.part))).toEqual(new Set(['Open pages', 'Library', 'Breadcrumbs']));
    for (const label of truncated) expect(label.tooltip, label.text).toContain(label.text.trim());
  });

  for (const theme of ['light', 'dark', 'high-contrast'] as const) {
    test(`accessibility: the workbench, Quick Open and the Search view pass axe in the ${theme} theme`, async ({
      page,
    }) => {
      const workbench = await new Workbench(page).open();
      await workbench.quickInput.runCommand(THEME_COMMANDS[theme]);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await openWithQuickOpen(workbench, 'gluteal tendinopathy');
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('Control+Shift+F');
      await page.keyboard.type('clicking groin');
      await expect(workbench.search.hits.first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('Control+P');
      await workbench.quickInput.input.fill('hip');
      expect(await seriousViolations(page)).toEqual([]);
      await saveScreenshot(page, `workbench-quick-open-${theme}`);
    });
  }
});
