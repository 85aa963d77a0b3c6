import { existsSync, statSync, statfsSync } from 'node:fs';
import type { AppContext } from '../app-context.ts';
import { backupsDir, newestBackup } from '../backup/backup-service.ts';
import { signedInUsers } from '../accounts/presence.ts';
import type { BackupRun, ServerStatus } from '../../../shared/system/server-status.ts';

/** What only the office server knows (its sessions, its backup schedule); registered by it per context. */
export interface ServerStatusSource {
  sessions: () => number;
  lastRun: () => BackupRun | null;
  intervalMinutes: number;
  copyDir: string | null;
  changesPending: () => boolean;
}

const sources = new WeakMap<AppContext, ServerStatusSource>();

/** The office server registers itself here (electron/server/main.ts); the desktop app does not. */
export function setServerStatusSource(ctx: AppContext, source: ServerStatusSource): void {
  sources.set(ctx, source);
}

function diskOf(dir: string | null): { free: number | null; total: number | null } {
  if (!dir || !existsSync(dir)) return { free: null, total: null };
  try {
    const s = statfsSync(dir);
    return { free: s.bavail * s.bsize, total: s.blocks * s.bsize };
  } catch {
    return { free: null, total: null };
  }
}

function sizeOf(file: string): number {
  return existsSync(file) ? statSync(file).size : 0;
}

/** `server:status`: the administrator's status screen (in the desktop app the same screen about this PC). */
export function serverStatus(ctx: AppContext): ServerStatus {
  const source = sources.get(ctx);
  const newest = newestBackup(backupsDir(ctx.dataDir));
  const disk = diskOf(ctx.dataDir);
  const users = signedInUsers(ctx).map((u) => ({ username: u.username, displayName: u.displayName }));
  const dbFile = ctx.db.name;
  return {
    mode: source ? 'server' : 'desktop',
    clients: { sessions: source ? source.sessions() : users.length, users },
    backups: {
      newest: newest ? { name: newest.name, createdAt: newest.createdAt, verified: newest.verified } : null,
      lastRun: source?.lastRun() ?? null,
      intervalMinutes: source?.intervalMinutes ?? null,
      copyDir: source?.copyDir ?? null,
      changesPending: source?.changesPending() ?? false,
    },
    disk: { dataDir: ctx.dataDir, freeBytes: disk.free, totalBytes: disk.total, copyFreeBytes: diskOf(source?.copyDir ?? null).free },
    database: { bytes: sizeOf(dbFile), walBytes: sizeOf(`${dbFile}-wal`) },
  };
}
