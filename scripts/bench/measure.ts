/** Timing helpers shared by the benchmarks. */
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

/** Runs `fn` for each input `rounds` times after `warmup` rounds; returns every duration in ms. */
export function timeEach<T>(inputs: readonly T[], fn: (input: T) => unknown, rounds: number, warmup = 2): number[] {
  for (let r = 0; r < warmup; r++) for (const input of inputs) fn(input);
  const out: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const input of inputs) {
      const started = performance.now();
      fn(input);
      out.push(performance.now() - started);
    }
  }
  return out;
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

/** Prints rows as an aligned plain-text table. */
export function printTable(title: string, header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}
