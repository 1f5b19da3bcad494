import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keptDraft } from './test-support/kept-draft';
import { createUserFileServices } from './user-file-store';

const RUNS = 30;
/** Each run waits at most this long for the child's first finished write (a loaded machine is slow). */
const FIRST_WRITE_LIMIT_MS = 20_000;

let work: string;
let child: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'stride-atlas-kept-draft-crash-'));
  // One JavaScript file, so each child starts in a fraction of a second without a TypeScript loader.
  child = join(work, 'draft-writer-child.mjs');
  await build({
    configFile: false,
    logLevel: 'silent',
    ssr: { noExternal: true },
    build: {
      ssr: join(import.meta.dirname, 'test-support', 'draft-writer-child.ts'),
      outDir: work,
      emptyOutDir: false,
      minify: false,
      rollupOptions: { output: { format: 'esm', entryFileNames: 'draft-writer-child.mjs' } },
    },
  });
}, 60_000);

afterAll(() => rm(work, { recursive: true, force: true }));

/**
 * Starts the writer at write `first`, lets it finish `writes` writes and some random part of the
 * next, then kills it (SIGKILL: no clean-up of any kind). Returns the last write it finished.
 */
function writeThenKill(userData: string, first: number, writes: number, extraMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, userData, String(first)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let finished = first - 1;
    let stderr = '';
    const limit = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error(`the writer finished no write within ${FIRST_WRITE_LIMIT_MS} ms: ${stderr}`));
    }, FIRST_WRITE_LIMIT_MS);
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    proc.stdout.on('data', (chunk: Buffer) => {
      const lines = chunk.toString().trim().split('\n');
      finished = Number(lines.at(-1));
      if (finished - first + 1 >= writes && proc.exitCode === null && !proc.killed) {
        clearTimeout(limit);
        setTimeout(() => proc.kill('SIGKILL'), extraMs);
      }
    });
    // 'close', not 'exit': every line the child wrote has been read by then.
    proc.on('close', () => resolve(finished));
  });
}

describe('the kept consult in the desktop store survives the process being killed mid-write', () => {
  it(
    `reads back the last finished write or the one under way, never half of one (${RUNS} kills)`,
    async () => {
      const userData = join(work, 'user-data');
      let next = 1;
      for (let run = 0; run < RUNS; run++) {
        // Between one and three whole writes, then a kill somewhere in the next (0 to 15 ms in).
        const finished = await writeThenKill(userData, next, 1 + (run % 3), run % 16);
        const { files, damaged } = await createUserFileServices(userData).listUserFiles('draft');
        expect(damaged, `run ${run}`).toEqual([]);
        expect(files, `run ${run}`).toHaveLength(1);
        const kept = files[0]!;
        // Old (the last one the child said was done) or new (the one it was writing when killed).
        expect([keptDraft(finished), keptDraft(finished + 1)], `run ${run}`).toContainEqual(kept);
        next = finished + 2;
      }
      // Temporary files a kill left behind are removed by the next start, and nothing else is there.
      await createUserFileServices(userData).listUserFiles('draft');
      expect((await readdir(join(userData, 'drafts'))).filter((name) => !name.startsWith('.'))).toEqual([
        `${keptDraft(1).id}.json`,
      ]);
    },
    RUNS * FIRST_WRITE_LIMIT_MS,
  );
});
