import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';

export type { Db };

/**
 * Opens the case database with the settings these records need: WAL for concurrent
 * readers, synchronous=FULL so a committed write survives a power cut, foreign keys,
 * and a busy timeout so a backup or the CLI never makes the app fail at once.
 */
export function openDatabase(file: string, options: { readonly?: boolean } = {}): Db {
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  db.pragma('busy_timeout = 5000');
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
  }
  db.pragma('foreign_keys = ON');
  return db;
}

/** `PRAGMA integrity_check` and `foreign_key_check`; returns the problems found (empty = healthy). */
export function checkDatabase(db: Db, mode: 'quick' | 'full' = 'full'): string[] {
  const rows = db.pragma(mode === 'quick' ? 'quick_check' : 'integrity_check') as { quick_check?: string; integrity_check?: string }[];
  const problems = rows.map((r) => r.quick_check ?? r.integrity_check ?? '').filter((m) => m !== 'ok');
  const fk = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  for (const f of fk) problems.push(`foreign key: ${f.table} row ${f.rowid} points to a missing ${f.parent}`);
  return problems;
}

/** Whether a table of that name exists (older or foreign files may lack tables this build has). */
export function tableExists(db: Db, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}
