import { parseArgs } from 'node:util';
import type { ParseArgsOptionsConfig } from 'node:util';
import type { CliCommand, CliIo } from './command.ts';
import { resolveCliDataDir } from './cli-paths.ts';

/** Every command takes `--data DIR` (the help says so once for all). */
const DATA_OPTION = { data: { type: 'string' } } as const;

type Parsed<O extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<{ args: string[]; options: O & typeof DATA_OPTION; allowPositionals: true; strict: true }>>;

/** What a command's body gets: its options as parsed (with `data`), the words that are not options, and the data folder they name. */
export interface CliArgs<O extends ParseArgsOptionsConfig> {
  values: Parsed<O>['values'];
  positionals: string[];
  /** `--data DIR`, else SIPENA_DATA_DIR, else the desktop app's own folder (resolveCliDataDir). */
  dataDir: string;
}

export interface CliCommandSpec<O extends ParseArgsOptionsConfig> {
  name: string;
  usage: string;
  summary: string;
  /** The command's own options; `--data` is added. Unknown options are refused. */
  options: O;
  /** Whether words that are not options (FILE, a subcommand) are accepted; refused unless set. */
  positionals?: boolean;
  run: (args: CliArgs<O>, io: CliIo) => Promise<number>;
}

/** A CLI command whose argv is parsed strictly with its options and `--data`, and whose data folder is resolved by the one rule. */
export function cliCommand<O extends ParseArgsOptionsConfig>(spec: CliCommandSpec<O>): CliCommand {
  return {
    name: spec.name,
    usage: spec.usage,
    summary: spec.summary,
    run: (argv, io) => {
      const { values, positionals } = parseArgs({ args: argv, options: { ...spec.options, ...DATA_OPTION }, allowPositionals: spec.positionals === true, strict: true });
      const parsed = values as Parsed<O>['values'] & { data?: string };
      return spec.run({ values: parsed, positionals, dataDir: resolveCliDataDir(parsed.data) }, io);
    },
  };
}
