import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultUserDataDir } from '../main/paths.ts';
import { chooseDataDir } from '../main/data-dir.ts';

/** The repository root (CLI and web harness run from source). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const resourcesDir = join(repoRoot, 'resources');

/** The version the app run from source records (backups, the audit's start rows, the server's status): package.json's. */
export const appVersion = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

/** `--data DIR`, else SIPENA_DATA_DIR, else the desktop app's own data folder: the app's rule (chooseDataDir). */
export function resolveCliDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return chooseDataDir(flag, env, defaultUserDataDir());
}
