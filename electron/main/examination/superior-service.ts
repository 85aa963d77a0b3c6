/**
 * Records each accused's direct superior (atasan langsung), picked from the employee
 * registry or typed. The superior is the default signer of that accused's summons
 * (letters/signer-service.ts) and counts as the team's "atasan langsung" element
 * (shared/examination/team-rules.ts). Every change is audited on the case.
 */
import type { z } from 'zod';
import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import { AppError, notFound } from '../errors.ts';
import { pangkatGolonganText } from '../../../shared/employees/golongan.ts';
import type { AccusedSuperior, superiorSetSchema } from '../../../shared/examination/superior.ts';
import { requireAccused, requireCase } from './exam-queries.ts';
import { opdExists } from '../employees/opd-queries.ts';
import { accusedOpdId, deleteSuperior, selectSuperior, selectSuperiors, superiorEmployee, upsertSuperior } from './superior-queries.ts';

/** The superiors recorded for the case's accused. */
export function caseSuperiors(ctx: AppContext, caseId: number): AccusedSuperior[] {
  requireCase(ctx.db, caseId);
  return selectSuperiors(ctx.db, caseId);
}

/** Sets (or with null removes) one accused's direct superior. */
export function setSuperior(ctx: AppContext, input: z.output<typeof superiorSetSchema>): AccusedSuperior[] {
  const core = requireCase(ctx.db, input.caseId);
  const accused = requireAccused(ctx.db, core.id, input.accusedId);
  const p = input.superior;
  let opdId: number | null = null;
  let pangkat: string | null = p?.pangkat || null;
  if (p) {
    // Nobody is their own superior (PP 94/2021: the superior summons and examines the accused).
    if (p.nip === accused.nip) throw new AppError('INVALID_INPUT', 'superior.self', {}, { nip: 'superior.self' });
    const emp = p.employeeId === undefined ? undefined : superiorEmployee(ctx.db, p.employeeId);
    if (p.employeeId !== undefined && !emp) throw notFound('employee.notFound');
    if (emp && emp.nip !== p.nip) throw new AppError('INVALID_INPUT', 'superior.nipMismatch', {}, { nip: 'superior.nipMismatch' });
    if (p.opdId !== undefined && !opdExists(ctx.db, p.opdId)) throw notFound('opd.notFound');
    opdId = p.opdId ?? emp?.opdId ?? accusedOpdId(ctx.db, accused.id);
    pangkat = pangkat ?? (emp ? pangkatGolonganText(emp.pangkat, emp.golongan) || null : null);
  }
  return mutate(ctx, (db) => {
    const before = selectSuperior(db, accused.id) ?? null;
    if (p) {
      upsertSuperior(db, {
        accused_id: accused.id,
        case_id: core.id,
        employee_id: p.employeeId ?? null,
        name: p.name,
        nip: p.nip,
        pangkat,
        jabatan: p.jabatan,
        opd_id: opdId,
        updated_at: ctx.now().toISOString(),
        updated_by: ctx.actor(),
      });
    } else deleteSuperior(db, accused.id);
    const after = selectSuperior(db, accused.id) ?? null;
    return {
      value: selectSuperiors(db, core.id),
      audit: { action: 'accused.superior', entity: 'case', entityId: core.id, before: { accusedId: accused.id, superior: before }, after: { accusedId: accused.id, superior: after } },
    };
  });
}
