/**
 * The one door to what a sending office keeps of its exported bundles (migration 32):
 * bundle_outbox and bundle_outbox_cases. Every statement on those tables lives here.
 */
import type { Db } from '../db/connection.ts';

export interface NewOutboxBundle {
  bundleId: string;
  fileName: string;
  fileSha256: string;
  exportedAt: string;
  exportedBy: string;
  withEvidence: boolean;
  caseCount: number;
  letterCount: number;
  evidenceCount: number;
}

export interface OutboxBundleRow extends NewOutboxBundle {
  id: number;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  receiverCode: string | null;
  receiverName: string | null;
  receiptReceivedAt: string | null;
  receiptImported: number | null;
  receiptAlready: number | null;
  receiptRefused: number | null;
}

export interface OutboxCase {
  caseUuid: string;
  registerNo: string;
  revision: number;
  sha256: string;
  previousSha256: string | null;
}

export interface OutboxCaseRow extends OutboxCase {
  receiptOutcome: 'imported' | 'already' | 'refused' | null;
  receiptReason: string | null;
}

const BUNDLE_COLUMNS = `id, bundle_id AS bundleId, file_name AS fileName, file_sha256 AS fileSha256, exported_at AS exportedAt, exported_by AS exportedBy,
  with_evidence AS withEvidence, case_count AS caseCount, letter_count AS letterCount, evidence_count AS evidenceCount,
  acknowledged_at AS acknowledgedAt, acknowledged_by AS acknowledgedBy, receiver_code AS receiverCode, receiver_name AS receiverName,
  receipt_received_at AS receiptReceivedAt, receipt_imported AS receiptImported, receipt_already AS receiptAlready, receipt_refused AS receiptRefused`;

type RawBundle = Omit<OutboxBundleRow, 'withEvidence'> & { withEvidence: number };
const toBundle = (r: RawBundle): OutboxBundleRow => ({ ...r, withEvidence: r.withEvidence === 1 });

/** Records an exported bundle and each case revision it carried; returns the outbox row id. */
export function insertOutboxBundle(db: Db, bundle: NewOutboxBundle, cases: readonly OutboxCase[]): number {
  const id = Number(
    db
      .prepare(
        `INSERT INTO bundle_outbox (bundle_id, file_name, file_sha256, exported_at, exported_by, with_evidence, case_count, letter_count, evidence_count)
         VALUES (@bundleId, @fileName, @fileSha256, @exportedAt, @exportedBy, @withEvidence, @caseCount, @letterCount, @evidenceCount)`,
      )
      .run({ ...bundle, withEvidence: bundle.withEvidence ? 1 : 0 }).lastInsertRowid,
  );
  const insert = db.prepare(
    `INSERT INTO bundle_outbox_cases (outbox_id, case_uuid, register_no, revision, sha256, previous_sha256)
     VALUES (@id, @caseUuid, @registerNo, @revision, @sha256, @previousSha256)`,
  );
  for (const c of cases) insert.run({ id, ...c });
  return id;
}

export function selectOutboxBundle(db: Db, bundleId: string): OutboxBundleRow | undefined {
  const r = db.prepare(`SELECT ${BUNDLE_COLUMNS} FROM bundle_outbox WHERE bundle_id = ?`).get(bundleId) as RawBundle | undefined;
  return r && toBundle(r);
}

/** The exported bundles, newest first. */
export function selectOutboxBundles(db: Db, limit: number): OutboxBundleRow[] {
  return (db.prepare(`SELECT ${BUNDLE_COLUMNS} FROM bundle_outbox ORDER BY id DESC LIMIT ?`).all(limit) as RawBundle[]).map(toBundle);
}

export function selectOutboxCases(db: Db, outboxId: number): OutboxCaseRow[] {
  return db
    .prepare(
      `SELECT case_uuid AS caseUuid, register_no AS registerNo, revision, sha256, previous_sha256 AS previousSha256,
              receipt_outcome AS receiptOutcome, receipt_reason AS receiptReason
       FROM bundle_outbox_cases WHERE outbox_id = ? ORDER BY register_no, case_uuid`,
    )
    .all(outboxId) as OutboxCaseRow[];
}

/** The cases of a bundle the receipt reported refused, with the reason. */
export function selectRefusedOutboxCases(db: Db, outboxId: number): { registerNo: string; revision: number; reason: string }[] {
  return db
    .prepare(
      `SELECT register_no AS registerNo, revision, coalesce(receipt_reason, '') AS reason FROM bundle_outbox_cases
       WHERE outbox_id = ? AND receipt_outcome = 'refused' ORDER BY register_no`,
    )
    .all(outboxId) as { registerNo: string; revision: number; reason: string }[];
}

/**
 * What was last sent of each case: the revision and case.json hash of its newest outbox row,
 * and the hash last sent of an older revision (what a resend of the same revision names as
 * its previous). Keyed by case_uuid.
 */
export function selectLastSent(db: Db): Map<string, { revision: number; sha256: string; previousSha256: string | null }> {
  const rows = db
    .prepare(
      `SELECT c.case_uuid AS caseUuid, c.revision, c.sha256, c.previous_sha256 AS previousSha256
       FROM bundle_outbox_cases c
       WHERE c.outbox_id = (SELECT max(x.outbox_id) FROM bundle_outbox_cases x WHERE x.case_uuid = c.case_uuid)`,
    )
    .all() as { caseUuid: string; revision: number; sha256: string; previousSha256: string | null }[];
  return new Map(rows.map(({ caseUuid, ...r }) => [caseUuid, r]));
}

/** Marks a bundle acknowledged by a verified receipt (the first acknowledgement stays; the counts are its cases' outcomes as recorded). */
export function acknowledgeOutbox(
  db: Db,
  id: number,
  ack: { at: string; by: string; receiverCode: string; receiverName: string; receivedAt: string; imported: number; already: number; refused: number },
): void {
  db.prepare(
    `UPDATE bundle_outbox SET acknowledged_at = coalesce(acknowledged_at, @at), acknowledged_by = coalesce(acknowledged_by, @by),
       receiver_code = @receiverCode, receiver_name = @receiverName, receipt_received_at = @receivedAt,
       receipt_imported = @imported, receipt_already = @already, receipt_refused = @refused
     WHERE id = @id`,
  ).run({ id, ...ack });
}

export function setOutboxCaseOutcome(db: Db, outboxId: number, caseUuid: string, outcome: 'imported' | 'already' | 'refused', reason: string | null): void {
  db.prepare('UPDATE bundle_outbox_cases SET receipt_outcome = ?, receipt_reason = ? WHERE outbox_id = ? AND case_uuid = ?').run(outcome, reason, outboxId, caseUuid);
}
