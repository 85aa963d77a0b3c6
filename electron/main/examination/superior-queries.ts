/** SQL of `accused_superiors`: one direct superior per accused (migration 20). */
import type { Db } from '../db/connection.ts';
import type { AccusedSuperior } from '../../../shared/examination/superior.ts';

const SELECT = `SELECT s.accused_id AS accusedId, s.employee_id AS employeeId, s.name, s.nip, s.pangkat, s.jabatan,
                       s.opd_id AS opdId, o.name AS opdName, s.updated_at AS updatedAt, s.updated_by AS updatedBy
                FROM accused_superiors s LEFT JOIN opds o ON o.id = s.opd_id`;

/** The superiors recorded for a case's accused. */
export function selectSuperiors(db: Db, caseId: number): AccusedSuperior[] {
  return db.prepare(`${SELECT} WHERE s.case_id = ? ORDER BY s.accused_id`).all(caseId) as AccusedSuperior[];
}

/** One accused's superior, or undefined. */
export function selectSuperior(db: Db, accusedId: number): AccusedSuperior | undefined {
  return db.prepare(`${SELECT} WHERE s.accused_id = ?`).get(accusedId) as AccusedSuperior | undefined;
}

export interface SuperiorRow {
  accused_id: number;
  case_id: number;
  employee_id: number | null;
  name: string;
  nip: string;
  pangkat: string | null;
  jabatan: string | null;
  opd_id: number | null;
  updated_at: string;
  updated_by: string;
}

export function upsertSuperior(db: Db, r: SuperiorRow): void {
  db.prepare(
    `INSERT INTO accused_superiors (accused_id, case_id, employee_id, name, nip, pangkat, jabatan, opd_id, updated_at, updated_by)
     VALUES (@accused_id, @case_id, @employee_id, @name, @nip, @pangkat, @jabatan, @opd_id, @updated_at, @updated_by)
     ON CONFLICT (accused_id) DO UPDATE SET employee_id = excluded.employee_id, name = excluded.name, nip = excluded.nip,
       pangkat = excluded.pangkat, jabatan = excluded.jabatan, opd_id = excluded.opd_id, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run(r);
}

export function deleteSuperior(db: Db, accusedId: number): void {
  db.prepare('DELETE FROM accused_superiors WHERE accused_id = ?').run(accusedId);
}

/** The registry facts a picked superior brings: the printed pangkat and the OPD. */
export function superiorEmployee(db: Db, employeeId: number): { nip: string; pangkat: string | null; golongan: string | null; opdId: number | null } | undefined {
  return db.prepare('SELECT nip, pangkat, golongan, opd_id AS opdId FROM employees WHERE id = ?').get(employeeId) as never;
}

/** The OPD an accused works in: their registry entry's, else the case's. */
export function accusedOpdId(db: Db, accusedId: number): number | null {
  const r = db
    .prepare('SELECT coalesce(e.opd_id, c.opd_id) AS opdId FROM case_accused a JOIN cases c ON c.id = a.case_id LEFT JOIN employees e ON e.id = a.employee_id WHERE a.id = ?')
    .get(accusedId) as { opdId: number | null } | undefined;
  return r?.opdId ?? null;
}

/** How the accused's superiors complete the team: all accused covered, and how many distinct superiors are not team members already. */
export function superiorTeamFacts(db: Db, caseId: number, teamNips: readonly string[]): { everyAccused: boolean; notOnTeam: number } {
  const r = db
    .prepare(
      `SELECT (SELECT count(*) FROM case_accused WHERE case_id = @caseId) AS accused,
              (SELECT count(*) FROM accused_superiors WHERE case_id = @caseId) AS covered`,
    )
    .get({ caseId }) as { accused: number; covered: number };
  const nips = new Set((db.prepare('SELECT DISTINCT nip FROM accused_superiors WHERE case_id = ?').all(caseId) as { nip: string }[]).map((x) => x.nip));
  for (const n of teamNips) nips.delete(n);
  return { everyAccused: r.accused > 0 && r.covered >= r.accused, notOnTeam: nips.size };
}
