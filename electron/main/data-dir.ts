import { resolve } from 'node:path';

/** The flag that points Sipena at a data directory, e.g. for tests or a shared drive. */
export const DATA_DIR_FLAG = '--data';
/** The environment variable consulted when no flag is given. */
export const DATA_DIR_ENV = 'SIPENA_DATA_DIR';

/**
 * The value of `--data DIR` or `--data=DIR` in a raw argv (Electron's argv carries
 * Chromium's own switches, so it cannot be parsed strictly like the CLI's).
 */
export function dataFlagFromArgv(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === DATA_DIR_FLAG) {
      const next = argv[i + 1];
      // "--data" followed by nothing or by another flag is a typo, not a directory.
      return next && !next.startsWith('-') ? next : undefined;
    }
    if (arg.startsWith(`${DATA_DIR_FLAG}=`)) return arg.slice(DATA_DIR_FLAG.length + 1);
  }
  return undefined;
}

/**
 * The one rule for choosing the data folder, shared by the desktop app, the admin CLI
 * and the browser harness so all three open the same database: the `--data` value, else
 * $SIPENA_DATA_DIR, else `fallback` (the per-user folder). Values are trimmed (a space
 * pasted around a path is never part of the folder name) and a blank value counts as
 * absent; the result is absolute.
 */
export function chooseDataDir(flag: string | undefined, env: Readonly<Record<string, string | undefined>>, fallback: string): string {
  const chosen = namedDataDir(flag, env);
  return chosen ? resolve(chosen) : fallback;
}

/** The folder the `--data` value or $SIPENA_DATA_DIR names (trimmed; blank counts as absent), else undefined. */
export function namedDataDir(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): string | undefined {
  return flag?.trim() || env[DATA_DIR_ENV]?.trim() || undefined;
}

/** The desktop app's data directory from its argv: see chooseDataDir. */
export function resolveDataDir(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, userData: string): string {
  return chooseDataDir(dataFlagFromArgv(argv), env, userData);
}
