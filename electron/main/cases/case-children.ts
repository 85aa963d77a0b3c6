import type { Db } from '../db/connection.ts';
import type { AuditEntry } from '../audit/audit-log.ts';
import { AppError } from '../errors.ts';
import type { CaseCreate } from '../../../shared/cases/schemas.ts';
import { accusedWriters, deleteAccusedRow, parkAccusedPositions, refreshAccusedTypes, selectAccusedIdsByNip } from './case-queries.ts';
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
      siasnPersonId: null,
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
  const existing = selectAccusedIdsByNip(db, caseId);
  parkAccusedPositions(db, caseId);
  const write = accusedWriters(db);
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
      write.update(id, values);
      existing.delete(a.nip);
    } else write.insert(caseId, a.nip, values);
  });
  for (const [nip, id] of existing) {
    try {
      deleteAccusedRow(db, id);
    } catch (e) {
      if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY') throw new AppError('CONFLICT', 'case.accusedInUse', { nip });
      throw e;
    }
  }
  refreshAccusedTypes(db, caseId);
}
