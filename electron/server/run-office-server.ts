import { mkdirSync } from 'node:fs';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { openAppOrRecovery } from '../main/backup/recovery.ts';
import { acquireDataLock } from '../main/data-lock.ts';
import { startBackupSchedule } from '../main/backup/scheduler.ts';
import { handlers } from '../main/handlers.ts';
import type { AppContext } from '../main/app-context.ts';
import { setServerStatusSource } from '../main/system/server-status.ts';
import type { ListenAddress } from './listen-address.ts';
import { ensureServerCertificate } from './tls-certificate.ts';
import { startOfficeServer } from './office-server.ts';
import type { OfficeServer } from './office-server.ts';
import { ServerBackups } from './server-backups.ts';
import type { Every } from './server-backups.ts';
import { withBackupAfterIssue } from './letter-backup-hook.ts';

export interface RunOfficeServerOptions {
  dataDir: string;
  listen: ListenAddress;
  /** Where the certificate lives (default: the data folder). */
  tlsDir?: string | undefined;
  hostNames?: string[];
  rendererDir: string;
  resourcesDir: string;
  appVersion: string;
  /** `--backup-copy DIR`: every automatic server backup is also copied here. */
  backupCopyDir?: string | undefined;
  /** Who holds the data folder, as the lock names it. */
  holder?: string;
  every?: Every;
  /** The start and daily backups every Sipena takes (default on); tests that drive time switch them off. */
  routineBackups?: boolean;
}

export interface RunningOfficeServer {
  ctx: AppContext;
  server: OfficeServer;
  backups: ServerBackups;
  url: string;
  fingerprint: string;
  /** Stops taking requests, lets running ones finish, waits for a running backup, closes the database, releases the folder. */
  stop: () => Promise<void>;
}

/**
 * The office server as one call, shared by `npm run serve` (electron/server/main.ts) and the
 * desktop app's "Jalankan sebagai server kantor" (electron/main/server-mode.ts): lock the data
 * folder, make or reuse the certificate, open the database (or recovery mode), serve, and run
 * the backups (at start and daily as everywhere, plus the server's continuity backups).
 */
export async function runOfficeServer(opts: RunOfficeServerOptions): Promise<RunningOfficeServer> {
  const dataDir = resolve(opts.dataDir);
  mkdirSync(dataDir, { recursive: true });
  // The data folder is this process's while it runs: the one writer.
  const lock = acquireDataLock(dataDir, opts.holder ?? 'Sipena office server');
  try {
    const certificate = ensureServerCertificate(resolve(opts.tlsDir ?? dataDir), {
      dns: [...new Set(['localhost', hostname().toLowerCase(), ...(opts.hostNames ?? [])])],
      ips: [...new Set(['127.0.0.1', '::1', opts.listen.host])],
    });
    const ctx = await openAppOrRecovery({ dataDir, resourcesDir: opts.resourcesDir, appVersion: opts.appVersion });
    const backups = new ServerBackups({ ctx, copyDir: opts.backupCopyDir ? resolve(opts.backupCopyDir) : undefined, ...(opts.every ? { every: opts.every } : {}) });
    const serving = withBackupAfterIssue(handlers, () => void backups.letterIssued());
    let server: OfficeServer;
    try {
      server = await startOfficeServer({ ctx, handlers: serving, rendererDir: opts.rendererDir, listen: opts.listen, tls: certificate, hostNames: opts.hostNames ?? [] });
    } catch (e) {
      await backups.stop();
      ctx.db.close();
      throw e;
    }
    setServerStatusSource(ctx, {
      sessions: () => server.sessions.signedIn().length,
      lastRun: () => backups.lastRun,
      intervalMinutes: backups.intervalMs / 60_000,
      copyDir: backups.copyDir,
      changesPending: () => backups.changesPending(),
    });
    const stopSchedule = opts.routineBackups === false ? () => Promise.resolve() : startBackupSchedule(ctx);
    let stopped: Promise<void> | null = null;
    const stop = () =>
      (stopped ??= (async () => {
        const scheduled = stopSchedule();
        try {
          // Running requests finish first (a transaction is never cut short), then a running
          // backup, then the database closes and the data folder is released.
          await server.close();
          await scheduled;
          await backups.stop();
        } finally {
          if (ctx.db.open) ctx.db.close();
          lock.release();
        }
      })());
    return { ctx, server, backups, url: server.url, fingerprint: certificate.fingerprint, stop };
  } catch (e) {
    lock.release();
    throw e;
  }
}
