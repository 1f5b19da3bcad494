/** `npm run web`: serves dist/web (built just before) on http://127.0.0.1:<port>/. */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { REPOSITORY_ROOT } from '../src/node/repository-paths';
import { createWebServer } from './web-server';

const { values } = parseArgs({ options: { port: { type: 'string' } } });
const port = Number(values.port ?? process.env['PORT'] ?? 4173);
const server = createWebServer(join(REPOSITORY_ROOT, 'dist', 'web'));
server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(
    error.code === 'EADDRINUSE' ? `Port ${port} is in use; try: npm run web -- --port 4174` : error.message,
  );
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  console.log(`Stride Atlas (web build) is running at http://127.0.0.1:${port}/  — press Ctrl+C to stop.`);
});
