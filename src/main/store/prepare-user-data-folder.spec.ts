import { chmod, mkdtemp, readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareUserDataFolder } from './prepare-user-data-folder';

describe('prepareUserDataFolder', () => {
  it('deletes leftover temporary files beside settings, layout and window state, and nothing else', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'stride-atlas-user-data-'));
    await writeFile(join(folder, 'settings.json'), '{}');
    await writeFile(join(folder, '.settings.json.1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed.tmp'), '{"half');
    await writeFile(join(folder, '.window-state.json.0b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed.tmp'), '');
    expect(await prepareUserDataFolder(folder)).toEqual({ leftoversRemoved: 2 });
    expect(await readdir(folder)).toEqual(['settings.json']);
  });

  it.runIf(process.platform !== 'win32')('makes the folder readable by the user only', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'stride-atlas-user-data-'));
    await chmod(folder, 0o755);
    await prepareUserDataFolder(folder);
    expect((await stat(folder)).mode & 0o777).toBe(0o700);
  });
});
