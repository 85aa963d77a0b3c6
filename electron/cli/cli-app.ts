import type { AppContext } from '../main/app-context.ts';
import { openApp, osActor } from '../main/app-context.ts';
import { appVersion, resourcesDir } from './cli-paths.ts';
import { withWriteLock } from './write-lock.ts';
import { CliError } from './command.ts';
import { AppError, appErrorText } from '../main/errors.ts';
import { translator } from '../../shared/i18n/index.ts';

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

/** `withCliApp` under the data folder's write lock, for a command that writes (`command` names it to whoever is refused). */
export function withCliAppWriting<T>(dataDir: string, command: string, fn: (ctx: AppContext) => Promise<T>): Promise<T> {
  return withWriteLock(dataDir, command, () => withCliApp(dataDir, fn));
}

/** Rethrows a refusal (an AppError) as one CliError line in the data folder's language; anything else as it is. */
export function rethrowAsCliError(ctx: AppContext, e: unknown): never {
  if (e instanceof AppError) throw new CliError(appErrorText(translator(ctx.language()), e));
  throw e;
}
