#!/usr/bin/env node
/** `npm run cli -- <command>`: the knowledge base, search, triage and handouts from a terminal. */
import { runCli } from './run-cli';

const code = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
});
process.exitCode = code;
