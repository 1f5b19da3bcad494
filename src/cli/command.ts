/** Where a command writes. Tests pass collecting writers; the real CLI passes stdout/stderr. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export interface CliCommand {
  /** One or more words, e.g. `kb check`. */
  name: string;
  summary: string;
  usage: string;
  /** Returns the process exit code. */
  run(args: string[], io: CliIo): Promise<number>;
}

/** Exit codes: 0 success, 1 the command ran and found a problem, 2 the command line was wrong. */
export const EXIT_OK = 0;
export const EXIT_PROBLEM = 1;
export const EXIT_USAGE = 2;
