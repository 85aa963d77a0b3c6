import type { AppContext } from '../main/app-context.ts';
import { auditTip } from '../main/audit/audit-head.ts';
import type { AuditAnchor } from '../main/audit/audit-head.ts';
import { backupsDir, createBackup, listBackups, rotateBackupFolder, rotateBackups } from '../main/backup/backup-service.ts';
import { copyBackupToFolder } from '../main/backup/backup-folder-copy.ts';
import { readManifest } from '../main/backup/manifest.ts';
import { manifestNameFor } from '../main/backup/backup-names.ts';
import { exclusive, recoveryStatus } from '../main/backup/maintenance.ts';
import type { BackupRun } from '../../shared/system/server-status.ts';
import { errorText } from '../../shared/error-text.ts';
import { join } from 'node:path';

/** Every 30 minutes while there were changes: the office loses at most half an hour of work with the server PC. */
export const PERIODIC_BACKUP_MS = 30 * 60_000;

/** How the schedule waits: setInterval in the server, a hand-driven timer in tests (never the wall clock). */
export type Every = (ms: number, fn: () => void) => () => void;

const realEvery: Every = (ms, fn) => {
  const timer = setInterval(fn, ms);
  timer.unref();
  return () => clearInterval(timer);
};

export interface ServerBackupsOptions {
  ctx: AppContext;
  /** The optional second folder (another disk, a USB drive): `--backup-copy DIR`. */
  copyDir?: string | undefined;
  intervalMs?: number;
  every?: Every;
  log?: (line: string) => void;
}

/**
 * The office server's continuity backups: every 30 minutes if anything changed since the last
 * backup (the audit log's tip moved: every change writes an audit row), and after every issued
 * letter; each one the same verified backup as always (online backup API in steps, checked in a
 * worker thread, manifest, rename) into backups/, then copied whole into the second folder
 * when there is one, both rotated as usual. Runs one at a time with every other backup and
 * restore (`exclusive`); a letter issued while a backup runs is covered by one more run after
 * it, never by a pile of them. Failures are kept for the status screen and logged, never fatal.
 */
export class ServerBackups {
  readonly intervalMs: number;
  readonly copyDir: string | null;
  private readonly ctx: AppContext;
  private readonly log: (line: string) => void;
  private lastRunValue: BackupRun | null = null;
  /** A run waiting for the one in progress: later requests join it. */
  private queued: Promise<BackupRun | null> | null = null;
  private running: Promise<unknown> = Promise.resolve();
  private stopTimer: (() => void) | null = null;

  constructor(opts: ServerBackupsOptions) {
    this.ctx = opts.ctx;
    this.copyDir = opts.copyDir ?? null;
    this.intervalMs = opts.intervalMs ?? PERIODIC_BACKUP_MS;
    this.log = opts.log ?? ((l) => console.error(`[sipena server] ${l}`));
    this.stopTimer = (opts.every ?? realEvery)(this.intervalMs, () => void this.periodic());
  }

  /** The last automatic run and its result (null before the first). */
  get lastRun(): BackupRun | null {
    return this.lastRunValue;
  }

  /**
   * True when the data changed since the newest backup in backups/ (whoever took it: this
   * schedule, the start or daily backup, an administrator): its manifest holds the audit tip it
   * contains, and every change writes an audit row. A restart does not back up unchanged data.
   */
  changesPending(): boolean {
    const dir = backupsDir(this.ctx.dataDir);
    const newest = listBackups(dir)[0];
    const saved: AuditAnchor | null = newest ? (readManifest(join(dir, manifestNameFor(newest.name)))?.auditAnchor ?? null) : null;
    const tip = auditTip(this.ctx.db);
    return saved === null ? tip.rows > 0 : tip.rows !== saved.rows || tip.lastHash !== saved.lastHash;
  }

  /** The 30-minute tick: a backup only when something changed. */
  periodic(): Promise<BackupRun | null> {
    return this.request('periodic');
  }

  /** Called after every issued letter: the letter's number and bytes are in a backup within moments. */
  letterIssued(): Promise<BackupRun | null> {
    return this.request('letter');
  }

  /** Stops the timer and waits for a running backup to finish (the database is closed after). */
  async stop(): Promise<void> {
    this.stopTimer?.();
    this.stopTimer = null;
    await this.running.catch(() => undefined);
    await this.queued?.catch(() => undefined);
  }

  private request(kind: BackupRun['kind']): Promise<BackupRun | null> {
    if (this.queued) return this.queued;
    const run = this.running.then(() => {
      this.queued = null;
      return this.run(kind);
    });
    this.queued = run;
    this.running = run.catch(() => undefined);
    return run;
  }

  private async run(kind: BackupRun['kind']): Promise<BackupRun | null> {
    if (recoveryStatus(this.ctx).mode === 'recovery' || !this.ctx.db.open) return null;
    return exclusive(this.ctx, async () => {
      if (!this.changesPending()) return null;
      const at = this.ctx.now();
      const result: BackupRun = { at: at.toISOString(), kind, name: null, ok: false, error: null, copy: null };
      try {
        const written = await createBackup(this.ctx, kind);
        result.name = written.info.name;
        result.ok = true;
        if (this.copyDir) {
          // Copied before either folder is rotated: the backup just made is never rotated away first.
          result.copy = { dir: this.copyDir, ok: false, error: null };
          try {
            await copyBackupToFolder(this.ctx.dataDir, written.file, written.manifest, this.copyDir);
            rotateBackupFolder(this.copyDir, at);
            result.copy.ok = true;
          } catch (e) {
            result.copy.error = errorText(e);
            this.log(`backup copy to ${this.copyDir} failed: ${result.copy.error}`);
          }
        }
        rotateBackups(this.ctx.dataDir, at);
      } catch (e) {
        result.error = errorText(e);
        this.log(`automatic ${kind} backup failed: ${result.error}`);
      }
      this.lastRunValue = result;
      return result;
    });
  }
}
