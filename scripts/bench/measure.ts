/** Timing helpers and the table type shared by the benchmarks. */

/** One printed result table: what every benchmark section returns. */
export interface BenchTable {
  title: string;
  header: string[];
  rows: string[][];
  /** Printed under the table: how it was measured, samples, caveats. */
  notes?: string[];
}
export interface Timing {
  median: number;
  p95: number;
  samples: number;
}

export function summarize(durationsMs: number[]): Timing {
  const sorted = [...durationsMs].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95), samples: sorted.length };
}

/**
 * Runs `fn` for each input `rounds` times (round after round, so repeats of one input are spread
 * out) after `warmup` rounds. Returns every duration, and each input's median: its typical latency,
 * free of the moments another process or a garbage collection happened to interrupt it.
 */
export function timeEach<T>(
  inputs: readonly T[],
  fn: (input: T) => unknown,
  rounds: number,
  warmup = 2,
): { all: number[]; perInput: number[] } {
  for (let r = 0; r < warmup; r++) for (const input of inputs) fn(input);
  const byInput = inputs.map((): number[] => []);
  for (let r = 0; r < rounds; r++) {
    inputs.forEach((input, i) => {
      const started = performance.now();
      fn(input);
      byInput[i]!.push(performance.now() - started);
    });
  }
  return { all: byInput.flat(), perInput: byInput.map((durations) => summarize(durations).median) };
}

export function timeOnce<T>(fn: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = fn();
  return { value, ms: performance.now() - started };
}

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  if (ms < 1) return `${(ms * 1000).toFixed(1)} µs`;
  if (ms < 100) return `${ms.toFixed(2)} ms`;
  return `${ms.toFixed(0)} ms`;
}

/** Prints a benchmark table and its notes. */
export function printBenchTable(table: BenchTable): void {
  printTable(table.title, table.header, table.rows);
  for (const note of table.notes ?? []) console.log(`  ${note}`);
}

/** Prints rows as an aligned plain-text table. */
export function printTable(title: string, header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}
