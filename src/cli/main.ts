#!/usr/bin/env node
/** `npm run cli -- <command>`: the knowledge base, search, triage and handouts from a terminal. */
import { runCli } from './run-cli';

// Output piped into a command that stops reading (`… | head`) is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const code = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
});
process.exitCode = code;
