import { mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Db } from './connection.ts';
import Database from 'better-sqlite3';
import { checkDatabase } from './connection.ts';

export class BackupVerificationError extends Error {}

/**
 * Copies a live database with SQLite's online backup API (consistent even while the app
 * writes), then opens the copy and runs integrity_check on it. A copy that fails the
 * check is deleted and the call throws: an unverified backup is worse than none.
 */
export async function backupDatabase(
  db: Db,
  target: string,
  onProgress?: (done: number, total: number) => void,
): Promise<{ file: string; pages: number }> {
  mkdirSync(dirname(target), { recursive: true });
  let pages = 0;
  await db.backup(target, {
    // 256 pages per step: the event loop (and with it the UI's IPC) runs between steps.
    progress: ({ totalPages, remainingPages }) => {
      pages = totalPages;
      onProgress?.(totalPages - remainingPages, totalPages);
      return 256;
    },
  });
  // The copy inherits WAL mode; switch it back so a backup is one self-contained file
  // that can be copied to a USB stick as is.
  const copy = new Database(target);
  try {
    copy.pragma('journal_mode = DELETE');
    const problems = checkDatabase(copy, 'full');
    if (problems.length > 0) throw new BackupVerificationError(`backup ${target} failed integrity_check: ${problems[0]}`);
  } catch (e) {
    copy.close();
    rmSync(target, { force: true });
    throw e;
  }
  copy.close();
  return { file: target, pages };
}
