import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKeptAsideServices } from './kept-aside-store';

const id = '0d8f7a62-3f0b-4d5c-9e1a-2b3c4d5e6f70';

describe('what the desktop app kept aside', () => {
  it('lists damaged files beside settings and in each user-file folder, and files a newer version saved', async () => {
    const userData = await mkdtemp(join(tmpdir(), 'stride-atlas-kept-'));
    await mkdir(join(userData, 'damaged'));
    await mkdir(join(userData, 'handouts', 'damaged'), { recursive: true });
    await writeFile(join(userData, 'damaged', 'settings.2026-11-22T10-00-00-000Z.json'), '{"half');
    await writeFile(join(userData, 'handouts', 'damaged', `${id}.2026-11-22T10-00-00-000Z.json`), '[]');
    await writeFile(join(userData, 'handouts', `${id}.json`), JSON.stringify({ schemaVersion: 7, id }));
    await writeFile(join(userData, 'layout.json'), JSON.stringify({ schemaVersion: 3 }));

    const kept = await createKeptAsideServices(userData).listKeptAside();
    expect(kept).toEqual([
      {
        id: 'damaged/settings.2026-11-22T10-00-00-000Z.json',
        what: 'settings',
        reason: 'damaged',
        location: join(userData, 'damaged', 'settings.2026-11-22T10-00-00-000Z.json'),
      },
      {
        id: `handouts/damaged/${id}.2026-11-22T10-00-00-000Z.json`,
        what: 'handout',
        reason: 'damaged',
        location: join(userData, 'handouts', 'damaged', `${id}.2026-11-22T10-00-00-000Z.json`),
      },
      {
        id: `handouts/${id}.json`,
        what: 'handout',
        reason: 'newer',
        location: join(userData, 'handouts', `${id}.json`),
      },
      { id: 'layout.json', what: 'window layout', reason: 'newer', location: join(userData, 'layout.json') },
    ]);
  });

  it('deletes a listed file when asked, and refuses anything it does not list', async () => {
    const userData = await mkdtemp(join(tmpdir(), 'stride-atlas-kept-'));
    await mkdir(join(userData, 'damaged'));
    await writeFile(join(userData, 'damaged', 'layout.x.json'), '{');
    await writeFile(join(userData, 'settings.json'), '{}');
    const services = createKeptAsideServices(userData);
    await expect(services.deleteKeptAside('settings.json')).rejects.toThrow(/not among the files kept aside/);
    await services.deleteKeptAside('damaged/layout.x.json');
    expect(await readdir(join(userData, 'damaged'))).toEqual([]);
    expect(await readdir(userData)).toEqual(['damaged', 'settings.json']);
  });
});
