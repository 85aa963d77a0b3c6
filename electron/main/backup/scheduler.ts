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
 * are logged, never fatal. Returns a function that stops the timer.
 */
export function startBackupSchedule(ctx: AppContext, opts: { startDelayMs?: number; intervalMs?: number; log?: (line: string) => void } = {}): () => void {
  const log = opts.log ?? ((l: string) => console.error(`[sipena] ${l}`));
  const run = (reason: 'start' | 'tick') =>
    runScheduledBackup(ctx, reason).catch((e: unknown) => log(`automatic backup failed: ${errorText(e)}`));
  // A few seconds after start, so the window and the first screens do not wait on the copy.
  const first = setTimeout(() => void run('start'), opts.startDelayMs ?? 5_000);
  const timer = setInterval(() => void run('tick'), opts.intervalMs ?? 3_600_000);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
