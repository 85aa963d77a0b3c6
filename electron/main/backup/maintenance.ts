import { AppError } from '../errors.ts';
import type { AppContext } from '../app-context.ts';
import type { RecoveryStatus } from '../../../shared/backup/types.ts';

interface MaintenanceState {
  recovery?: Extract<RecoveryStatus, { mode: 'recovery' }>;
  restoring?: boolean;
  /** Tail of the queue of backup/restore operations: they never overlap. */
  queue: Promise<unknown>;
}

// Keyed by the context object rather than a field on it, so AppContext stays as it is
// for every other feature.
const states = new WeakMap<AppContext, MaintenanceState>();

function stateOf(ctx: AppContext): MaintenanceState {
  let s = states.get(ctx);
  if (!s) {
    s = { queue: Promise.resolve() };
    states.set(ctx, s);
  }
  return s;
}

/** Marks a context as the recovery-mode context (damaged or newer database). */
export function enterRecovery(ctx: AppContext, status: Extract<RecoveryStatus, { mode: 'recovery' }>): void {
  stateOf(ctx).recovery = status;
}

/** Back to normal after a successful restore. */
export function leaveRecovery(ctx: AppContext): void {
  delete stateOf(ctx).recovery;
}

/** Normal, or the reason the app started in recovery mode. */
export function recoveryStatus(ctx: AppContext): RecoveryStatus {
  return states.get(ctx)?.recovery ?? { mode: 'normal' };
}

/** Sets the flag that refuses every other call while the database file is being replaced. */
export function setRestoring(ctx: AppContext, on: boolean): void {
  stateOf(ctx).restoring = on;
}

/** True while a restore swaps the database file (ctx.db is then a stand-in without accounts). */
export function isRestoring(ctx: AppContext): boolean {
  return states.get(ctx)?.restoring === true;
}

/** Runs backup and restore work one at a time per app: a restore never closes the database under a running backup. */
export function exclusive<T>(ctx: AppContext, fn: () => Promise<T>): Promise<T> {
  const s = stateOf(ctx);
  const run = s.queue.then(fn, fn);
  s.queue = run.catch(() => undefined);
  return run;
}

/**
 * Throws the clear error a call gets in recovery mode or during a restore, instead of touching
 * a closed or placeholder database. dispatch calls it for every channel whose policy lacks
 * `duringRestore`.
 */
export function assertDatabaseAvailable(ctx: AppContext): void {
  const s = states.get(ctx);
  if (s?.recovery) throw new AppError('CONFLICT', 'recovery.onlyRecovery');
  if (s?.restoring) throw new AppError('CONFLICT', 'backup.restoreInProgress');
}
