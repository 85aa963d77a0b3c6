import Database from 'better-sqlite3';
import type { Db } from '../../electron/main/db/connection.ts';
import { applyMigration, migrations } from '../../electron/main/db/migrations/index.ts';

/**
 * Migration tests: a database built by the shipped migrations up to `version` (in memory,
 * foreign keys on as the app opens them), so a test can put in the rows an older Sipena
 * wrote and then run the next migration over them with `migrateTo`.
 */
export function databaseAt(version: number): Db {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrateTo(db, version);
  return db;
}

/** Runs the shipped migrations after the database's own version, up to and including `version`. */
export function migrateTo(db: Db, version: number): void {
  const from = db.pragma('user_version', { simple: true }) as number;
  if (version < from) throw new Error(`the database is already at version ${from}`);
  for (const m of migrations) if (m.version > from && m.version <= version) applyMigration(db, m);
}

/** The latest shipped version. */
export const LATEST = migrations.reduce((max, m) => Math.max(max, m.version), 0);
