import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHandout } from '../../src/core/handout/create-handout';
import { prepareUserDataFolder } from '../../src/main/store/prepare-user-data-folder';
import { createUserFileServices } from '../../src/main/store/user-file-store';
import { HANDOUT_IDS, wholePdfGeneration } from './support/generations';
import { seededRandom } from './support/seeded-random';

const RUNS = 100;
const SEED = 22;
const HANDOUT = JSON.stringify(
  createHandout({ id: HANDOUT_IDS[0], now: '2026-03-02T09:00:00+00:00', date: '2026-03-02' }),
);

// The writer is bundled to plain JavaScript once: started through a TypeScript loader, each of the
// hundred runs took seconds on a busy machine.
let child: string;
beforeAll(async () => {
  child = join(await mkdtemp(join(tmpdir(), 'stride-atlas-writer-')), 'write-until-killed.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('./support/write-until-killed.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: child,
    logLevel: 'error',
  });
}, 120_000);

/** Starts the writer, waits until its first generation is on disk, lets it run `delayMs`, kills it. */
async function writeThenKill(folder: string, start: number, delayMs: number): Promise<void> {
  const writer = spawn(process.execPath, [child, folder, String(start), HANDOUT], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => writer.on('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    writer.stdout.once('data', () => resolve());
    writer.once('exit', (code) => reject(new Error(`the writer stopped by itself (exit ${code})`)));
  });
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  writer.kill('SIGKILL');
  await exited;
}

/** Every file whole and at least as new as the generation that was on disk before the kill. */
async function expectEveryFileWhole(folder: string, atLeast: number): Promise<void> {
  const settings = JSON.parse(await readFile(join(folder, 'settings.json'), 'utf8')) as {
    generation: number;
    padding: string;
  };
  expect(settings.generation).toBeGreaterThanOrEqual(atLeast);
  expect(settings.padding).toHaveLength(64 * 1024);
  expect(wholePdfGeneration(await readFile(join(folder, 'handout.pdf')))).toBeGreaterThanOrEqual(atLeast);
  const listed = await createUserFileServices(folder).listUserFiles('handout');
  expect(listed.damaged).toEqual([]);
  expect(listed.files.map((h) => h.id).sort()).toEqual([...HANDOUT_IDS].sort());
  for (const handout of listed.files)
    expect(Number(/^generation (\d+)$/.exec(handout.notes)?.[1])).toBeGreaterThanOrEqual(atLeast);
}

describe('a process killed while writing', () => {
  it(`leaves every file old or new, never half (${RUNS} runs, seed ${SEED})`, { timeout: 900_000 }, async () => {
    const folder = await mkdtemp(join(tmpdir(), 'stride-atlas-kill-'));
    const random = seededRandom(SEED);
    let leftovers = 0;
    for (let run = 0; run < RUNS; run++) {
      const start = (run + 1) * 1000;
      await writeThenKill(folder, start, Math.floor(random() * 30));
      await expectEveryFileWhole(folder, start);
      leftovers += (await prepareUserDataFolder(folder)).leftoversRemoved;
    }
    // The handout folder cleans its own leftovers when it is first used; none may remain anywhere.
    expect((await readdir(folder)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect((await readdir(join(folder, 'handouts'))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    console.info(`kill test: ${RUNS} runs, 5 files each, nothing lost; ${leftovers} leftover temporary files removed`);
  });
});
