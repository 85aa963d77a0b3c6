import type { AppContext } from './app-context.ts';
import type { DataLock } from './data-lock.ts';

/**
 * The desktop app's own database while it runs: closing it stops the backup schedule and
 * waits for a backup already running (the copy reads the open database: closing it under
 * the copy failed that backup), then closes the database and releases the data folder.
 * Closing twice is the first close.
 */
export function localDatabase(ctx: AppContext, lock: DataLock | undefined, stopBackups: () => Promise<void>): { ctx: AppContext; close: () => Promise<void> } {
  let closed: Promise<void> | null = null;
  return {
    ctx,
    close: () =>
      (closed ??= (async () => {
        try {
          await stopBackups();
        } finally {
          if (ctx.db.open) ctx.db.close();
          lock?.release();
        }
      })()),
  };
}

/** What Electron's `will-quit` gives: the quit can be held back. */
export interface QuitEvent {
  preventDefault: () => void;
}

/**
 * Electron's `will-quit` does not wait for promises: with work still to finish (a running
 * backup, the office server's requests), the quit is held, the work runs, and then the app
 * quits for real. `takeWork` hands over what is left and forgets it, so that second quit
 * passes straight through. A failure is logged: the app still quits.
 */
export function quitAfterWork(event: QuitEvent, takeWork: () => (() => Promise<void>) | undefined, quit: () => void, log: (message: string, e: unknown) => void): void {
  const work = takeWork();
  if (!work) return;
  event.preventDefault();
  void work()
    .catch((e: unknown) => log('[sipena] shutting down failed', e))
    .finally(quit);
}
