import type { AppContext } from '../app-context.ts';
import { createBackup, listBackups, backupsDir, rotateBackups } from './backup-service.ts';
import { exclusive, recoveryStatus } from './maintenance.ts';
import { errorText } from '../../../shared/error-text.ts';

const DAY_MS = 86_400_000;

/** Takes the automatic backup due now, if any: `start` when asked, `daily` when the newest routine backup is a day old. */
export async function runScheduledBackup(ctx: AppContext, reason: 'start' | 'tick'): Promise<string | null> {
  if (recoveryStatus(ctx).mode === 'recovery') return null;
  return exclusive(ctx, async () => {
    const now = ctx.now();
    if (reason === 'tick') {
      const newest = listBackups(backupsDir(ctx.dataDir)).find((b) => b.kind === 'start' || b.kind === 'daily');
      if (newest && now.getTime() - new Date(newest.createdAt).getTime() < DAY_MS) return null;
    }
    const { info } = await createBackup(ctx, reason === 'start' ? 'start' : 'daily');
    rotateBackups(ctx.dataDir, now);
    return info.name;
  });
}

/**
 * Automatic backups while the app runs: one shortly after start, then a check every `intervalMs`
 * (default hourly) that takes a daily backup when the last one is a day old. Failures
 * are logged, never fatal. Returns a function that stops the timers and resolves once a
 * backup already running has finished.
 */
export function startBackupSchedule(ctx: AppContext, opts: { startDelayMs?: number; intervalMs?: number; log?: (line: string) => void } = {}): () => Promise<void> {
  const log = opts.log ?? ((l: string) => console.error(`[sipena] ${l}`));
  // The backup in progress, so that stopping can wait for it: closing the database under a
  // running copy failed it (a server stopped a few seconds after start lost its start backup).
  let running: Promise<unknown> = Promise.resolve();
  const run = (reason: 'start' | 'tick') => {
    running = runScheduledBackup(ctx, reason).catch((e: unknown) => log(`automatic backup failed: ${errorText(e)}`));
  };
  // A few seconds after start, so the window and the first screens do not wait on the copy.
  const first = setTimeout(() => run('start'), opts.startDelayMs ?? 5_000);
  const timer = setInterval(() => run('tick'), opts.intervalMs ?? 3_600_000);
  first.unref();
  timer.unref();
  return async () => {
    clearTimeout(first);
    clearInterval(timer);
    await running;
  };
}
