import { createHash } from 'node:crypto';
import type { Db } from '../db/connection.ts';
import type { Statement } from 'better-sqlite3';
import { canonicalJson } from '../../../shared/canonical-json.ts';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  actor: string;
  action: string;
  entity: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

interface AuditRow {
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

/** The hash of one row: SHA-256 over the previous hash and the row's canonical form. */
export function hashAuditRow(row: Omit<AuditRow, 'id' | 'hash'>): string {
  const { prev_hash, ...fields } = row;
  return createHash('sha256').update(prev_hash).update('\n').update(canonicalJson(fields)).digest('hex');
}

/**
 * Appends one audit row chained to the previous one. Must run inside the caller's
 * transaction so the change and its record commit together or not at all.
 */
export function appendAudit(db: Db, entry: AuditEntry, at: Date): void {
  if (!db.inTransaction) throw new Error('appendAudit must run inside the mutation transaction');
  const stmts = auditStatements(db);
  const last = stmts.last.get() as { hash: string } | undefined;
  const row = {
    at: at.toISOString(),
    actor: entry.actor,
    action: entry.action,
    entity: entry.entity,
    entity_id: String(entry.entityId),
    before_json: entry.before === undefined ? null : canonicalJson(entry.before),
    after_json: entry.after === undefined ? null : canonicalJson(entry.after),
    reason: entry.reason ?? null,
    prev_hash: last?.hash ?? GENESIS_HASH,
  };
  stmts.insert.run({ ...row, hash: hashAuditRow(row) });
}

// Prepared once per connection: bulk writers (demo data, imports) append thousands of rows.
const prepared = new WeakMap<Db, { last: Statement; insert: Statement }>();

function auditStatements(db: Db): { last: Statement; insert: Statement } {
  let s = prepared.get(db);
  if (!s) {
    s = {
      last: db.prepare('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1'),
      insert: db.prepare(
        `INSERT INTO audit_log (at, actor, action, entity, entity_id, before_json, after_json, reason, prev_hash, hash)
         VALUES (@at, @actor, @action, @entity, @entity_id, @before_json, @after_json, @reason, @prev_hash, @hash)`,
      ),
    };
    prepared.set(db, s);
  }
  return s;
}

/** Walks the chain in order; returns the id of the first row whose link or hash is wrong. */
export function verifyAuditChain(db: Db): { ok: true; rows: number } | { ok: false; rows: number; firstBrokenId: number } {
  let prev = GENESIS_HASH;
  let rows = 0;
  for (const r of db.prepare('SELECT * FROM audit_log ORDER BY id').iterate() as IterableIterator<AuditRow>) {
    rows++;
    const { id, hash, ...rest } = r;
    if (r.prev_hash !== prev || hashAuditRow(rest) !== hash) return { ok: false, rows, firstBrokenId: id };
    prev = hash;
  }
  return { ok: true, rows };
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
