import { channel } from '../define.ts';
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
import {
  importBeginSchema,
  importChunkSchema,
  importCommitSchema,
  importDiscardSchema,
  importPreviewSchema,
} from '../../employees/import-types.ts';
import type { ImportPreview, ImportResult } from '../../employees/import-types.ts';

/** Employee registry, OPD list and employee import (issue 3A). */
export const employeeChannels = {
  'employees:list': channel<{ rows: Employee[]; total: number }>()(employeeListSchema),
  /** The intake picker: up to `limit` best matches by NIP or name. */
  'employees:search': channel<Employee[]>()(employeeSearchSchema),
  'employees:get': channel<EmployeeDetail>()(employeeIdSchema),
  'employees:create': channel<Employee>()(employeeInputSchema),
  'employees:update': channel<Employee>()(employeeUpdateSchema),
  'opds:list': channel<Opd[]>()(opdListSchema),
  'opds:create': channel<Opd>()(opdCreateSchema),
  'opds:update': channel<Opd>()(opdUpdateSchema),
  'employees:importBegin': channel<{ uploadId: string }>()(importBeginSchema),
  'employees:importChunk': channel<{ received: number; complete: boolean }>()(importChunkSchema),
  'employees:importPreview': channel<ImportPreview>()(importPreviewSchema),
  'employees:importCommit': channel<ImportResult>()(importCommitSchema),
  'employees:importDiscard': channel<{ ok: true }>()(importDiscardSchema),
} as const;
