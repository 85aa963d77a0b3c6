import Database from 'better-sqlite3';
import type { Database as Db, Statement } from 'better-sqlite3';

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

const statements = new WeakMap<Db, Map<string, Statement>>();

/**
 * The statement for `sql` on this connection, prepared the first time it is asked for and
 * the same object after. Each `db.prepare` holds its compiled program in native memory until
 * the JavaScript object is collected, which V8 does not hurry to do: a query run once per
 * case of a 1,000-case bundle, prepared afresh each time, piles up a thousand of them.
 * For fixed SQL run with get, all or run only: an `iterate` keeps the statement busy until
 * it ends (a second caller would be refused), and pluck or raw would change it for every
 * later caller; SQL built from values would fill the map.
 */
export function cachedStatement(db: Db, sql: string): Statement {
  let byText = statements.get(db);
  if (!byText) {
    byText = new Map();
    statements.set(db, byText);
  }
  let s = byText.get(sql);
  if (!s) {
    s = db.prepare(sql);
    byText.set(sql, s);
  }
  return s;
}
