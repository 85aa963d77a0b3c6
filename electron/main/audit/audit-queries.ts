/** The audit_log table's statements: the append, the chain walk and the reads of the trail. */
import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/connection.ts';
import { cachedStatement } from '../db/connection.ts';

/** One audit_log row as stored. */
export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
  reason: string | null;
  prev_hash: string;
  hash: string;
}

/**
 * The statements of the append (the chain's tip, the insert), prepared once per connection
 * (cachedStatement): bulk writers (demo data, imports) append thousands of rows.
 */
export function auditStatements(db: Db): { last: Statement; insert: Statement } {
  return {
    last: cachedStatement(db, 'SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1'),
    insert: cachedStatement(
      db,
      `INSERT INTO audit_log (at, actor, action, entity, entity_id, before_json, after_json, reason, prev_hash, hash)
       VALUES (@at, @actor, @action, @entity, @entity_id, @before_json, @after_json, @reason, @prev_hash, @hash)`,
    ),
  };
}

/** Every row in order, one at a time (the trail can be large). */
export function iterateAuditRows(db: Db): IterableIterator<AuditRow> {
  return db.prepare('SELECT * FROM audit_log ORDER BY id').iterate() as IterableIterator<AuditRow>;
}

/** The audit rows of one entity, oldest first: the raw material of a case timeline. */
export function auditHistory(db: Db, entity: string, entityId: string | number): AuditRow[] {
  return db.prepare('SELECT * FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id').all(entity, String(entityId)) as AuditRow[];
}

/** The cases with an audited change at or after `at` (an ISO instant): what a bundle export `--from DATE` counts as changed. */
export function selectCaseIdsAuditedSince(db: Db, at: string): number[] {
  return (db.prepare("SELECT DISTINCT CAST(entity_id AS INTEGER) AS id FROM audit_log WHERE entity = 'case' AND at >= ?").all(at) as { id: number }[]).map((r) => r.id);
}

/** The newest row's id and hash (rows are never deleted, so the id is also the row count), read through the primary key. */
export function selectAuditTip(db: Db): { id: number; hash: string } | undefined {
  return db.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string } | undefined;
}

/** How many rows the trail really holds (differs from the tip's id only when rows were deleted outside the app). */
export function countAuditRows(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
}

/** The stored hash of one row, or undefined when that row is gone. */
export function selectAuditHash(db: Db, id: number): string | undefined {
  return (db.prepare('SELECT hash FROM audit_log WHERE id = ?').get(id) as { hash: string } | undefined)?.hash;
}

/** When the newest audited change (of one action, when given) was made, or null. */
export function lastAuditAt(db: Db, action?: string): string | null {
  const row = (
    action === undefined
      ? db.prepare('SELECT at FROM audit_log ORDER BY id DESC LIMIT 1').get()
      : db.prepare('SELECT max(at) AS at FROM audit_log WHERE action = ?').get(action)
  ) as { at: string | null } | undefined;
  return row?.at ?? null;
}

/** The newest audit row of one record (who changed it last and when), or undefined. */
export function lastAuditOf(db: Db, entity: string, entityId: string | number): { id: number; actor: string; at: string } | undefined {
  return db.prepare('SELECT id, actor, at FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id DESC LIMIT 1').get(entity, String(entityId)) as
    | { id: number; actor: string; at: string }
    | undefined;
}
