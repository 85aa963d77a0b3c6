import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createBackup } from '../backup/backup-service.ts';
import type { Db } from './connection.ts';
import { checkDatabase, openDatabase } from './connection.ts';
import { migrations as shippedMigrations } from './migrations/index.ts';
import type { Migration } from './migrations/index.ts';

export const DB_FILE_NAME = 'sipena.sqlite3';

/** The database on disk was written by a newer Sipena: it is refused and left untouched. */
export class DatabaseTooNewError extends Error {
  readonly found: number;
  readonly supported: number;
  constructor(found: number, supported: number) {
    super(`Database version ${found} is newer than this Sipena supports (${supported}); update Sipena. The file was not changed.`);
    this.found = found;
    this.supported = supported;
  }
}

/** The database file fails SQLite's checks or is not a database at all. */
export class DatabaseDamagedError extends Error {
  readonly file: string;
  readonly problem: string;
  constructor(file: string, problem: string) {
    super(`Database ${file} is damaged: ${problem}. Restore it from a backup (nothing was overwritten).`);
    this.file = file;
    this.problem = problem;
  }
}

function readVersionReadOnly(file: string): number {
  let db: Db | undefined;
  try {
    db = openDatabase(file, { readonly: true });
    const problems = checkDatabase(db, 'quick');
    if (problems.length > 0) throw new DatabaseDamagedError(file, problems[0] ?? 'unknown');
    return db.pragma('user_version', { simple: true }) as number;
  } catch (e) {
    if (e instanceof DatabaseDamagedError) throw e;
    throw new DatabaseDamagedError(file, e instanceof Error ? e.message : String(e));
  } finally {
    db?.close();
  }
}

/**
 * Opens (creating if needed) the case database in `dataDir` and brings it to the latest
 * schema. An existing file is first inspected read-only, so a damaged or newer database
 * is never written to; an older one is backed up and verified before any migration runs.
 */
export async function openCaseDatabase(
  dataDir: string,
  now: () => Date = () => new Date(),
  migrations: Migration[] = shippedMigrations,
): Promise<{ db: Db; file: string; migratedFrom: number }> {
  const latest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, DB_FILE_NAME);
  const existed = existsSync(file);
  const found = existed ? readVersionReadOnly(file) : 0;
  if (found > latest) throw new DatabaseTooNewError(found, latest);

  const db = openDatabase(file);
  try {
    if (existed && found > 0 && found < latest) {
      // Named, manifested and rotated like every other backup (electron/main/backup/).
      await createBackup({ db, dataDir, now }, 'pre-migration');
    }
    for (const m of migrations) {
      if (m.version <= found) continue;
      db.transaction(() => {
        m.up(db);
        db.pragma(`user_version = ${m.version}`);
      })();
    }
  } catch (e) {
    db.close();
    throw e;
  }
  return { db, file, migratedFrom: found };
}
