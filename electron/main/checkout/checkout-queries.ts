import type { Db } from '../db/connection.ts';
import type { CaseCheckout } from '../../../shared/checkout/types.ts';

/** The one door of case_checkouts and checkout_row_map (migration 31). */

const COLUMNS = `id, checkout_uuid AS checkoutUuid, side, case_id AS caseId, case_uuid AS caseUuid, register_no AS registerNo, revision,
  borrower, laptop_label AS laptopLabel, key_fingerprint AS keyFingerprint, checked_out_at AS checkedOutAt, checked_out_by AS checkedOutBy,
  returned_at AS returnedAt, returned_by AS returnedBy, return_sha256 AS returnSha256,
  cancelled_at AS cancelledAt, cancelled_by AS cancelledBy, cancel_reason AS cancelReason`;

export function selectCheckout(db: Db, id: number): CaseCheckout | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM case_checkouts WHERE id = ?`).get(id) as CaseCheckout | undefined;
}

export function selectCheckoutByUuid(db: Db, checkoutUuid: string, side: 'lent' | 'borrowed'): CaseCheckout | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM case_checkouts WHERE checkout_uuid = ? AND side = ?`).get(checkoutUuid, side) as CaseCheckout | undefined;
}

/** The office's open loan of a case (at most one: a partial unique index), or undefined. */
export function selectOpenLoan(db: Db, caseId: number): CaseCheckout | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM case_checkouts WHERE case_id = ? AND side = 'lent' AND returned_at IS NULL AND cancelled_at IS NULL`).get(caseId) as
    | CaseCheckout
    | undefined;
}

/** The laptop's copy of a borrowed case, or undefined. */
export function selectBorrowed(db: Db, caseId: number): CaseCheckout | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM case_checkouts WHERE case_id = ? AND side = 'borrowed'`).get(caseId) as CaseCheckout | undefined;
}

/** Every loan of a case, both sides, newest first: the case screen's history. */
export function selectCaseCheckouts(db: Db, caseId: number): CaseCheckout[] {
  return db.prepare(`SELECT ${COLUMNS} FROM case_checkouts WHERE case_id = ? ORDER BY id DESC`).all(caseId) as CaseCheckout[];
}

/** The office's open loans, newest first. */
export function selectOpenLoans(db: Db): CaseCheckout[] {
  return db.prepare(`SELECT ${COLUMNS} FROM case_checkouts WHERE side = 'lent' AND returned_at IS NULL AND cancelled_at IS NULL ORDER BY id DESC`).all() as CaseCheckout[];
}

/** Every case this laptop holds, newest first. */
export function selectAllBorrowed(db: Db): CaseCheckout[] {
  return db.prepare(`SELECT ${COLUMNS} FROM case_checkouts WHERE side = 'borrowed' ORDER BY id DESC`).all() as CaseCheckout[];
}

export interface NewCheckoutRow {
  checkoutUuid: string;
  side: 'lent' | 'borrowed';
  caseId: number;
  caseUuid: string;
  registerNo: string;
  revision: number;
  borrower: string;
  laptopLabel: string;
  keyFingerprint: string;
  publicKeyPem: string;
  privateKeyPem: string | null;
  checkedOutAt: string;
  checkedOutBy: string;
}

export function insertCheckout(db: Db, row: NewCheckoutRow): number {
  const r = db
    .prepare(
      `INSERT INTO case_checkouts (checkout_uuid, side, case_id, case_uuid, register_no, revision, borrower, laptop_label, key_fingerprint,
         public_key_pem, private_key_pem, checked_out_at, checked_out_by)
       VALUES (@checkoutUuid, @side, @caseId, @caseUuid, @registerNo, @revision, @borrower, @laptopLabel, @keyFingerprint,
         @publicKeyPem, @privateKeyPem, @checkedOutAt, @checkedOutBy)`,
    )
    .run(row);
  return Number(r.lastInsertRowid);
}

/** The loan's key pair: the public key verifies its check-in; the private key is held by the laptop only. */
export function selectCheckoutKeys(db: Db, id: number): { publicKeyPem: string; privateKeyPem: string | null } | undefined {
  return db.prepare('SELECT public_key_pem AS publicKeyPem, private_key_pem AS privateKeyPem FROM case_checkouts WHERE id = ?').get(id) as
    | { publicKeyPem: string; privateKeyPem: string | null }
    | undefined;
}

/** Ends a loan by its check-in: lifts the mark (the triggers read these columns). */
export function markReturned(db: Db, id: number, at: string, by: string, sha256: string | null): void {
  db.prepare('UPDATE case_checkouts SET returned_at = ?, returned_by = ?, return_sha256 = ? WHERE id = ? AND returned_at IS NULL AND cancelled_at IS NULL').run(at, by, sha256, id);
}

export function markCancelled(db: Db, id: number, at: string, by: string, reason: string): void {
  db.prepare('UPDATE case_checkouts SET cancelled_at = ?, cancelled_by = ?, cancel_reason = ? WHERE id = ? AND returned_at IS NULL AND cancelled_at IS NULL').run(at, by, reason, id);
}

/**
 * Remembers which office row a row copied onto the laptop came from (on the laptop), or which
 * office row a laptop row of an applied check-in became (at the office: `localId` is the laptop's).
 */
export function insertRowMap(db: Db, checkoutId: number, table: string, localId: number, officeId: number): void {
  db.prepare('INSERT INTO checkout_row_map (checkout_id, table_name, local_id, office_id) VALUES (?, ?, ?, ?)').run(checkoutId, table, localId, officeId);
}

/** The hash of a hearing or BAP as it was taken in (migration 33), set once right after the take-in. */
export function setTakenHash(db: Db, checkoutId: number, table: string, localId: number, sha256: string): void {
  db.prepare('UPDATE checkout_row_map SET taken_sha256 = ? WHERE checkout_id = ? AND table_name = ? AND local_id = ?').run(sha256, checkoutId, table, localId);
}

/** local id -> the hash the row had when taken in (null for rows not hashed). */
export function selectTakenHashes(db: Db, checkoutId: number, table: string): Map<number, string | null> {
  const rows = db.prepare('SELECT local_id AS l, taken_sha256 AS h FROM checkout_row_map WHERE checkout_id = ? AND table_name = ?').all(checkoutId, table) as { l: number; h: string | null }[];
  return new Map(rows.map((r) => [r.l, r.h]));
}

/** local id -> office id of one table's copied rows. */
export function selectRowMap(db: Db, checkoutId: number, table: string): Map<number, number> {
  const rows = db.prepare('SELECT local_id AS l, office_id AS o FROM checkout_row_map WHERE checkout_id = ? AND table_name = ?').all(checkoutId, table) as { l: number; o: number }[];
  return new Map(rows.map((r) => [r.l, r.o]));
}
