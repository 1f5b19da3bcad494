/**
 * CLI start-up: `npm run cli -- search …` as a whole process, from its start to its exit (the
 * launcher, the built CLI, the compiled knowledge base and the search). Target (issue 19): under
 * 0.5 s. npm's own start-up comes on top of this when the command is run through `npm run`.
 *
 *   npx tsx scripts/bench/main.ts cli
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPOSITORY_ROOT } from '../../src/node/repository-paths';
import { formatMs, summarize, type BenchTable } from './measure';

const RUNS = 15;
const TARGET_MS = 500;
const QUERIES = ['lateral hip pain', 'clamshell', 'hurts lying on my side'];

function runCli(args: string[]): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, [join(REPOSITORY_ROOT, 'scripts', 'cli.mjs'), ...args], {
    cwd: REPOSITORY_ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    // Not the TypeScript loader this benchmark runs under (tsx passes it on to child processes).
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  const elapsed = performance.now() - started;
  if (run.status !== 0) throw new Error(`npm run cli -- ${args.join(' ')} failed: ${run.stderr.toString()}`);
  return elapsed;
}

export async function runCliBenchmark(): Promise<BenchTable> {
  // The first call builds the CLI if it is missing or stale; that one is not measured.
  runCli(['search', QUERIES[0]!]);
  const rows = QUERIES.map((query) => {
    const timing = summarize(Array.from({ length: RUNS }, () => runCli(['search', query])));
    return [
      `search "${query}"`,
      formatMs(timing.median),
      formatMs(timing.p95),
      timing.median < TARGET_MS ? 'yes' : 'NO',
    ];
  });
  return {
    title: `CLI start-up to answer (whole process, ${RUNS} runs each)`,
    header: ['command', 'median', 'p95', `< ${TARGET_MS} ms`],
    rows,
    notes: ['Wall time of `node scripts/cli.mjs …` (what `npm run cli` runs), npm itself excluded.'],
  };
}
