/** The one door to `letter_signers` (migration 12): a case's chosen signer per letter type. */
import type { Db } from '../db/connection.ts';
import type { Signatory } from '../../../shared/letters/office-settings.ts';
import type { SignerLetterType, SignerRole } from '../../../shared/letters/signer-roles.ts';

export interface SignerRow {
  type: SignerLetterType;
  role: SignerRole;
  signatory: Signatory | null;
  updatedAt: string;
  updatedBy: string;
}

export function selectSigners(db: Db, caseId: number): SignerRow[] {
  const rows = db
    .prepare('SELECT letter_type AS type, role, signatory, updated_at AS updatedAt, updated_by AS updatedBy FROM letter_signers WHERE case_id = ?')
    .all(caseId) as (Omit<SignerRow, 'signatory'> & { signatory: string | null })[];
  return rows.map((r) => ({ ...r, signatory: r.signatory ? (JSON.parse(r.signatory) as Signatory) : null }));
}

export function upsertSigner(db: Db, caseId: number, row: SignerRow): void {
  db.prepare(
    `INSERT INTO letter_signers (case_id, letter_type, role, signatory, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (case_id, letter_type) DO UPDATE SET role = excluded.role, signatory = excluded.signatory, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run(caseId, row.type, row.role, row.signatory ? JSON.stringify(row.signatory) : null, row.updatedAt, row.updatedBy);
}

export function deleteSigner(db: Db, caseId: number, type: SignerLetterType): void {
  db.prepare('DELETE FROM letter_signers WHERE case_id = ? AND letter_type = ?').run(caseId, type);
}

/** A team member from the accused's line (unit 'atasan'), the chair first: the direct superior when one sits. */
export function teamSuperior(db: Db, caseId: number): { name: string; nip: string; pangkat: string | null; jabatan: string | null } | null {
  return (
    (db
      .prepare(
        `SELECT s.name, s.nip, s.pangkat, s.jabatan FROM case_team t JOIN staff s ON s.id = t.staff_id
         WHERE t.case_id = ? AND s.unit = 'atasan' ORDER BY CASE t.role WHEN 'chair' THEN 0 WHEN 'member' THEN 1 ELSE 2 END, s.name LIMIT 1`,
      )
      .get(caseId) as { name: string; nip: string; pangkat: string | null; jabatan: string | null } | undefined) ?? null
  );
}
