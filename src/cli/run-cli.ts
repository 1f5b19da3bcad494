import { withoutControlCharacters } from '../core/text/control-characters';
import { EXIT_OK, EXIT_USAGE, type CliCommand, type CliIo } from './command';
import { handoutCommand } from './commands/handout';
import { kbCheckCommand } from './commands/kb-check';
import { searchCommand } from './commands/search';
import { showCommand } from './commands/show';
import { triageCommand } from './commands/triage';

export const COMMANDS: readonly CliCommand[] = [
  kbCheckCommand,
  showCommand,
  searchCommand,
  handoutCommand,
  triageCommand,
];

function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.usage.length));
  return [
    'Stride Atlas command line',
    '',
    'Usage: npm run cli -- <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    '  --help, -h    Show this help',
  ].join('\n');
}

/** Finds the command whose name matches the longest run of leading words. */
function findCommand(argv: string[]): { command: CliCommand; rest: string[] } | undefined {
  const sorted = [...COMMANDS].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length);
  for (const command of sorted) {
    const words = command.name.split(' ');
    if (words.every((w, i) => argv[i] === w)) return { command, rest: argv.slice(words.length) };
  }
  return undefined;
}

/**
 * Every line printed loses its control characters: a name, id or file name typed on the command
 * line (or read from a template) is echoed in messages, and an escape sequence in it would be run
 * by the terminal, a right-to-left override would turn the message around.
 */
function printable(io: CliIo): CliIo {
  return {
    out: (line) => io.out(withoutControlCharacters(line)),
    err: (line) => io.err(withoutControlCharacters(line)),
  };
}

export async function runCli(argv: string[], terminal: CliIo): Promise<number> {
  const io = printable(terminal);
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.out(helpText());
    return argv.length === 0 ? EXIT_USAGE : EXIT_OK;
  }
  const found = findCommand(argv);
  if (!found) {
    io.err(`Unknown command: ${argv.join(' ')}\n`);
    io.err(helpText());
    return EXIT_USAGE;
  }
  if (found.rest.includes('--help') || found.rest.includes('-h')) {
    io.out(`Usage: npm run cli -- ${found.command.usage}\n\n${found.command.summary}`);
    return EXIT_OK;
  }
  return found.command.run(found.rest, io);
}
