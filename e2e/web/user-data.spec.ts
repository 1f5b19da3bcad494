import { Workbench } from '../pages/workbench';
import { expect, saveScreenshot, test } from '../support/test';

const DAMAGED_ID = '0d8f7a62-3f0b-4d5c-9e1a-2b3c4d5e6f70';
const NEWER_ID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

test.describe('user data: what was kept aside', () => {
  test('Settings lists a damaged and a newer-version handout with why, and deletes one when asked', async ({
    page,
  }) => {
    const workbench = await new Workbench(page).open();
    // A handout cut short, and one a newer version of Stride Atlas saved, as a browser profile could hold.
    await page.evaluate(
      async ([damagedId, newerId]) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const req = indexedDB.open('stride-atlas');
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(new Error('IndexedDB could not be opened'));
        });
        const tx = db.transaction('handouts', 'readwrite');
        tx.objectStore('handouts').put('{"schemaVersion": 1, "id": "0d8f', damagedId);
        tx.objectStore('handouts').put(JSON.stringify({ schemaVersion: 9, id: newerId }), newerId);
        await new Promise((resolve) => (tx.oncomplete = resolve));
        db.close();
      },
      [DAMAGED_ID, NEWER_ID],
    );

    await workbench.activityBar.show('Handout');
    await expect(page.getByText('Files that could not be read')).toBeVisible();
    await workbench.activityBar.show('Settings');
    const kept = workbench.settings.root.getByRole('region', { name: 'Files kept aside' });
    await expect(kept.getByText('Damaged: it could not be read, so it was moved aside.')).toBeVisible();
    await expect(kept.getByText(/From a newer version of Stride Atlas: left where it is/)).toBeVisible();
    await expect(kept.getByText(`records of this browser (handouts/${NEWER_ID}), left where it is`)).toBeVisible();
    await kept.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'settings-files-kept-aside');

    page.once('dialog', (dialog) => void dialog.accept());
    await kept.getByRole('button', { name: 'Delete' }).first().click();
    await expect(kept.getByText('Damaged: it could not be read, so it was moved aside.')).toHaveCount(0);
    await expect(kept.getByText(/From a newer version of Stride Atlas/)).toBeVisible();
  });

  test('Settings says when nothing was kept aside', async ({ page }) => {
    const workbench = await new Workbench(page).open();
    await workbench.activityBar.show('Settings');
    const kept = workbench.settings.root.getByRole('region', { name: 'Files kept aside' });
    await expect(kept.getByText('None: every saved file could be read.')).toBeVisible();
  });
});
