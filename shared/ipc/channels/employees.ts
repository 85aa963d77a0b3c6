import { channel } from '../define.ts';
import { tableFormatSchema } from '../../reports/table-export.ts';
import type { TableFile } from '../../reports/table-export.ts';
import { ALL, INTAKE } from '../../accounts/roles.ts';
import {
  employeeIdSchema,
  employeeInputSchema,
  employeeListSchema,
  employeeSearchSchema,
  employeeUpdateSchema,
  opdCreateSchema,
  opdListSchema,
  opdUpdateSchema,
} from '../../employees/schemas.ts';
import type { Employee, EmployeeDetail, Opd } from '../../employees/schemas.ts';
import { importCommitSchema, importPreviewSchema } from '../../employees/import-types.ts';
import type { ImportPreview, ImportResult } from '../../employees/import-types.ts';

/**
 * Employee registry, OPD list and employee import: everyone reads (the intake picker, case
 * views); clerks and administrators maintain them.
 */
export const employeeChannels = {
  'employees:list': channel<{ rows: Employee[]; total: number }>()(employeeListSchema, { access: ALL }),
  'employees:export': channel<TableFile>()(employeeListSchema.omit({ offset: true, limit: true }).extend({ format: tableFormatSchema }).strict(), { access: ALL }),
  /** The intake picker: up to `limit` best matches by NIP or name. */
  'employees:search': channel<Employee[]>()(employeeSearchSchema, { access: ALL }),
  'employees:get': channel<EmployeeDetail>()(employeeIdSchema, { access: ALL }),
  'employees:create': channel<Employee>()(employeeInputSchema, { access: INTAKE }),
  'employees:update': channel<Employee>()(employeeUpdateSchema, { access: INTAKE }),
  'opds:list': channel<Opd[]>()(opdListSchema, { access: ALL }),
  'opds:create': channel<Opd>()(opdCreateSchema, { access: INTAKE }),
  'opds:update': channel<Opd>()(opdUpdateSchema, { access: INTAKE }),
  'employees:importPreview': channel<ImportPreview>()(importPreviewSchema, { access: INTAKE }),
  'employees:importCommit': channel<ImportResult>()(importCommitSchema, { access: INTAKE }),
} as const;
