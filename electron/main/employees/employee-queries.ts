import type { Db } from '../db/connection.ts';
import type { Employee, EmployeeListQuery } from '../../../shared/employees/schemas.ts';
import type { PositionClass } from '../../../shared/employees/position-class.ts';
import { normalizeGolongan, pangkatForGolongan, splitPangkatGolongan } from '../../../shared/employees/golongan.ts';
import type { EmploymentType } from '../../../shared/employees/employment-type.ts';
import { normalizePersonId } from '../../../shared/nip.ts';

const SELECT_EMPLOYEE = `
  SELECT e.id, e.nip, e.name, e.employment_type AS employmentType, e.pangkat, e.golongan, e.jabatan,
         e.unit_kerja AS unitKerja, e.opd_id AS opdId, o.name AS opdName, e.position_class AS positionClass, e.siasn_person_id AS siasnPersonId, e.created_at AS createdAt, e.updated_at AS updatedAt,
         e.updated_by AS updatedBy, e.version
  FROM employees e LEFT JOIN opds o ON o.id = e.opd_id`;

/** The stored, comparable form of an employee: what audit before/after records. */
export interface EmployeeValues {
  nip: string;
  name: string;
  employmentType: EmploymentType;
  pangkat: string | null;
  golongan: string | null;
  jabatan: string | null;
  unitKerja: string | null;
  opdId: number | null;
  positionClass: PositionClass | null;
  /** BKN's key for the person in SIASN (pnsOrangId); null when unknown (an import without the column keeps it). */
  siasnPersonId: string | null;
}

export const EMPLOYEE_VALUE_FIELDS = ['nip', 'name', 'employmentType', 'pangkat', 'golongan', 'jabatan', 'unitKerja', 'opdId', 'positionClass', 'siasnPersonId'] as const;

/** The audited fields of an employee row. */
export function valuesOf(e: Employee | EmployeeValues): EmployeeValues {
  return {
    nip: e.nip,
    name: e.name,
    employmentType: e.employmentType,
    pangkat: e.pangkat,
    golongan: e.golongan,
    jabatan: e.jabatan,
    unitKerja: e.unitKerja,
    opdId: e.opdId,
    positionClass: e.positionClass ?? null,
    siasnPersonId: e.siasnPersonId ?? null,
  };
}

export function selectEmployee(db: Db, id: number): Employee | undefined {
  return db.prepare(`${SELECT_EMPLOYEE} WHERE e.id = ?`).get(id) as Employee | undefined;
}

/** The NIP of an employee, or undefined when the id is unknown. */
export function selectEmployeeNip(db: Db, id: number): string | undefined {
  return (db.prepare('SELECT nip FROM employees WHERE id = ?').get(id) as { nip: string } | undefined)?.nip;
}

export function selectEmployeeByNip(db: Db, nip: string): Employee | undefined {
  return db.prepare(`${SELECT_EMPLOYEE} WHERE e.nip = ?`).get(nip) as Employee | undefined;
}

function likePattern(s: string): string {
  return `%${s.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}

/** The registry list's filters as SQL: the page and its export select the same rows. */
function employeeFilter(q: Omit<EmployeeListQuery, 'offset' | 'limit'>): { whereSql: string; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const search = q.search?.trim();
  if (search) {
    const digits = normalizePersonId(search);
    params.like = likePattern(search);
    params.nipLike = likePattern(digits);
    where.push(`(e.name LIKE @like ESCAPE '\\' OR e.nip LIKE @nipLike ESCAPE '\\')`);
  }
  if (q.opdId !== undefined) {
    params.opdId = q.opdId;
    where.push('e.opd_id = @opdId');
  }
  if (q.employmentType) {
    params.type = q.employmentType;
    where.push('e.employment_type = @type');
  }
  return { whereSql: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

/** A page of the registry sorted by name, filtered in SQL, with the total for the pager. */
export function selectEmployeePage(db: Db, q: EmployeeListQuery): { rows: Employee[]; total: number } {
  const { whereSql, params } = employeeFilter(q);
  const total = (db.prepare(`SELECT count(*) AS n FROM employees e ${whereSql}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(`${SELECT_EMPLOYEE} ${whereSql} ORDER BY e.name COLLATE NOCASE, e.id LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: q.limit, offset: q.offset }) as Employee[];
  return { rows, total };
}

/** Every employee the list's filters select, in the list's order, one row at a time (the export). */
export function iterateEmployees(db: Db, q: Omit<EmployeeListQuery, 'offset' | 'limit'>): IterableIterator<Employee> {
  const { whereSql, params } = employeeFilter(q);
  return db.prepare(`${SELECT_EMPLOYEE} ${whereSql} ORDER BY e.name COLLATE NOCASE, e.id`).iterate(params) as IterableIterator<Employee>;
}

/** Best matches for the picker: exact NIP, then NIP prefix, then name prefix, then anywhere. */
export function searchEmployees(db: Db, query: string, limit: number): Employee[] {
  const q = query.trim();
  if (q === '') return [];
  const digits = normalizePersonId(q);
  return db
    .prepare(
      `${SELECT_EMPLOYEE}
       WHERE e.nip LIKE @nipLike ESCAPE '\\' OR e.name LIKE @like ESCAPE '\\'
       ORDER BY CASE WHEN e.nip = @exact THEN 0
                     WHEN e.nip LIKE @nipPrefix ESCAPE '\\' THEN 1
                     WHEN e.name LIKE @prefix ESCAPE '\\' THEN 2
                     ELSE 3 END,
                e.name COLLATE NOCASE, e.id
       LIMIT @limit`,
    )
    .all({
      nipLike: likePattern(digits),
      like: likePattern(q),
      exact: digits,
      nipPrefix: `${digits.replace(/[\\%_]/g, (m) => `\\${m}`)}%`,
      prefix: `${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`,
      limit,
    }) as Employee[];
}

/**
 * Employee fields in the one form every writer stores (registry form, import, case
 * intake): a combined "Penata Muda, III/b" typed as pangkat is split into pangkat and
 * golongan, a PNS golongan without pangkat gets its pangkat name, a PPPK without a
 * position class gets "pppk". Letters print pangkat and golongan from these columns, so
 * a writer that skipped one of these steps printed a rank without its grade.
 */
export function canonicalEmployee(v: EmployeeValues): EmployeeValues {
  let pangkat = v.pangkat?.trim() || '';
  let golongan = v.golongan?.trim() || '';
  if (golongan) golongan = normalizeGolongan(golongan) || golongan;
  if (!golongan && pangkat) {
    const split = splitPangkatGolongan(pangkat);
    if (split.golongan) {
      golongan = split.golongan;
      pangkat = split.pangkat;
    }
  }
  if (!pangkat && golongan && v.employmentType === 'PNS') pangkat = pangkatForGolongan(golongan);
  return {
    nip: v.nip,
    name: v.name,
    employmentType: v.employmentType,
    pangkat: pangkat || null,
    golongan: golongan || null,
    jabatan: v.jabatan?.trim() || null,
    unitKerja: v.unitKerja?.trim() || null,
    opdId: v.opdId ?? null,
    positionClass: v.positionClass || (v.employmentType === 'PPPK' ? 'pppk' : null),
    siasnPersonId: v.siasnPersonId?.trim() || null,
  };
}

/**
 * The one INSERT into employees. Stores the canonical form and returns the id with the
 * values written (what the caller's audit row records). `batchId` marks an imported row.
 */
export function insertEmployee(db: Db, input: EmployeeValues, nowIso: string, batchId: number | null = null, by: string | null = null): { id: number; values: EmployeeValues } {
  const values = canonicalEmployee(input);
  const id = Number(
    db
      .prepare(
        `INSERT INTO employees (nip, name, employment_type, pangkat, golongan, jabatan, unit_kerja, opd_id, position_class, siasn_person_id, import_batch_id, created_at, updated_at, updated_by)
         VALUES (@nip, @name, @employmentType, @pangkat, @golongan, @jabatan, @unitKerja, @opdId, @positionClass, @siasnPersonId, @batchId, @now, @now, @by)`,
      )
      .run({ ...values, batchId, now: nowIso, by }).lastInsertRowid,
  );
  return { id, values };
}

/**
 * The one UPDATE of employees: overwrites every audited field (the NIP included) with the
 * canonical form and returns the values written. `batchId` marks the row as last changed
 * by that import; without it the row keeps its import mark. `by` is the writer the stale-edit
 * refusal names (the version itself is counted by the table's trigger, migration 022).
 */
export function updateEmployeeRow(db: Db, id: number, input: EmployeeValues, nowIso: string, batchId: number | null = null, by: string | null = null): EmployeeValues {
  const values = canonicalEmployee(input);
  db.prepare(
    `UPDATE employees SET nip = @nip, name = @name, employment_type = @employmentType, pangkat = @pangkat, golongan = @golongan,
            jabatan = @jabatan, unit_kerja = @unitKerja, opd_id = @opdId, position_class = @positionClass, siasn_person_id = @siasnPersonId,
            import_batch_id = coalesce(@batchId, import_batch_id), updated_at = @now, updated_by = @by
     WHERE id = @id`,
  ).run({ ...values, id, batchId, now: nowIso, by });
  return values;
}

/** Per accused of a case: the registry's position class and the OPD (the employee's, else the case's). */
export function accusedPositions(db: Db, caseId: number): { id: number; positionClass: PositionClass | null; opdId: number | null; opdName: string | null }[] {
  return db
    .prepare(
      `SELECT a.id, e.position_class AS positionClass, o.id AS opdId, o.name AS opdName
       FROM case_accused a JOIN cases c ON c.id = a.case_id
       LEFT JOIN employees e ON e.id = a.employee_id
       LEFT JOIN opds o ON o.id = coalesce(e.opd_id, c.opd_id)
       WHERE a.case_id = ? ORDER BY a.position`,
    )
    .all(caseId) as { id: number; positionClass: PositionClass | null; opdId: number | null; opdName: string | null }[];
}

/** Every employee's stored values by NIP: what an import compares its rows with. */
export function selectEmployeeValuesByNip(db: Db): Map<string, { id: number } & EmployeeValues> {
  const rows = db
    .prepare(
      `SELECT id, nip, name, employment_type AS employmentType, pangkat, golongan, jabatan, unit_kerja AS unitKerja, opd_id AS opdId, position_class AS positionClass,
              siasn_person_id AS siasnPersonId
       FROM employees`,
    )
    .all() as ({ id: number } & EmployeeValues)[];
  return new Map(rows.map((r) => [r.nip, r]));
}

/** Every NIP in the registry. */
export function selectAllEmployeeNips(db: Db): string[] {
  return db.prepare('SELECT nip FROM employees').pluck().all() as string[];
}

/** A bulk insert prepared once (the demo's thousands of employees): the columns as given, no canonical form, no audit. */
export function employeeBulkInserter(db: Db) {
  const st = db.prepare(
    `INSERT INTO employees (nip, name, employment_type, pangkat, jabatan, unit_kerja, opd_id, position_class, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return (e: { nip: string; name: string; employmentType: string; pangkat: string | null; jabatan: string; unitKerja: string; opdId: number; positionClass: string | null }, at: string): number =>
    Number(st.run(e.nip, e.name, e.employmentType, e.pangkat, e.jabatan, e.unitKerja, e.opdId, e.positionClass, at, at).lastInsertRowid);
}

/** The employee's row version, or undefined when unknown. */
export function selectEmployeeVersion(db: Db, id: number): number | undefined {
  return db.prepare('SELECT version FROM employees WHERE id = ?').pluck().get(id) as number | undefined;
}
