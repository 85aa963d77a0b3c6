import { mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Db } from './connection.ts';
import { checkDatabase, openDatabase } from './connection.ts';

export class BackupVerificationError extends Error {}

/**
 * Copies a live database with SQLite's online backup API (consistent even while the app
 * writes), then opens the copy and runs integrity_check on it. A copy that fails the
 * check is deleted and the call throws: an unverified backup is worse than none.
 */
export async function backupDatabase(db: Db, target: string): Promise<{ file: string; pages: number }> {
  mkdirSync(dirname(target), { recursive: true });
  let pages = 0;
  await db.backup(target, {
    progress: ({ totalPages }) => {
      pages = totalPages;
      return 256;
    },
  });
  const copy = openDatabase(target, { readonly: true });
  try {
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
