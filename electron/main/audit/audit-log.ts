/** The audit trail's hash chain: each row hashed over the one before it, appended inside the change's transaction. */
import { createHash } from 'node:crypto';
import type { Db } from '../db/connection.ts';
import { canonicalJson } from '../../../shared/canonical-json.ts';
import { auditStatements, iterateAuditRows } from './audit-queries.ts';
import type { AuditRow } from './audit-queries.ts';

/** The previous hash of the first row. */
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

/** Walks the chain in order; returns the id of the first row whose link or hash is wrong. */
export function verifyAuditChain(db: Db): { ok: true; rows: number } | { ok: false; rows: number; firstBrokenId: number } {
  let prev = GENESIS_HASH;
  let rows = 0;
  for (const r of iterateAuditRows(db)) {
    rows++;
    const { id, hash, ...rest } = r;
    if (r.prev_hash !== prev || hashAuditRow(rest) !== hash) return { ok: false, rows, firstBrokenId: id };
    prev = hash;
  }
  return { ok: true, rows };
}
