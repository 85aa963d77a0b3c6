import type { Db } from '../db/connection.ts';
import type { AccusedRow, CaseSource, CaseSummary, EmploymentType } from '../../../shared/cases/schemas.ts';

interface CaseRow {
  id: number;
  register_no: string;
  status: string;
  source: CaseSource;
  source_ref: string | null;
  incident_date: string;
  incident_place: string | null;
  chronology: string | null;
  catalogue_version: string;
  created_at: string;
  created_by: string;
}

/** One case row by id, or undefined. */
export function selectCase(db: Db, id: number): CaseRow | undefined {
  return db.prepare('SELECT * FROM cases WHERE id = ?').get(id) as CaseRow | undefined;
}

/** The accused of a case in the order they were entered. */
export function selectAccused(db: Db, caseId: number): AccusedRow[] {
  return db
    .prepare(
      `SELECT id, employee_id AS employeeId, name, nip, employment_type AS employmentType, jabatan, unit_kerja AS unitKerja
       FROM case_accused WHERE case_id = ? ORDER BY position`,
    )
    .all(caseId) as (AccusedRow & { employmentType: EmploymentType })[];
}

export function selectViolationCodes(db: Db, caseId: number): string[] {
  return (db.prepare('SELECT code FROM case_violations WHERE case_id = ? ORDER BY code').all(caseId) as { code: string }[]).map((r) => r.code);
}

/** A page of the case list, newest first, with the total for the pager. */
export function selectCasePage(db: Db, opts: { search?: string | undefined; offset: number; limit: number }): { rows: CaseSummary[]; total: number } {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: opts.limit, offset: opts.offset };
  if (opts.search) {
    // Plain LIKE for the thin slice; case intake (issue 3) replaces this with FTS5.
    params.like = `%${opts.search.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    where.push(`(c.register_no LIKE @like ESCAPE '\\' OR EXISTS (SELECT 1 FROM case_accused a WHERE a.case_id = c.id AND (a.name LIKE @like ESCAPE '\\' OR a.nip LIKE @like ESCAPE '\\')) OR c.chronology LIKE @like ESCAPE '\\')`);
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (db.prepare(`SELECT count(*) AS n FROM cases c ${whereSql}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT c.id, c.register_no AS registerNo, c.status, c.incident_date AS incidentDate, c.created_at AS createdAt,
              (SELECT group_concat(name, ', ') FROM (SELECT name FROM case_accused WHERE case_id = c.id ORDER BY position)) AS accusedNames,
              (SELECT group_concat(code, ', ') FROM case_violations WHERE case_id = c.id) AS violationCodes
       FROM cases c ${whereSql}
       ORDER BY c.created_at DESC, c.id DESC
       LIMIT @limit OFFSET @offset`,
    )
    .all(params) as CaseSummary[];
  return { rows, total };
}
