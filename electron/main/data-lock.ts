import { hostname } from 'node:os';
import { join } from 'node:path';
import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';

/**
 * One process at a time writes a data folder. SQLite's own locks protect single
 * transactions, not a restore that renames another file over the database: a process
 * that still has the old file open keeps acknowledging writes into it, and they are lost.
 * So the desktop app, the browser harness and every writing CLI command hold
 * `<data>/sipena.lock` while they run.
 *
 * Chosen over a library such as proper-lockfile: that one detects staleness by the lock's
 * age (a long-running app must keep refreshing it) and says nothing about who holds it.
 * Here the file names its holder (pid, host, what it is, since when) for the refusal
 * message, is created atomically (written under a temp name, then hard-linked into
 * place, which fails if a lock exists, so no reader ever sees a half-written lock), and
 * is stale when its process no longer runs on this host. A lock from another host (a
 * data folder on a share) cannot be checked and is respected.
 */
export const LOCK_FILE_NAME = 'sipena.lock';

export interface LockHolder {
  pid: number;
  host: string;
  /** What holds it, e.g. "Sipena desktop app", "Sipena web harness", 'admin CLI "restore"'. */
  what: string;
  since: string;
}

export class DataFolderLockedError extends Error {
  readonly holder: LockHolder;
  readonly dataDir: string;
  constructor(dataDir: string, holder: LockHolder) {
    super(`the data folder ${dataDir} is in use by ${describeHolder(holder)}`);
    this.holder = holder;
    this.dataDir = dataDir;
  }
}

/** "Sipena web harness (pid 1234 on pc-inspektorat, since 2024-11-04T03:00:00.000Z)". */
export function describeHolder(h: LockHolder): string {
  return `${h.what} (pid ${h.pid} on ${h.host}, since ${h.since})`;
}

function parse(text: string): LockHolder | undefined {
  try {
    const v = JSON.parse(text) as Partial<LockHolder>;
    if (typeof v.pid !== 'number' || typeof v.host !== 'string' || typeof v.what !== 'string' || typeof v.since !== 'string') return undefined;
    return v as LockHolder;
  } catch {
    return undefined;
  }
}

/** The current holder of a data folder's lock, if any (read-only commands use it to warn, never to refuse). */
export function readDataLock(dataDir: string): LockHolder | undefined {
  try {
    return parse(readFileSync(join(dataDir, LOCK_FILE_NAME), 'utf8'));
  } catch {
    return undefined;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lock whose process is gone (killed, crashed, power cut) on this host, or a file that is not a lock at all. */
function isStale(holder: LockHolder | undefined): boolean {
  if (!holder) return true;
  return holder.host === hostname() && !alive(holder.pid);
}

export interface DataLock {
  holder: LockHolder;
  release: () => void;
}

/**
 * Takes the data folder's lock for this process or throws DataFolderLockedError naming
 * the holder. Released by `release()` and, as a safety net, when the process exits.
 */
export function acquireDataLock(dataDir: string, what: string, now: Date = new Date()): DataLock {
  const file = join(dataDir, LOCK_FILE_NAME);
  const holder: LockHolder = { pid: process.pid, host: hostname(), what, since: now.toISOString() };
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(holder)}\n`);
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        linkSync(temp, file);
        break;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      let text = '';
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        continue; // released meanwhile: try again
      }
      const current = parse(text);
      if (!isStale(current) || attempt >= 3) throw new DataFolderLockedError(dataDir, current ?? holder);
      // Move the stale lock out of the way under a name of our own. If another process
      // replaced it with a fresh lock between our read and the rename, put that one back.
      const aside = `${file}.stale-${process.pid}`;
      try {
        renameSync(file, aside);
      } catch {
        continue;
      }
      const moved = readFileSync(aside, 'utf8');
      if (moved !== text) {
        try {
          linkSync(aside, file);
        } catch {
          // someone else holds it now; the next attempt reads who
        }
      }
      rmSync(aside, { force: true });
    }
  } finally {
    rmSync(temp, { force: true });
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    // Only our own lock is removed.
    if (readDataLock(dataDir)?.pid === process.pid) rmSync(file, { force: true });
  };
  process.on('exit', release);
  return { holder, release };
}
