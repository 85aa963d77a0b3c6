/** One automatic backup run of the office server (electron/server/server-backups.ts). */
export interface BackupRun {
  /** When it started (ISO). */
  at: string;
  kind: 'periodic' | 'letter';
  /** The backup's file name in backups/, null when it failed before it had one. */
  name: string | null;
  ok: boolean;
  /** Why it failed (English, from the file system or SQLite), null when it worked. */
  error: string | null;
  /** The second folder (--backup-copy), when configured. */
  copy: { dir: string; ok: boolean; error: string | null } | null;
}

/** The administrator's status screen: what the office server is doing and whether its data is safe. */
export interface ServerStatus {
  mode: 'server' | 'desktop';
  /** Signed-in sessions now (a user with two browsers counts twice) and the distinct users. */
  clients: { sessions: number; users: { username: string; displayName: string }[] };
  backups: {
    /** The newest backup in backups/ (any kind), from its name and manifest. */
    newest: { name: string; createdAt: string; verified: boolean } | null;
    /** The server's last automatic run and its result; null in the desktop app or before the first. */
    lastRun: BackupRun | null;
    /** Minutes between periodic backups while there are changes; null in the desktop app. */
    intervalMinutes: number | null;
    copyDir: string | null;
    /** Changes since the last backup (they go into the next one). */
    changesPending: boolean;
  };
  disk: { dataDir: string; freeBytes: number | null; totalBytes: number | null; copyFreeBytes: number | null };
  database: { bytes: number; walBytes: number };
}
