import type { z } from 'zod';
import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import { AppError, notFound } from '../errors.ts';
import type { Db } from '../db/connection.ts';
import type {
  Employee,
  EmployeeDetail,
  employeeInputSchema,
  EmployeeListQuery,
  employeeUpdateSchema,
} from '../../../shared/employees/schemas.ts';
import type { EmployeeValues } from './employee-queries.ts';
import { insertEmployee, searchEmployees, selectEmployee, selectEmployeeByNip, selectEmployeePage, updateEmployeeRow, valuesOf, canonicalEmployee } from './employee-queries.ts';
import { checkVersion, differingFields } from '../records/record-version.ts';
import { employeeHistory } from './employee-history.ts';
import { requireOpd } from './opd-service.ts';

type EmployeeFields = Omit<z.output<typeof employeeInputSchema>, never>;

/**
 * Form values with the OPD checked; insertEmployee/updateEmployeeRow store their canonical
 * form. A caller that leaves the SIASN id out keeps the one on record (`kept`).
 */
function toValues(db: Db, input: EmployeeFields, kept: string | null = null): EmployeeValues {
  return {
    nip: input.nip,
    name: input.name,
    employmentType: input.employmentType,
    pangkat: input.pangkat || null,
    golongan: input.golongan || null,
    jabatan: input.jabatan || null,
    unitKerja: input.unitKerja || null,
    opdId: requireOpd(db, input.opdId),
    positionClass: input.positionClass || null,
    siasnPersonId: input.siasnPersonId === undefined ? kept : input.siasnPersonId || null,
  };
}

function assertNipFree(db: Db, nip: string, selfId: number | null): void {
  const other = selectEmployeeByNip(db, nip);
  if (other && other.id !== selfId) {
    throw new AppError('CONFLICT', 'employee.nipTaken', { nip, name: other.name }, { nip: 'employee.nipTaken' });
  }
}

/** Adds an employee to the registry (audited). */
export function createEmployee(ctx: AppContext, input: EmployeeFields): Employee {
  const id = mutate(ctx, (db) => {
    const values = toValues(db, input);
    assertNipFree(db, values.nip, null);
    const { id, values: stored } = insertEmployee(db, values, ctx.now().toISOString(), null, ctx.actor());
    return { value: id, audit: { action: 'employee.create', entity: 'employee', entityId: id, after: stored } };
  });
  return selectEmployee(ctx.db, id)!;
}

/** Changes an employee (audited with before/after); refuses a form loaded before another change. */
export function updateEmployee(ctx: AppContext, input: z.output<typeof employeeUpdateSchema>): Employee {
  mutate(ctx, (db) => {
    const current = selectEmployee(db, input.id);
    if (!current) throw notFound('employee.one');
    const values = toValues(db, input, current.siasnPersonId);
    checkVersion(ctx, 'employee', current, input.expectedVersion, () => differingFields({ ...valuesOf(current) }, { ...canonicalEmployee(values) }));
    assertNipFree(db, values.nip, input.id);
    const before = valuesOf(current);
    const after = updateEmployeeRow(db, input.id, values, ctx.now().toISOString(), null, ctx.actor());
    return { value: null, audit: { action: 'employee.update', entity: 'employee', entityId: input.id, before, after, reason: input.reason || null } };
  });
  return selectEmployee(ctx.db, input.id)!;
}

/** One employee with their history. */
export function getEmployee(ctx: AppContext, id: number): EmployeeDetail {
  const e = selectEmployee(ctx.db, id);
  if (!e) throw notFound('employee.one');
  return { ...e, history: employeeHistory(ctx.db, id) };
}

/** A page of the registry. */
export function listEmployees(ctx: AppContext, q: EmployeeListQuery): { rows: Employee[]; total: number } {
  return selectEmployeePage(ctx.db, q);
}

/** Picker matches for intake. */
export function findEmployees(ctx: AppContext, query: string, limit: number): Employee[] {
  return searchEmployees(ctx.db, query, limit);
}
