import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createUserFileServices } from '../../src/main/store/user-file-store';
import {
  COLLECTION,
  CORRUPTED,
  expectEverythingAccountedFor,
  KINDS,
  plan,
  SEED,
  tally,
  type Planted,
} from './support/corruption-plan';

// The web half of this fault test is src/renderer/platform/web/corrupted-records.spec.ts.
describe(`${CORRUPTED} randomly damaged stored files (seed ${SEED})`, () => {
  it(
    'desktop: each is reported and kept aside byte for byte (newer ones in place), everything else loads',
    { timeout: 300_000 },
    async () => {
      const userData = await mkdtemp(join(tmpdir(), 'stride-atlas-corrupt-'));
      const planned = plan();
      for (const kind of KINDS) await mkdir(join(userData, COLLECTION[kind]), { recursive: true });
      for (const [id, { kind, file }] of planned.valid)
        await writeFile(join(userData, COLLECTION[kind], `${id}.json`), JSON.stringify(file));
      for (const { kind, id, corruption } of planned.planted)
        await writeFile(join(userData, COLLECTION[kind], `${id}.json`), corruption.stored as string);

      const nameOf = (p: Planted) => `${COLLECTION[p.kind]}/${p.id}.json`;
      const services = createUserFileServices(userData);
      const reports = await expectEverythingAccountedFor(services.listUserFiles, planned, nameOf);
      const stored = new Map(planned.planted.map((p) => [nameOf(p), p.corruption.stored as string]));
      for (const report of reports) expect(await readFile(report.keptAs, 'utf8')).toBe(stored.get(report.name));

      // A second start reports only what is still in place (the newer files), and loads the rest again.
      const again = createUserFileServices(userData);
      const newer = planned.planted.filter((p) => p.corruption.expected === 'newer');
      await expectEverythingAccountedFor(again.listUserFiles, { ...planned, planted: newer }, nameOf);
      console.info(
        `corruption test (desktop): ${CORRUPTED} files (${tally(planned.planted)}); ${planned.valid.size} valid files loaded; lost: none`,
      );
    },
  );
});
