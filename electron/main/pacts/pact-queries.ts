/** The SQL of the integrity-pact register: the pacts and pact_signers tables (migration 25). */
import type { Db } from '../db/connection.ts';
import type { PactCount, PactDocument, PactSigner, PactSummary } from '../../../shared/pacts/schemas.ts';
import type { EmploymentType } from '../../../shared/employees/employment-type.ts';
import { tableExists } from '../db/connection.ts';

export interface PactRow {
  id: number;
  pact_date: string;
  place: string;
  official: string;
  pledge_text: string;
  doc_sha256: string | null;
  doc_size: number | null;
  doc_mime: string | null;
  doc_name: string | null;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
  version: number;
}

export interface PactValues {
  pactDate: string;
  place: string;
  official: string;
  pledgeText: string;
  document: PactDocument | null;
}

const docParams = (d: PactDocument | null) => ({ sha: d?.sha256 ?? null, size: d?.size ?? null, mime: d?.mime ?? null, name: d?.name ?? null });

export function insertPact(db: Db, v: PactValues, at: string, by: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO pacts (pact_date, place, official, pledge_text, doc_sha256, doc_size, doc_mime, doc_name, created_at, created_by, updated_at, updated_by)
         VALUES (@pactDate, @place, @official, @pledgeText, @sha, @size, @mime, @name, @at, @by, @at, @by)`,
      )
      .run({ ...v, ...docParams(v.document), at, by }).lastInsertRowid,
  );
}

/** Rewrites a pact event and counts the change in its version (the stale-edit check). */
export function updatePact(db: Db, id: number, v: PactValues, at: string, by: string): void {
  db.prepare(
    `UPDATE pacts SET pact_date = @pactDate, place = @place, official = @official, pledge_text = @pledgeText,
            doc_sha256 = @sha, doc_size = @size, doc_mime = @mime, doc_name = @name, updated_at = @at, updated_by = @by, version = version + 1
     WHERE id = @id`,
  ).run({ ...v, ...docParams(v.document), at, by, id });
}

export function selectPact(db: Db, id: number): PactRow | undefined {
  return db.prepare('SELECT * FROM pacts WHERE id = ?').get(id) as PactRow | undefined;
}

export function documentOf(row: PactRow): PactDocument | null {
  return row.doc_sha256 ? { sha256: row.doc_sha256, size: row.doc_size ?? 0, mime: row.doc_mime ?? 'application/octet-stream', name: row.doc_name ?? '' } : null;
}

/** Every pact event, newest first, with its number of signers. */
export function selectPactSummaries(db: Db): PactSummary[] {
  return (
    db
      .prepare(
        `SELECT p.id, p.pact_date AS pactDate, p.place, p.official, p.doc_sha256 IS NOT NULL AS hasDocument,
                (SELECT count(*) FROM pact_signers s WHERE s.pact_id = p.id) AS signerCount
         FROM pacts p ORDER BY p.pact_date DESC, p.id DESC`,
      )
      .all() as (Omit<PactSummary, 'hasDocument'> & { hasDocument: number })[]
  ).map((r) => ({ ...r, hasDocument: r.hasDocument === 1 }));
}

/** The signers of a pact by OPD, then name. */
export function selectSigners(db: Db, pactId: number): PactSigner[] {
  return db
    .prepare(
      `SELECT s.employee_id AS employeeId, s.nip, s.name, s.employment_type AS employmentType, o.name AS opdName, s.source, s.added_at AS addedAt
       FROM pact_signers s LEFT JOIN opds o ON o.id = s.opd_id
       WHERE s.pact_id = ? ORDER BY o.name IS NULL, o.name, s.name, s.nip`,
    )
    .all(pactId) as PactSigner[];
}

/** Signers of a pact counted by OPD (as at signing), most first. */
export function countByOpd(db: Db, pactId: number): PactCount[] {
  return db
    .prepare(
      `SELECT o.name AS key, count(*) AS count FROM pact_signers s LEFT JOIN opds o ON o.id = s.opd_id
       WHERE s.pact_id = ? GROUP BY s.opd_id ORDER BY count DESC, o.name`,
    )
    .all(pactId) as PactCount[];
}

/** Signers of a pact counted by employment type (as at signing). */
export function countByEmploymentType(db: Db, pactId: number): PactCount[] {
  return db
    .prepare('SELECT employment_type AS key, count(*) AS count FROM pact_signers WHERE pact_id = ? GROUP BY employment_type ORDER BY count DESC, key')
    .all(pactId) as PactCount[];
}

/** The employee ids that already signed this pact, of those given. */
export function signedAlready(db: Db, pactId: number): Set<number> {
  return new Set(db.prepare('SELECT employee_id FROM pact_signers WHERE pact_id = ?').pluck().all(pactId) as number[]);
}

export interface SignerValues {
  employeeId: number;
  nip: string;
  name: string;
  employmentType: EmploymentType;
  opdId: number | null;
}

/** A statement that adds one signer (inside the caller's transaction); false when they had signed already. */
export function signerWriter(db: Db, pactId: number, source: 'registry' | 'import', at: string, by: string): (s: SignerValues) => boolean {
  const stmt = db.prepare(
    `INSERT INTO pact_signers (pact_id, employee_id, nip, name, employment_type, opd_id, source, added_at, added_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (pact_id, employee_id) DO NOTHING`,
  );
  return (s) => stmt.run(pactId, s.employeeId, s.nip, s.name, s.employmentType, s.opdId, source, at, by).changes === 1;
}

export function deleteSigner(db: Db, pactId: number, employeeId: number): SignerValues | undefined {
  const row = db
    .prepare('SELECT employee_id AS employeeId, nip, name, employment_type AS employmentType, opd_id AS opdId FROM pact_signers WHERE pact_id = ? AND employee_id = ?')
    .get(pactId, employeeId) as SignerValues | undefined;
  if (row) db.prepare('DELETE FROM pact_signers WHERE pact_id = ? AND employee_id = ?').run(pactId, employeeId);
  return row;
}

/** Pacts these NIPs signed before `before` (an ISO date), oldest first. */
export function selectPactsSignedBefore(db: Db, nips: string[], before: string): { nip: string; id: number; pactDate: string; place: string; official: string }[] {
  if (nips.length === 0) return [];
  return db
    .prepare(
      `SELECT s.nip, p.id, p.pact_date AS pactDate, p.place, p.official
       FROM pact_signers s JOIN pacts p ON p.id = s.pact_id
       WHERE s.nip IN (SELECT value FROM json_each(?)) AND p.pact_date < ?
       ORDER BY p.pact_date, p.id`,
    )
    .all(JSON.stringify(nips), before) as { nip: string; id: number; pactDate: string; place: string; official: string }[];
}

/** Scanned pact documents in the evidence store, for backups and the integrity check. */
export function selectPactDocumentFiles(db: Db): { sha256: string; size: number; name: string | null }[] {
  if (!tableExists(db, 'pacts')) return [];
  return db.prepare('SELECT doc_sha256 AS sha256, doc_size AS size, doc_name AS name FROM pacts WHERE doc_sha256 IS NOT NULL ORDER BY id').all() as {
    sha256: string;
    size: number;
    name: string | null;
  }[];
}
