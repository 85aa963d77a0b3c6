import { ACCUSED_TYPES_OF_CASE_SQL } from './accused-types.ts';
import type { Db } from '../db/connection.ts';
import type { AuditEntry } from '../audit/audit-log.ts';
import { AppError } from '../errors.ts';
import type { CaseCreate } from '../../../shared/cases/schemas.ts';
import { insertEmployee, selectEmployee, selectEmployeeByNip, updateEmployeeRow, valuesOf } from '../employees/employee-queries.ts';

type AccusedInput = CaseCreate['accused'][number];
type Audit = Omit<AuditEntry, 'actor'>;

/**
 * Finds the accused in the employee registry by NIP, or adds them there (audited) in the
 * same canonical form as the registry form and the import write: golongan split from a
 * typed "Penata Muda, III/b", the case's OPD as the employee's when the registry has none.
 */
function resolveEmployee(db: Db, a: AccusedInput, caseOpdId: number | null, nowIso: string, audits: Audit[]): number {
  const existing = a.employeeId !== undefined ? selectEmployee(db, a.employeeId) : selectEmployeeByNip(db, a.nip);
  if (a.employeeId !== undefined && !existing) return a.employeeId;
  if (existing) {
    // The intake form may record a position class the registry lacks or has wrong.
    if (a.positionClass && a.positionClass !== existing.positionClass) {
      const before = valuesOf(existing);
      updateEmployeeRow(db, existing.id, { ...before, positionClass: a.positionClass }, nowIso);
      audits.push({
        action: 'employee.update',
        entity: 'employee',
        entityId: existing.id,
        before: { positionClass: existing.positionClass },
        after: { positionClass: a.positionClass },
        reason: 'set at case intake',
      });
    }
    return existing.id;
  }
  const { id, values } = insertEmployee(
    db,
    {
      nip: a.nip,
      name: a.name,
      employmentType: a.employmentType,
      pangkat: a.pangkat || null,
      golongan: null,
      jabatan: a.jabatan || null,
      unitKerja: a.unitKerja || null,
      opdId: caseOpdId,
      positionClass: a.positionClass || null,
    },
    nowIso,
  );
  audits.push({ action: 'employee.create', entity: 'employee', entityId: id, after: values, reason: 'added at case intake' });
  return id;
}

/**
 * Makes the case's accused match the list, keyed by NIP: known NIPs are updated in place
 * (their rows may be referenced by hearings and letters), new ones added, dropped ones
 * removed unless something already refers to them.
 */
export function syncAccused(db: Db, caseId: number, list: AccusedInput[], caseOpdId: number | null, nowIso: string, audits: Audit[]): void {
  const existing = new Map((db.prepare('SELECT id, nip FROM case_accused WHERE case_id = ?').all(caseId) as { id: number; nip: string }[]).map((r) => [r.nip, r.id]));
  // Positions are unique per case: park them out of the way before renumbering.
  db.prepare('UPDATE case_accused SET position = -id WHERE case_id = ?').run(caseId);
  const update = db.prepare(
    `UPDATE case_accused SET employee_id = @employeeId, position = @position, name = @name, employment_type = @employmentType,
            pangkat = @pangkat, jabatan = @jabatan, unit_kerja = @unitKerja WHERE id = @id`,
  );
  const insert = db.prepare(
    `INSERT INTO case_accused (case_id, employee_id, position, name, nip, employment_type, pangkat, jabatan, unit_kerja)
     VALUES (@caseId, @employeeId, @position, @name, @nip, @employmentType, @pangkat, @jabatan, @unitKerja)`,
  );
  list.forEach((a, i) => {
    const values = {
      employeeId: resolveEmployee(db, a, caseOpdId, nowIso, audits),
      position: i + 1,
      name: a.name,
      employmentType: a.employmentType,
      pangkat: a.pangkat || null,
      jabatan: a.jabatan || null,
      unitKerja: a.unitKerja || null,
    };
    const id = existing.get(a.nip);
    if (id !== undefined) {
      update.run({ ...values, id });
      existing.delete(a.nip);
    } else insert.run({ ...values, caseId, nip: a.nip });
  });
  for (const [nip, id] of existing) {
    try {
      db.prepare('DELETE FROM case_accused WHERE id = ?').run(id);
    } catch (e) {
      if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY') throw new AppError('CONFLICT', 'case.accusedInUse', { nip });
      throw e;
    }
  }
  db.prepare(
    `UPDATE cases SET accused_types = (${ACCUSED_TYPES_OF_CASE_SQL}) WHERE id = @id`,
  ).run({ id: caseId });
}

/** Replaces the case's violation codes. */
export function syncViolations(db: Db, caseId: number, codes: string[]): void {
  db.prepare('DELETE FROM case_violations WHERE case_id = ?').run(caseId);
  const insert = db.prepare('INSERT INTO case_violations (case_id, code) VALUES (?, ?)');
  for (const code of new Set(codes)) insert.run(caseId, code);
}
