/**
 * PDF benchmark: a 4-page illustrated handout rendered by pdfmake (median of 20 warm runs), the
 * same content drawn by pdfkit directly in the same run (the ratio is pdfmake's layout cost), and
 * the first handout in a fresh process, pdfmake loaded on demand (median of 5 fresh processes).
 * Targets on the reference machine: < 250 ms warm, < 600 ms first, within 2x of pdfkit.
 *
 *   npx tsx scripts/bench/pdf-bench.ts          (or via `npm run bench`)
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildHandoutDocument } from '../../src/core/handout/document/build-handout-document';
import { renderExerciseFigure } from '../../src/core/figures/index';
import type {
  ExerciseFigure,
  FigureFor,
  HandoutDocumentContext,
} from '../../src/core/handout/document/handout-document-context';
import type { KbLookup } from '../../src/core/kb/kb-lookup';
import type { Handout } from '../../src/core/handout/handout';
import { readHandoutFontFiles } from '../../src/node/pdf/font-files';
import { countPdfPages, renderPdf } from '../../src/node/pdf/render-pdf';
import {
  exercisesFromKb,
  realLookup,
  representativeContext,
  representativeHandout,
} from '../../tests/pdf/support/representative-handout';
import { sampleFigure } from '../../tests/pdf/support/sample-figures';
import { formatMs, printBenchTable, summarize, type BenchTable } from './measure';
import { renderWithPdfkit } from './pdf-bench-pdfkit';

export type { BenchTable } from './measure';

const WARM_RUNS = 20;
const WARMUP_RUNS = 3;
const COLD_PROCESSES = 5;
const TARGETS = { warmMs: 250, coldMs: 600, ratio: 2 };

const BENCH_EXERCISES = [
  'clamshell',
  'glute-bridge',
  'side-lying-leg-raise',
  'standing-isometric-hip-abduction',
  'lateral-step-up',
  'single-leg-squat',
];

/**
 * The knowledge base's own illustrations (src/core/figures), drawn once up front so both
 * renderers time PDF work only; the stand-in figures when an exercise has none.
 */
function benchFigures(lookup: KbLookup): { figureFor: FigureFor; real: boolean } {
  const cache = new Map<string, ExerciseFigure>();
  const real = BENCH_EXERCISES.every((id) => lookup.kb.figures?.some((f) => f.id === id));
  const figureFor: FigureFor = (id, side) => {
    const key = `${id}:${side}`;
    if (!cache.has(key)) {
      const figure = real ? lookup.kb.figures.find((f) => f.id === id) : undefined;
      const figureSide = side === 'left' ? 'left' : 'right';
      cache.set(
        key,
        figure
          ? {
              start: renderExerciseFigure(figure, { pose: 'start', side: figureSide }),
              end: renderExerciseFigure(figure, { pose: 'end', side: figureSide }),
            }
          : sampleFigure(id),
      );
    }
    return cache.get(key);
  };
  return { figureFor, real };
}

/** Clinic header with logo, one condition, six exercises with 12 illustrations, notes, red flags: four A4 pages. */
async function benchContent(): Promise<{ handout: Handout; context: HandoutDocumentContext; realFigures: boolean }> {
  const lookup = await realLookup();
  const handout = representativeHandout(lookup, {
    conditions: ['gluteal-tendinopathy'],
    exercises: exercisesFromKb(lookup, BENCH_EXERCISES),
    topics: [],
  });
  const { figureFor, real } = benchFigures(lookup);
  for (const e of handout.exercises) figureFor(e.exerciseId, e.side);
  return { handout, context: representativeContext(lookup, { figureFor }), realFigures: real };
}

async function timeRuns(run: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARMUP_RUNS; i++) await run();
  const out: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) {
    const started = performance.now();
    await run();
    out.push(performance.now() - started);
  }
  return out;
}

/** In a fresh process: time from "export" to bytes, pdfmake and fonts loaded on demand. */
async function coldChild(): Promise<void> {
  const { handout, context } = await benchContent();
  const started = performance.now();
  const bytes = await renderPdf(buildHandoutDocument(handout, context));
  const ms = performance.now() - started;
  process.stdout.write(JSON.stringify({ ms, pages: countPdfPages(bytes) }));
}

function coldRuns(): number[] {
  const self = fileURLToPath(import.meta.url);
  return Array.from({ length: COLD_PROCESSES }, () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', self, '--cold-child'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    return (JSON.parse(out) as { ms: number }).ms;
  });
}

const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');

export async function runPdfBenchmark(): Promise<BenchTable> {
  const { handout, context, realFigures } = await benchContent();
  const fonts = await readHandoutFontFiles();
  const pdfmakeBytes = await renderPdf(buildHandoutDocument(handout, context));
  const pdfkitBytes = await renderWithPdfkit(handout, context, fonts);
  // The definition is built inside the timed run: it is part of what "export" costs.
  const pdfmake = summarize(await timeRuns(() => renderPdf(buildHandoutDocument(handout, context))));
  const pdfkit = summarize(await timeRuns(() => renderWithPdfkit(handout, context, fonts)));
  const cold = summarize(coldRuns());
  const ratio = pdfmake.median / pdfkit.median;
  const pages = (bytes: Uint8Array) => String(countPdfPages(bytes));
  return {
    title: `PDF: illustrated handout, ${realFigures ? 'knowledge-base figures' : 'stand-in figures'} (${WARM_RUNS} warm runs; first run: median of ${COLD_PROCESSES} fresh processes)`,
    header: ['measure', 'pages', 'median', 'p95', 'target', 'result'],
    rows: [
      [
        'pdfmake, warm',
        pages(pdfmakeBytes),
        formatMs(pdfmake.median),
        formatMs(pdfmake.p95),
        `< ${TARGETS.warmMs} ms`,
        verdict(pdfmake.median < TARGETS.warmMs),
      ],
      [
        'pdfmake, first in process',
        pages(pdfmakeBytes),
        formatMs(cold.median),
        formatMs(cold.p95),
        `< ${TARGETS.coldMs} ms`,
        verdict(cold.median < TARGETS.coldMs),
      ],
      ['pdfkit direct, warm', pages(pdfkitBytes), formatMs(pdfkit.median), formatMs(pdfkit.p95), '', ''],
      ['pdfmake / pdfkit', '', `${ratio.toFixed(2)}x`, '', `< ${TARGETS.ratio}x`, verdict(ratio < TARGETS.ratio)],
    ],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv.includes('--cold-child')) await coldChild();
  else {
    printBenchTable(await runPdfBenchmark());
  }
}
