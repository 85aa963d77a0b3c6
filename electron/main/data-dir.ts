import { resolve } from 'node:path';

/** The flag that points Sipena at a data directory, e.g. for tests or a shared drive. */
export const DATA_DIR_FLAG = '--data';
/** The environment variable consulted when no flag is given. */
export const DATA_DIR_ENV = 'SIPENA_DATA_DIR';

function fromArgv(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === DATA_DIR_FLAG) {
      const next = argv[i + 1];
      // "--data" followed by nothing or by another flag is a typo, not a directory.
      return next && !next.startsWith('-') ? next : undefined;
    }
    if (arg.startsWith(`${DATA_DIR_FLAG}=`)) {
      const value = arg.slice(DATA_DIR_FLAG.length + 1);
      return value || undefined;
    }
  }
  return undefined;
}

/**
 * The data directory as an absolute path: `--data DIR` (or `--data=DIR`), else
 * $SIPENA_DATA_DIR, else Electron's userData path.
 */
export function resolveDataDir(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, userData: string): string {
  const chosen = fromArgv(argv) ?? (env[DATA_DIR_ENV]?.trim() || undefined);
  return chosen ? resolve(chosen) : userData;
}
