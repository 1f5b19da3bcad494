/**
 * `npm run bench`: every benchmark section in order, each printing its tables.
 * `npm run bench -- search pdf` runs only the named sections.
 */
import { pathToFileURL } from 'node:url';
import { printBenchTable, type BenchTable } from './measure';
import { runBootBenchmark } from './boot-bench';
import { runCliBenchmark } from './cli-bench';
import { runKeptConsultBenchmark } from './kept-consult-bench';
import { runPdfBenchmark } from './pdf-bench';
import { runSearchBenchmark } from './search-bench';
import { runUiBenchmark } from './ui-bench';

export interface BenchSection {
  /** The word that selects the section on the command line. */
  name: string;
  run(): Promise<BenchTable | BenchTable[]>;
}

/** The sections, in the order they run and print. A new benchmark appends itself here. */
export const BENCH_SECTIONS: BenchSection[] = [
  { name: 'search', run: runSearchBenchmark },
  { name: 'boot', run: runBootBenchmark },
  { name: 'pdf', run: runPdfBenchmark },
  { name: 'ui', run: runUiBenchmark },
  { name: 'kept-consult', run: runKeptConsultBenchmark },
  { name: 'cli', run: runCliBenchmark },
];

export async function runBenchmarks(selected: readonly string[]): Promise<void> {
  const unknown = selected.filter((name) => !BENCH_SECTIONS.some((s) => s.name === name));
  if (unknown.length > 0)
    throw new Error(
      `Unknown benchmark section: ${unknown.join(', ')}. Sections: ${BENCH_SECTIONS.map((s) => s.name).join(', ')}`,
    );
  const started = performance.now();
  console.log(`Stride Atlas benchmarks — Node ${process.version}, ${new Date().toISOString()}`);
  for (const section of BENCH_SECTIONS) {
    if (selected.length > 0 && !selected.includes(section.name)) continue;
    const sectionStarted = performance.now();
    const tables = await section.run();
    for (const table of [tables].flat()) printBenchTable(table);
    console.log(`  (${section.name}: ${((performance.now() - sectionStarted) / 1000).toFixed(1)} s)`);
  }
  console.log(`\nDone in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await runBenchmarks(process.argv.slice(2));
}
