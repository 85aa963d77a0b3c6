import { z } from 'zod';
import { channel } from '../define.ts';
import { ADMIN, ALL, INTAKE } from '../../accounts/roles.ts';
import { caseCreateSchema, caseIdSchema, caseListSchema, caseUpdateSchema, duplicateCheckSchema } from '../../cases/schemas.ts';
import type { CaseDetail, CaseSummary, DuplicateWarning } from '../../cases/schemas.ts';
import type { ViolationCatalogue } from '../../catalogue/types.ts';
import { tableFormatSchema } from '../../reports/table-export.ts';
import type { TableFile } from '../../reports/table-export.ts';
import { registerTemplateSchema } from '../../cases/register-number.ts';
import type { RegisterTemplateInfo } from '../../cases/register-number.ts';

export interface CaseOptions {
  opds: { id: number; name: string }[];
  statuses: string[];
  catalogues: ViolationCatalogue[];
  currentVersion: string;
}

export const caseChannels = {
  'cases:create': channel<{ id: number; registerNo: string }>()(caseCreateSchema, { access: INTAKE }),
  'cases:update': channel<{ id: number; updatedAt: string; changed: string[] }>()(caseUpdateSchema, { access: INTAKE }),
  'cases:list': channel<{ rows: CaseSummary[]; total: number }>()(caseListSchema, { access: ALL }),
  /** The whole filtered list as XLSX or CSV: what the list shows, for every role that sees the list. */
  'cases:export': channel<TableFile>()(caseListSchema.omit({ offset: true, limit: true }).extend({ format: tableFormatSchema }).strict(), { access: ALL }),
  'cases:get': channel<CaseDetail>()(caseIdSchema, { access: ALL }),
  'cases:duplicates': channel<DuplicateWarning[]>()(duplicateCheckSchema, { access: INTAKE }),
  'cases:options': channel<CaseOptions>()(z.object({}).strict(), { access: ALL }),
  'cases:registerTemplate': channel<RegisterTemplateInfo>()(z.object({}).strict(), { access: ALL }),
  'cases:setRegisterTemplate': channel<RegisterTemplateInfo>()(registerTemplateSchema, { access: ADMIN }),
} as const;
