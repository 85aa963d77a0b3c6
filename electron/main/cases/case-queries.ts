import { randomUUID } from 'node:crypto';
import { ACCUSED_TYPES_OF_CASE_SQL, TYPE_BITS } from './accused-types.ts';
import type { Db } from '../db/connection.ts';
import type { AccusedRow, CaseListQuery, CaseSort, CaseSource, CaseSummary, DuplicateWarning, SourceKind } from '../../../shared/cases/schemas.ts';
import { idQuery, wordQuery } from './case-search-queries.ts';
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
  return db.prepare('SELECT * FROM cases WHERE id = ?').get(id) as CaseRow | undefined;
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
  return (db.prepare('SELECT code FROM case_violations WHERE case_id = ? ORDER BY code').all(caseId) as { code: string }[]).map((r) => r.code);
}

// Fixed SQL per sort option: user input never reaches the ORDER BY text.
const ORDER: Record<CaseSort, string> = {
  registered_desc: 'c.created_at DESC, c.id DESC',
  registered_asc: 'c.created_at ASC, c.id ASC',
  incident_desc: 'c.incident_date DESC, c.id DESC',
  incident_asc: 'c.incident_date ASC, c.id ASC',
  register_desc: 'c.register_year DESC, c.register_seq DESC',
  register_asc: 'c.register_year ASC, c.register_seq ASC',
};



type Filter = Omit<CaseListQuery, 'sort' | 'offset' | 'limit'>;

interface FilterParts {
  /** Conditions on columns of `cases c`; `plain` lets SQLite use their indexes, `scan` hides them (+) so it reads in sort order. */
  plain: string[];
  scan: string[];
  /** The set of case ids from the full-text or violation index, when one narrows the list. */
  driver: string | null;
  /** Only the incident date range restricts the cases columns (its own index serves it best). */
  datesOnly: boolean;
  hasDates: boolean;
  params: Record<string, unknown>;
}

/** The filter as SQL fragments and bound parameters; the SQL text is built only from fixed fragments. */
function filterParts(q: Filter): FilterParts {
  const plain: string[] = [];
  const scan: string[] = [];
  const params: Record<string, unknown> = {};
  const both = (column: string, op: string) => {
    plain.push(`c.${column} ${op}`);
    scan.push(`+c.${column} ${op}`);
  };
  if (q.status) {
    both('status', '= @status');
    params.status = q.status;
  }
  if (q.source) {
    both('source', '= @source');
    params.source = q.source;
  }
  if (q.opdId !== undefined) {
    both('opd_id', '= @opdId');
    params.opdId = q.opdId;
  }
  const others = plain.length;
  // The date range stays visible to the planner (no +) even when reading in sort order:
  // incident dates go with registration order, so hiding it would scan most of the table.
  if (q.dateFrom) {
    plain.push('c.incident_date >= @dateFrom');
    scan.push('c.incident_date >= @dateFrom');
    params.dateFrom = q.dateFrom;
  }
  if (q.dateTo) {
    plain.push('c.incident_date <= @dateTo');
    scan.push('c.incident_date <= @dateTo');
    params.dateTo = q.dateTo;
  }
  const hasDates = plain.length > others;
  if (q.employmentType) {
    // Every bit combination containing the type: an index range, not a per-row expression.
    const bit = TYPE_BITS[q.employmentType];
    const sets = [1, 2, 3, 4, 5, 6, 7].filter((m) => m & bit);
    sets.forEach((m, i) => (params[`types${i}`] = m));
    both('accused_types', `IN (${sets.map((_, i) => `@types${i}`).join(', ')})`);
  }
  const datesOnly = hasDates && !q.status && !q.source && q.opdId === undefined && !q.employmentType;
  let driver: string | null = null;
  if (q.search) {
    const words = wordQuery(q.search);
    const ids = idQuery(q.search);
    const parts: string[] = [];
    if (words) {
      parts.push('SELECT rowid AS id FROM case_fts WHERE case_fts MATCH @words');
      params.words = words;
    }
    if (ids) {
      parts.push('SELECT rowid AS id FROM case_ids_fts WHERE case_ids_fts MATCH @ids');
      params.ids = ids;
    }
    // Nothing searchable typed (only punctuation): nothing matches.
    driver = parts.length ? parts.join(' UNION ') : 'SELECT NULL AS id WHERE 0';
  }
  if (q.violationCode) {
    params.violationCode = q.violationCode;
    if (driver) {
      const probe = 'EXISTS (SELECT 1 FROM case_violations v WHERE v.case_id = c.id AND v.code = @violationCode)';
      plain.push(probe);
      scan.push(probe);
    } else driver = 'SELECT case_id AS id FROM case_violations WHERE code = @violationCode';
  }
  return { plain, scan, driver, datesOnly, hasDates, params };
}

const where = (conds: string[]) => (conds.length ? `WHERE ${conds.join(' AND ')}` : '');

const COLUMNS = `c.id, c.register_no AS registerNo, c.case_uuid AS caseUuid, c.revision, c.status, c.source, c.incident_date AS incidentDate, c.created_at AS createdAt,
       (SELECT group_concat(name, ', ') FROM (SELECT name FROM case_accused WHERE case_id = c.id ORDER BY position)) AS accusedNames,
       (SELECT group_concat(code, ', ') FROM case_violations WHERE case_id = c.id) AS violationCodes,
       (SELECT name FROM opds WHERE id = c.opd_id) AS opdName`;

// Every list filter and sort column in one narrow index: counting and sorting a filtered
// set read only this index, never the table (migration 006).
const COVER = 'cases c INDEXED BY cases_filter_cover';

/** The count statement of a list query and its parameters. */
export function caseCountSql(q: Filter): { sql: string; params: Record<string, unknown> } {
  const f = filterParts(q);
  if (f.driver && f.plain.length === 0) return { sql: `SELECT count(*) AS n FROM (${f.driver})`, params: f.params };
  const conds = f.driver ? [...f.plain, `c.id IN (${f.driver})`] : f.plain;
  // A date range alone is an index range of its own; anything else counts over the covering index.
  const from = f.datesOnly && !f.driver ? 'cases c' : COVER;
  return { sql: `SELECT count(*) AS n FROM ${from} ${where(conds)}`, params: f.params };
}

/** Sizes that decide how a page is read: matching rows and rows in the table. */
export interface PageStats {
  total: number;
  tableSize: number;
}

/** Estimates the table size in O(1) (ids only grow; deletions are rare). */
export const TABLE_SIZE_SQL = 'SELECT coalesce(max(id), 0) AS n FROM cases';

/** Rows read in sort order beyond which sorting the filtered set is cheaper. */
const SCAN_BUDGET = 10_000;

/**
 * The page statement, chosen from the counts: when the page is expected within
 * SCAN_BUDGET rows of the sort order, the table is read in that order through the sort's
 * index and stops after the page; otherwise the filtered set is read from the covering
 * index and sorted. Both are plain SQL with bound parameters.
 */
export function caseRowsSql(q: CaseListQuery, stats: PageStats): { sql: string; params: Record<string, unknown> } {
  const f = filterParts(q);
  const params = { ...f.params, limit: q.limit, offset: q.offset };
  const tail = `ORDER BY ${ORDER[q.sort]} LIMIT @limit OFFSET @offset`;
  const expectedScan = ((q.offset + q.limit) * stats.tableSize) / Math.max(1, stats.total);
  // With a date range, reading in registration order is not uniform (see filterParts): only
  // the incident sorts, which follow the date index itself, read in order.
  const incidentSort = q.sort === 'incident_asc' || q.sort === 'incident_desc';
  let ids: string;
  if (expectedScan > SCAN_BUDGET || (f.hasDates && !incidentSort)) {
    const conds = f.driver ? [...f.plain, `c.id IN (${f.driver})`] : f.plain;
    ids = `SELECT c.id FROM ${COVER} ${where(conds)} ${tail}`;
  } else {
    const conds = f.driver ? [...f.scan, `+c.id IN (${f.driver})`] : f.scan;
    ids = `SELECT c.id FROM cases c ${where(conds)} ${tail}`;
  }
  // The page's ids first, then names and codes for those rows only: correlated
  // subqueries in a sorted select would run for every matching row.
  return { sql: `WITH page AS (${ids}) SELECT ${COLUMNS} FROM page CROSS JOIN cases c ON c.id = page.id ORDER BY ${ORDER[q.sort]}`, params };
}

/** A page of the case list, filtered and sorted in SQL, with the total for the pager. */
export function selectCasePage(db: Db, q: CaseListQuery): { rows: CaseSummary[]; total: number } {
  const count = caseCountSql(q);
  const total = (db.prepare(count.sql).get(count.params) as { n: number }).n;
  if (total === 0 || q.offset >= total) return { rows: [], total };
  const tableSize = (db.prepare(TABLE_SIZE_SQL).get() as { n: number }).n;
  const rows = caseRowsSql(q, { total, tableSize });
  return { rows: db.prepare(rows.sql).all(rows.params) as CaseSummary[], total };
}

/** Every case the list's filters match, in its sort order, one row at a time (the list's export). */
export function* iterateCaseRows(db: Db, q: Omit<CaseListQuery, 'offset' | 'limit'>): Generator<CaseSummary> {
  const count = caseCountSql(q);
  const total = (db.prepare(count.sql).get(count.params) as { n: number }).n;
  if (total === 0) return;
  const tableSize = (db.prepare(TABLE_SIZE_SQL).get() as { n: number }).n;
  const rows = caseRowsSql({ ...q, offset: 0, limit: total }, { total, tableSize });
  yield* db.prepare(rows.sql).iterate(rows.params) as IterableIterator<CaseSummary>;
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
  return db
    .prepare(
      `SELECT a.id, a.name, a.nip, a.employment_type AS employmentType, a.jabatan, a.unit_kerja AS unitKerja,
              e.pangkat, e.golongan, a.pangkat AS casePangkat, e.siasn_person_id AS siasnPersonId, o.name AS opdName
       FROM case_accused a LEFT JOIN employees e ON e.id = a.employee_id LEFT JOIN opds o ON o.id = e.opd_id
       WHERE a.case_id = ? ORDER BY a.position`,
    )
    .all(caseId) as AccusedExchangeRow[];
}

/** Every case's exchange identity and register number, by id order: what a bundle export selects from. */
export function selectExchangeCandidates(db: Db): { id: number; caseUuid: string; revision: number; registerNo: string }[] {
  return db.prepare('SELECT id, case_uuid AS caseUuid, revision, register_no AS registerNo FROM cases ORDER BY id').all() as { id: number; caseUuid: string; revision: number; registerNo: string }[];
}

/** The cases registered or whose particulars were edited at or after `at` (an ISO instant). */
export function selectCaseIdsTouchedSince(db: Db, at: string): number[] {
  return (db.prepare('SELECT id FROM cases WHERE created_at >= ? OR updated_at >= ?').all(at, at) as { id: number }[]).map((r) => r.id);
}
