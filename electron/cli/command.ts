/** One admin CLI command. `run` returns the exit code; throwing a CliError prints one line. */
export interface CliCommand {
  name: string;
  usage: string;
  summary: string;
  run: (argv: string[], io: CliIo) => Promise<number>;
}

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** An expected failure: printed as one clear line, exit code 1, no stack trace. */
export class CliError extends Error {}
