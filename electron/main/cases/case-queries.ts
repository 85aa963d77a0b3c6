import { randomUUID } from 'node:crypto';
import { ACCUSED_TYPES_OF_CASE_SQL } from './accused-types.ts';
import type { Db } from '../db/connection.ts';
import { cachedStatement } from '../db/connection.ts';
import type { AccusedRow, CaseSource, DuplicateWarning, SourceKind } from '../../../shared/cases/schemas.ts';
import type { CaseColumns } from './case-fields.ts';
import type { EmploymentType } from '../../../shared/employees/employment-type.ts';
import type { PersonInput } from '../../../shared/letters/inputs.ts';
import { pangkatGolonganText } from '../../../shared/employees/golongan.ts';

/** A stored case: the clerk-edited columns (case-fields.ts) plus identity and bookkeeping. */
export interface CaseRow extends Omit<CaseColumns, 'source' | 'source_kind'> {
  id: number;
  register_no: string;
  status: string;
  source: CaseSource;
  source_kind: SourceKind | null;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string | null;
  /** 1 at registration, +1 per edit of the particulars (the stale-edit check). */
  version: number;
  /** Random identity for exchange with other offices; never changes (migration 24). */
  case_uuid: string;
  /** Counts every change to the case or any of its records (migration 24's triggers). */
  revision: number;
}

/** One case row by id, or undefined. */
export function selectCase(db: Db, id: number): CaseRow | undefined {
  return cachedStatement(db, 'SELECT * FROM cases WHERE id = ?').get(id) as CaseRow | undefined;
}

/** How many cases the register holds. */
export function countCases(db: Db): number {
  return db.prepare('SELECT count(*) FROM cases').pluck().get() as number;
}

/** A case's id by its register number (the CLI names cases by it), or undefined. */
export function selectCaseIdByRegisterNo(db: Db, registerNo: string): number | undefined {
  return db.prepare('SELECT id FROM cases WHERE register_no = ?').pluck().get(registerNo) as number | undefined;
}

/** A case's id by its case_uuid (a borrowed copy keeps the office's), or undefined. */
export function selectCaseIdByUuid(db: Db, caseUuid: string): number | undefined {
  return db.prepare('SELECT id FROM cases WHERE case_uuid = ?').pluck().get(caseUuid) as number | undefined;
}

/** True when a case already holds this register number. */
export function registerNoTaken(db: Db, registerNo: string): boolean {
  return db.prepare('SELECT 1 FROM cases WHERE register_no = ?').get(registerNo) !== undefined;
}

/** The columns a new case is written with: its number, its status and the clerk's particulars. */
export type NewCaseRow = CaseColumns & { register_no: string; register_year: number; register_seq: number; status: string };

/** Writes a new case row (created and updated by `actor` at `now`) and returns its id. */
export function insertCase(db: Db, row: NewCaseRow, now: string, actor: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO cases (register_no, register_year, register_seq, source, source_kind, source_ref, source_date,
                            reporter_anonymous, reporter_name, reporter_contact, incident_date, incident_time, incident_place,
                            opd_id, chronology, status, catalogue_version, created_at, created_by, updated_at, updated_by, case_uuid)
         VALUES (@register_no, @register_year, @register_seq, @source, @source_kind, @source_ref, @source_date,
                 @reporter_anonymous, @reporter_name, @reporter_contact, @incident_date, @incident_time, @incident_place,
                 @opd_id, @chronology, @status, @catalogue_version, @now, @actor, @now, @actor, @case_uuid)`,
      )
      // The case's identity in every office it is sent to (migration 24): random, never derived from the register number.
      .run({ ...row, now, actor, case_uuid: randomUUID() }).lastInsertRowid,
  );
}

/** Rewrites a case's particulars and counts the edit in its version (the stale-edit check). */
export function updateCaseColumns(db: Db, id: number, cols: CaseColumns, now: string, actor: string): void {
  db.prepare(
    `UPDATE cases SET source = @source, source_kind = @source_kind, source_ref = @source_ref, source_date = @source_date,
            reporter_anonymous = @reporter_anonymous, reporter_name = @reporter_name, reporter_contact = @reporter_contact,
            incident_date = @incident_date, incident_time = @incident_time, incident_place = @incident_place, opd_id = @opd_id,
            chronology = @chronology, catalogue_version = @catalogue_version, updated_at = @now, updated_by = @actor, version = version + 1
     WHERE id = @id`,
  ).run({ ...cols, now, actor, id });
}

export function selectOpdName(db: Db, id: number | null): string | null {
  if (id === null) return null;
  return (db.prepare('SELECT name FROM opds WHERE id = ?').get(id) as { name: string } | undefined)?.name ?? null;
}

/** The accused of a case in the order they were entered. */
export function selectAccused(db: Db, caseId: number): AccusedRow[] {
  return db
    .prepare(
      `SELECT id, employee_id AS employeeId, name, nip, employment_type AS employmentType, pangkat, jabatan, unit_kerja AS unitKerja
       FROM case_accused WHERE case_id = ? ORDER BY position`,
    )
    .all(caseId) as (AccusedRow & { employmentType: EmploymentType })[];
}

/**
 * An accused as printed on letters. Pangkat and golongan come from the employee registry
 * (kept apart there, joined for print), else from what intake recorded for the case.
 */
export function selectAccusedPerson(db: Db, caseId: number, accusedId: number): PersonInput | null {
  const r = db
    .prepare(
      `SELECT a.name, a.nip, a.employment_type AS employmentType, a.jabatan, a.unit_kerja AS unitKerja,
              e.pangkat, e.golongan, a.pangkat AS casePangkat
       FROM case_accused a LEFT JOIN employees e ON e.id = a.employee_id WHERE a.case_id = ? AND a.id = ?`,
    )
    .get(caseId, accusedId) as (PersonInput & { golongan: string | null; casePangkat: string | null }) | undefined;
  if (!r) return null;
  const { golongan, casePangkat, ...person } = r;
  const pangkat = pangkatGolonganText(r.pangkat, golongan) || casePangkat || null;
  return { ...person, pangkat };
}

/** The case's accused ids by NIP. */
export function selectAccusedIdsByNip(db: Db, caseId: number): Map<string, number> {
  return new Map((db.prepare('SELECT id, nip FROM case_accused WHERE case_id = ?').all(caseId) as { id: number; nip: string }[]).map((r) => [r.nip, r.id]));
}

/** Positions are unique per case: parks them out of the way before renumbering. */
export function parkAccusedPositions(db: Db, caseId: number): void {
  db.prepare('UPDATE case_accused SET position = -id WHERE case_id = ?').run(caseId);
}

/** The columns of an accused row that intake writes. */
export interface AccusedColumns {
  employeeId: number;
  position: number;
  name: string;
  employmentType: EmploymentType;
  pangkat: string | null;
  jabatan: string | null;
  unitKerja: string | null;
}

/** Writers for a case's accused rows, prepared once for a whole list. */
export function accusedWriters(db: Db) {
  const update = db.prepare(
    `UPDATE case_accused SET employee_id = @employeeId, position = @position, name = @name, employment_type = @employmentType,
            pangkat = @pangkat, jabatan = @jabatan, unit_kerja = @unitKerja WHERE id = @id`,
  );
  const insert = db.prepare(
    `INSERT INTO case_accused (case_id, employee_id, position, name, nip, employment_type, pangkat, jabatan, unit_kerja)
     VALUES (@caseId, @employeeId, @position, @name, @nip, @employmentType, @pangkat, @jabatan, @unitKerja)`,
  );
  return {
    update: (id: number, v: AccusedColumns) => void update.run({ ...v, id }),
    insert: (caseId: number, nip: string, v: AccusedColumns) => void insert.run({ ...v, caseId, nip }),
  };
}

/** Removes an accused row (fails on a foreign key when something refers to it). */
export function deleteAccusedRow(db: Db, id: number): void {
  db.prepare('DELETE FROM case_accused WHERE id = ?').run(id);
}

/** Recomputes the case's accused_types bits from its accused rows. */
export function refreshAccusedTypes(db: Db, caseId: number): void {
  db.prepare(`UPDATE cases SET accused_types = (${ACCUSED_TYPES_OF_CASE_SQL}) WHERE id = @id`).run({ id: caseId });
}

/** Replaces the case's violation codes. */
export function replaceViolationCodes(db: Db, caseId: number, codes: readonly string[]): void {
  db.prepare('DELETE FROM case_violations WHERE case_id = ?').run(caseId);
  const insert = db.prepare('INSERT INTO case_violations (case_id, code) VALUES (?, ?)');
  for (const code of new Set(codes)) insert.run(caseId, code);
}

/** Every status some case has (older builds may have written ones the workflow no longer knows). */
export function selectUsedStatuses(db: Db): string[] {
  return (db.prepare('SELECT DISTINCT status FROM cases').all() as { status: string }[]).map((r) => r.status);
}

export function selectViolationCodes(db: Db, caseId: number): string[] {
  return (cachedStatement(db, 'SELECT code FROM case_violations WHERE case_id = ? ORDER BY code').all(caseId) as { code: string }[]).map((r) => r.code);
}

/**
 * Cases where one of these NIPs is accused of one of these violations within 30 days
 * (incident dates 30 days apart at most, or registered in the last 30 days).
 */
export function selectDuplicates(
  db: Db,
  nips: string[],
  codes: string[],
  incidentDate: string | undefined,
  now: Date,
  excludeCaseId?: number,
): DuplicateWarning[] {
  if (nips.length === 0 || codes.length === 0) return [];
  const since = new Date(now.getTime() - 30 * 86_400_000).toISOString();
  const stmt = db.prepare(
    `SELECT c.id AS caseId, c.register_no AS registerNo, a.nip, a.name, v.code, c.incident_date AS incidentDate, c.created_at AS createdAt
     FROM case_accused a
     JOIN case_violations v ON v.case_id = a.case_id AND v.code = @code
     JOIN cases c ON c.id = a.case_id
     WHERE a.nip = @nip AND c.id != @exclude
       AND (c.created_at >= @since OR (@date IS NOT NULL AND abs(julianday(c.incident_date) - julianday(@date)) <= 30))
     ORDER BY c.created_at DESC LIMIT 20`,
  );
  const out: DuplicateWarning[] = [];
  for (const nip of new Set(nips)) {
    for (const code of new Set(codes)) {
      out.push(...(stmt.all({ nip, code, since, date: incidentDate ?? null, exclude: excludeCaseId ?? 0 }) as DuplicateWarning[]));
    }
  }
  return out;
}

/** A case row as a bulk load writes it (the demo generator): the columns of insertCase under camelCase names, plus the accused-types bits. */
export interface BulkCaseRow {
  registerNo: string;
  year: number;
  seq: number;
  source: string;
  sourceKind: string | null;
  sourceRef: string | null;
  sourceDate: string | null;
  anon: number;
  reporterName: string | null;
  reporterContact: string | null;
  incidentDate: string;
  incidentTime: string | null;
  place: string;
  opdId: number;
  chronology: string;
  status: string;
  catalogue: string;
  createdAt: string;
  createdBy: string;
  types: number;
}

/** The case, accused and violation inserts prepared once, for bulk loads of thousands of cases (no search rows: rebuild them after). */
export function caseBulkWriter(db: Db) {
  const insCase = db.prepare(
    `INSERT INTO cases (register_no, register_year, register_seq, source, source_kind, source_ref, source_date, reporter_anonymous,
                        reporter_name, reporter_contact, incident_date, incident_time, incident_place, opd_id, chronology, status,
                        catalogue_version, created_at, created_by, updated_at, updated_by, accused_types)
     VALUES (@registerNo, @year, @seq, @source, @sourceKind, @sourceRef, @sourceDate, @anon, @reporterName, @reporterContact,
             @incidentDate, @incidentTime, @place, @opdId, @chronology, @status, @catalogue, @createdAt, @createdBy, @createdAt, @createdBy, @types)`,
  );
  const insAccused = db.prepare(
    `INSERT INTO case_accused (case_id, employee_id, position, name, nip, employment_type, pangkat, jabatan, unit_kerja)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insViolation = db.prepare('INSERT INTO case_violations (case_id, code) VALUES (?, ?)');
  const touch = db.prepare('UPDATE cases SET updated_at = ?, updated_by = ? WHERE id = ?');
  return {
    insertCase: (row: BulkCaseRow): number => Number(insCase.run(row).lastInsertRowid),
    insertAccused: (caseId: number, a: { employeeId: number; position: number; name: string; nip: string; employmentType: string; pangkat: string | null; jabatan: string; unitKerja: string }): number =>
      Number(insAccused.run(caseId, a.employeeId, a.position, a.name, a.nip, a.employmentType, a.pangkat, a.jabatan, a.unitKerja).lastInsertRowid),
    insertViolation: (caseId: number, code: string): void => void insViolation.run(caseId, code),
    /** The case's last change: when and by whom. */
    touch: (caseId: number, at: string, by: string): void => void touch.run(at, by, caseId),
  };
}

/** The ids of the first `n` cases. */
export function selectFirstCaseIds(db: Db, n: number): number[] {
  return db.prepare('SELECT id FROM cases ORDER BY id LIMIT ?').pluck().all(n) as number[];
}

/** The case's stored status as written (unknown ones included), or undefined. */
export function selectCaseStatus(db: Db, id: number): string | undefined {
  return db.prepare('SELECT status FROM cases WHERE id = ?').pluck().get(id) as string | undefined;
}

/** True when a case with this id exists. */
export function caseExists(db: Db, id: number): boolean {
  return db.prepare('SELECT 1 FROM cases WHERE id = ?').get(id) !== undefined;
}

/** Stamps the case as changed now by `by` (a change to one of its child records). */
export function touchCase(db: Db, id: number, at: string, by: string): void {
  db.prepare('UPDATE cases SET updated_at = ?, updated_by = ? WHERE id = ?').run(at, by, id);
}

/** The case's row version, or undefined when unknown. */
export function selectCaseVersion(db: Db, id: number): number | undefined {
  return db.prepare('SELECT version FROM cases WHERE id = ?').pluck().get(id) as number | undefined;
}

/** The exchange identity (case_uuid, revision) of these cases, by id: what list exports beside the case carry. */
export function selectCaseIdentities(db: Db, caseIds: readonly number[]): Map<number, { caseUuid: string; revision: number }> {
  const rows = db
    .prepare('SELECT id, case_uuid AS caseUuid, revision FROM cases WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify([...new Set(caseIds)])) as { id: number; caseUuid: string; revision: number }[];
  return new Map(rows.map((r) => [r.id, { caseUuid: r.caseUuid, revision: r.revision }]));
}

/** An accused as a case bundle sends it: the case's copy of the particulars, with the registry's SIASN id, golongan and OPD. */
export interface AccusedExchangeRow {
  id: number;
  name: string;
  nip: string;
  employmentType: string;
  jabatan: string | null;
  unitKerja: string | null;
  pangkat: string | null;
  golongan: string | null;
  casePangkat: string | null;
  siasnPersonId: string | null;
  opdName: string | null;
}

export function selectAccusedForExchange(db: Db, caseId: number): AccusedExchangeRow[] {
  return cachedStatement(
    db,
    `SELECT a.id, a.name, a.nip, a.employment_type AS employmentType, a.jabatan, a.unit_kerja AS unitKerja,
            e.pangkat, e.golongan, a.pangkat AS casePangkat, e.siasn_person_id AS siasnPersonId, o.name AS opdName
     FROM case_accused a LEFT JOIN employees e ON e.id = a.employee_id LEFT JOIN opds o ON o.id = e.opd_id
     WHERE a.case_id = ? ORDER BY a.position`,
  ).all(caseId) as AccusedExchangeRow[];
}

/** Every case's exchange identity and register number, by id order: what a bundle export selects from. */
export function selectExchangeCandidates(db: Db): { id: number; caseUuid: string; revision: number; registerNo: string }[] {
  return db.prepare('SELECT id, case_uuid AS caseUuid, revision, register_no AS registerNo FROM cases ORDER BY id').all() as { id: number; caseUuid: string; revision: number; registerNo: string }[];
}

/** The cases registered or whose particulars were edited at or after `at` (an ISO instant). */
export function selectCaseIdsTouchedSince(db: Db, at: string): number[] {
  return (db.prepare('SELECT id FROM cases WHERE created_at >= ? OR updated_at >= ?').all(at, at) as { id: number }[]).map((r) => r.id);
}
