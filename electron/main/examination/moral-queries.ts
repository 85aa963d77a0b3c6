/** The one door to `moral_sanctions` (migration 14): a moral sanction next to a disciplinary decision. */
import type { Db } from '../db/connection.ts';
import { cachedStatement } from '../db/connection.ts';
import type { MoralCode, MoralSanction } from '../../../shared/examination/moral.ts';
import type { Signatory } from '../../../shared/letters/office-settings.ts';

type Row = Omit<MoralSanction, 'signatory'> & { signatory: string };

const COLUMNS = `case_id AS caseId, accused_id AS accusedId, sanction_code AS sanctionCode, announced_at AS announcedAt, signatory, updated_at AS updatedAt`;
const parse = (r: Row): MoralSanction => ({ ...r, signatory: JSON.parse(r.signatory) as Signatory });

export function selectMorals(db: Db, caseId: number): MoralSanction[] {
  return (cachedStatement(db, `SELECT ${COLUMNS} FROM moral_sanctions WHERE case_id = ? ORDER BY accused_id`).all(caseId) as Row[]).map(parse);
}

export function selectMoral(db: Db, caseId: number, accusedId: number): MoralSanction | null {
  const r = db.prepare(`SELECT ${COLUMNS} FROM moral_sanctions WHERE case_id = ? AND accused_id = ?`).get(caseId, accusedId) as Row | undefined;
  return r ? parse(r) : null;
}

export function upsertMoral(db: Db, m: { caseId: number; accusedId: number; sanctionCode: MoralCode; announcedAt: string | null; signatory: Signatory }, at: string): void {
  db.prepare(
    `INSERT INTO moral_sanctions (case_id, accused_id, sanction_code, announced_at, signatory, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (case_id, accused_id) DO UPDATE SET sanction_code = excluded.sanction_code, announced_at = excluded.announced_at,
       signatory = excluded.signatory, updated_at = excluded.updated_at`,
  ).run(m.caseId, m.accusedId, m.sanctionCode, m.announcedAt, JSON.stringify(m.signatory), at, at);
}
