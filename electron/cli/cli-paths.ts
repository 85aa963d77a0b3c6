import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultUserDataDir } from '../main/paths.ts';

/** The repository root (CLI and web harness run from source). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const resourcesDir = join(repoRoot, 'resources');

/** `--data DIR`, else SIPENA_DATA_DIR, else the desktop app's own data folder. */
export function resolveCliDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (flag !== undefined && flag.trim() !== '') return resolve(flag);
  if (env.SIPENA_DATA_DIR && env.SIPENA_DATA_DIR.trim() !== '') return resolve(env.SIPENA_DATA_DIR);
  return defaultUserDataDir();
}
