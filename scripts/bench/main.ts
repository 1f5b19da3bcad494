/** `npm run bench`: search (and later UI and PDF) benchmarks, printed as tables. */
import { runSearchBenchmark } from './search-bench';

const started = performance.now();
console.log(`Stride Atlas benchmarks — Node ${process.version}, ${new Date().toISOString()}`);
await runSearchBenchmark();
console.log(`\nDone in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
