import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { appModeSchema } from '../../../shared/connect/server-address.ts';
import type { AppMode } from '../../../shared/connect/server-address.ts';
import { dataFlagFromArgv, namedDataDir } from '../data-dir.ts';

/**
 * The desktop app's own settings (not case data): how it runs on this PC. Kept in the
 * user's app folder (`%APPDATA%\Sipena\sipena-app.json`), never in the data folder, so a
 * client PC keeps no trace of the office's cases and a restore never changes it.
 */
export const APP_CONFIG_FILE = 'sipena-app.json';

export function appConfigPath(userData: string): string {
  return join(userData, APP_CONFIG_FILE);
}

/** The stored choice, or null when there is none yet (first launch) or the file is not ours: ask again. */
export function readAppMode(userData: string): AppMode | null {
  const file = appConfigPath(userData);
  if (!existsSync(file)) return null;
  try {
    const parsed = appModeSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Writes the choice under a temp name and renames it in: a crash leaves the old choice or the new one. */
export function writeAppMode(userData: string, mode: AppMode): void {
  const file = appConfigPath(userData);
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(appModeSchema.parse(mode), null, 2)}\n`);
  renameSync(tmp, file);
}

export type StartupMode = AppMode | { mode: 'ask' };

/**
 * What the desktop app does at start: a data folder named on the command line or in
 * $SIPENA_DATA_DIR means this computer's own database (tests, a second office) without
 * asking; `--connect-setup` asks again; otherwise the stored choice, or ask on first launch.
 */
export function startupMode(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, stored: AppMode | null): StartupMode {
  if (argv.includes('--connect-setup')) return { mode: 'ask' };
  if (namedDataDir(dataFlagFromArgv(argv), env)) return stored?.mode === 'server' ? stored : { mode: 'local' };
  return stored ?? { mode: 'ask' };
}
