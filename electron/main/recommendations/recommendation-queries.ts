/**
 * SQL of the recommendation register (migration 23): the letters and their named employees.
 * Reads join the linked case and its decision, so the status per employee always follows the
 * case as it is now.
 */
import type { Db } from '../db/connection.ts';
import type { EmploymentType } from '../../../shared/employees/employment-type.ts';
import type { Issuer } from '../../../shared/recommendations/schemas.ts';

export interface RecRow {
  id: number;
  issuer: Issuer;
  issuerName: string;
  letterNumber: string;
  letterDate: string;
  receivedDate: string;
  subject: string | null;
  note: string | null;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  version: number;
}

export interface RecItemRow {
  id: number;
  recommendationId: number;
  position: number;
  employeeId: number | null;
  name: string;
  nip: string;
  employmentType: EmploymentType;
  jabatan: string | null;
  unitKerja: string | null;
  violationCode: string;
  sanctionCode: string | null;
  caseId: number | null;
  accusedId: number | null;
  notFollowedReason: string | null;
  notFollowedAt: string | null;
  notFollowedBy: string | null;
  version: number;
  /** From the linked case and its decision for this accused. */
  registerNo: string | null;
  caseStatus: string | null;
  decisionSanction: string | null;
  decisionDuration: number | null;
  decisionOutcomeText: string | null;
  skNumber: string | null;
  skDate: string | null;
  skLetterId: number | null;
}

const REC_COLUMNS = `r.id, r.issuer, r.issuer_name AS issuerName, r.letter_number AS letterNumber, r.letter_date AS letterDate,
  r.received_date AS receivedDate, r.subject, r.note, r.created_at AS createdAt, r.created_by AS createdBy,
  r.updated_at AS updatedAt, r.updated_by AS updatedBy, r.version`;

const ITEM_SELECT = `
  SELECT e.id, e.recommendation_id AS recommendationId, e.position, e.employee_id AS employeeId, e.name, e.nip,
         e.employment_type AS employmentType, e.jabatan, e.unit_kerja AS unitKerja, e.violation_code AS violationCode,
         e.sanction_code AS sanctionCode, e.case_id AS caseId, e.accused_id AS accusedId,
         e.not_followed_reason AS notFollowedReason, e.not_followed_at AS notFollowedAt, e.not_followed_by AS notFollowedBy, e.version,
         c.register_no AS registerNo, c.status AS caseStatus,
         d.sanction_code AS decisionSanction, d.duration_months AS decisionDuration, d.outcome_text AS decisionOutcomeText,
         d.sk_number AS skNumber, d.sk_date AS skDate, d.sk_letter_id AS skLetterId
  FROM recommendation_employees e
  LEFT JOIN cases c ON c.id = e.case_id
  LEFT JOIN decisions d ON d.case_id = e.case_id AND d.accused_id = e.accused_id`;

export interface NewRec {
  issuer: Issuer;
  issuerName: string;
  letterNumber: string;
  letterDate: string;
  receivedDate: string;
  subject: string | null;
  note: string | null;
}

export function insertRecommendation(db: Db, r: NewRec, at: string, by: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO recommendations (issuer, issuer_name, letter_number, letter_date, received_date, subject, note, created_at, created_by, updated_at, updated_by)
         VALUES (@issuer, @issuerName, @letterNumber, @letterDate, @receivedDate, @subject, @note, @at, @by, @at, @by)`,
      )
      .run({ ...r, at, by }).lastInsertRowid,
  );
}

/** What registering a named employee writes: the row's own fields, before any case or follow-up. */
export type NewRecItem = Pick<RecItemRow, 'position' | 'employeeId' | 'name' | 'nip' | 'employmentType' | 'jabatan' | 'unitKerja' | 'violationCode' | 'sanctionCode'>;

export function insertRecItem(db: Db, recommendationId: number, e: NewRecItem): number {
  return Number(
    db
      .prepare(
        `INSERT INTO recommendation_employees (recommendation_id, position, employee_id, name, nip, employment_type, jabatan, unit_kerja, violation_code, sanction_code)
         VALUES (@recommendationId, @position, @employeeId, @name, @nip, @employmentType, @jabatan, @unitKerja, @violationCode, @sanctionCode)`,
      )
      .run({ recommendationId, ...e }).lastInsertRowid,
  );
}

export function letterNumberTaken(db: Db, issuer: Issuer, letterNumber: string): boolean {
  return db.prepare('SELECT 1 FROM recommendations WHERE issuer = ? AND letter_number = ?').get(issuer, letterNumber) !== undefined;
}

export function selectRecommendation(db: Db, id: number): RecRow | undefined {
  return db.prepare(`SELECT ${REC_COLUMNS} FROM recommendations r WHERE r.id = ?`).get(id) as RecRow | undefined;
}

/** Every recommendation, newest received first (a regency receives tens a year, not thousands). */
export function selectRecommendations(db: Db): RecRow[] {
  return db.prepare(`SELECT ${REC_COLUMNS} FROM recommendations r ORDER BY r.received_date DESC, r.id DESC`).all() as RecRow[];
}

export function selectItems(db: Db, recommendationId: number): RecItemRow[] {
  return db.prepare(`${ITEM_SELECT} WHERE e.recommendation_id = ? ORDER BY e.position`).all(recommendationId) as RecItemRow[];
}

/** The named employees of every recommendation, grouped by recommendation id. */
export function selectAllItems(db: Db): Map<number, RecItemRow[]> {
  const out = new Map<number, RecItemRow[]>();
  for (const r of db.prepare(`${ITEM_SELECT} ORDER BY e.recommendation_id, e.position`).all() as RecItemRow[]) {
    const list = out.get(r.recommendationId) ?? [];
    list.push(r);
    out.set(r.recommendationId, list);
  }
  return out;
}

export function selectItem(db: Db, itemId: number): RecItemRow | undefined {
  return db.prepare(`${ITEM_SELECT} WHERE e.id = ?`).get(itemId) as RecItemRow | undefined;
}

export function linkItemCase(db: Db, itemId: number, caseId: number, accusedId: number): void {
  db.prepare('UPDATE recommendation_employees SET case_id = ?, accused_id = ? WHERE id = ?').run(caseId, accusedId, itemId);
}

export function setItemNotFollowed(db: Db, itemId: number, v: { reason: string; at: string; by: string } | null): void {
  db.prepare('UPDATE recommendation_employees SET not_followed_reason = ?, not_followed_at = ?, not_followed_by = ? WHERE id = ?').run(v?.reason ?? null, v?.at ?? null, v?.by ?? null, itemId);
}

/** Marks the recommendation changed (its version counts changes to its employees too). */
export function touchRecommendation(db: Db, id: number, at: string, by: string): void {
  db.prepare('UPDATE recommendations SET updated_at = ?, updated_by = ? WHERE id = ?').run(at, by, id);
}

/** The recommendation item that already links this case and accused, if any. */
export function itemLinkingAccused(db: Db, caseId: number, accusedId: number): { id: number; recommendationId: number } | undefined {
  return db.prepare('SELECT id, recommendation_id AS recommendationId FROM recommendation_employees WHERE case_id = ? AND accused_id = ?').get(caseId, accusedId) as
    | { id: number; recommendationId: number }
    | undefined;
}
