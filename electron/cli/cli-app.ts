import type { AppContext } from '../main/app-context.ts';
import { openApp, osActor } from '../main/app-context.ts';
import { appVersion, resourcesDir } from './cli-paths.ts';

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
