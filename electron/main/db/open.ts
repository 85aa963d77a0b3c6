import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './connection.ts';
import { checkDatabase, openDatabase } from './connection.ts';
import { migrations as shippedMigrations } from './migrations/index.ts';
import { applyMigration } from './migrations/index.ts';
import type { Migration } from './migrations/index.ts';
import { compareSchema, describeSchemaDifference } from './schema-check.ts';
import { translator } from '../../../shared/i18n/index.ts';
import { errorText } from '../../../shared/error-text.ts';

export const DB_FILE_NAME = 'sipena.sqlite3';

/**
 * Work done on an existing, older database after it passed the read-only checks and before
 * the first migration runs; a throw leaves the file unmigrated. The app passes its
 * pre-migration backup (electron/main/backup/open-app-database.ts): db/ imports no feature.
 */
export type BeforeMigrate = (db: Db, now: () => Date) => Promise<void>;

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

/**
 * The schema version of an existing database, read without writing to it. A file that
 * exists must be a Sipena register: SQLite would happily treat a 0-byte file (a disk
 * that lost the data, a copy that failed) or a database without our schema as a new
 * empty database, and the first caller would then become administrator of an empty
 * register. Both are refused as damaged, so the recovery screen opens instead.
 */
function readVersionReadOnly(file: string, migrations: Migration[]): number {
  let db: Db | undefined;
  try {
    if (statSync(file).size === 0) throw new DatabaseDamagedError(file, 'the file is empty (0 bytes) and holds no register');
    db = openDatabase(file, { readonly: true });
    const problems = checkDatabase(db, 'quick');
    if (problems.length > 0) throw new DatabaseDamagedError(file, problems[0] ?? 'unknown');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version < 1) throw new DatabaseDamagedError(file, 'the file has no Sipena schema (version 0)');
    // A trigger, view or index Sipena did not create (or one of its protective triggers
    // dropped) means the file was edited outside the app: it is not trusted with new work.
    const latest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
    const differences = version <= latest ? compareSchema(db, migrations) : [];
    if (differences.length > 0) {
      const t = translator('en');
      throw new DatabaseDamagedError(file, `its schema differs from the one Sipena creates: ${differences.map((d) => describeSchemaDifference(d, t)).join('; ')}`);
    }
    return version;
  } catch (e) {
    if (e instanceof DatabaseDamagedError) throw e;
    throw new DatabaseDamagedError(file, errorText(e));
  } finally {
    db?.close();
  }
}

/** True when the data folder has backups: its register existed, so a missing file is a loss, not a first launch. */
function hasBackups(dataDir: string): boolean {
  const dir = join(dataDir, 'backups');
  return existsSync(dir) && readdirSync(dir).some((n) => /^sipena-.+\.sqlite3$/.test(n));
}

/**
 * Creates a new register: migrated under a temporary name and renamed into place only
 * when complete, so the database file either does not exist or holds a whole schema (a
 * crash during the first start never leaves a half-made file that later looks damaged).
 */
function createDatabase(file: string, migrations: Migration[]): void {
  const temp = `${file}.creating-${process.pid}`;
  for (const ext of ['', '-wal', '-shm', '-journal']) rmSync(temp + ext, { force: true });
  const db = openDatabase(temp);
  try {
    for (const m of migrations) {
      applyMigration(db, m);
    }
    db.close();
    renameSync(temp, file);
  } catch (e) {
    if (db.open) db.close();
    for (const ext of ['', '-wal', '-shm', '-journal']) rmSync(temp + ext, { force: true });
    throw e;
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
  beforeMigrate?: BeforeMigrate,
): Promise<{ db: Db; file: string; migratedFrom: number }> {
  const latest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, DB_FILE_NAME);
  // Only a folder with neither a database nor backups is a first launch.
  if (!existsSync(file)) {
    if (hasBackups(dataDir)) throw new DatabaseDamagedError(file, 'the database file is missing but the data folder has backups; restore one of them');
    createDatabase(file, migrations);
    return { db: openDatabase(file), file, migratedFrom: 0 };
  }
  const found = readVersionReadOnly(file, migrations);
  if (found > latest) throw new DatabaseTooNewError(found, latest);

  const db = openDatabase(file);
  try {
    if (found < latest) {
      await beforeMigrate?.(db, now);
    }
    for (const m of migrations) {
      if (m.version <= found) continue;
      applyMigration(db, m);
    }
  } catch (e) {
    db.close();
    throw e;
  }
  return { db, file, migratedFrom: found };
}
