import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppContext } from '../main/app-context.ts';
import { openApp, osActor } from '../main/app-context.ts';
import { repoRoot, resourcesDir } from './cli-paths.ts';

/** The version a command records (backups, the audit's start rows): package.json's, as the app's. */
export const appVersion = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

/**
 * Opens a data folder as a command does and closes its database whatever `fn` does. The audit
 * trail names the operating-system account that ran the command ("cli:<user>"). Writing
 * commands call it inside `withWriteLock`.
 */
export async function withCliApp<T>(dataDir: string, fn: (ctx: AppContext) => Promise<T>): Promise<T> {
  const ctx = await openApp({ dataDir, resourcesDir, appVersion, systemActor: `cli:${osActor()}` });
  try {
    return await fn(ctx);
  } finally {
    ctx.db.close();
  }
}
