import { z } from 'zod';
import { channel } from '../define.ts';
import { caseCreateSchema, caseIdSchema, caseListSchema, caseUpdateSchema, duplicateCheckSchema } from '../../cases/schemas.ts';
import type { CaseDetail, CaseSummary, DuplicateWarning } from '../../cases/schemas.ts';
import type { ViolationCatalogue } from '../../catalogue/types.ts';
import { registerTemplateSchema } from '../../cases/register-number.ts';
import type { RegisterTemplateInfo } from '../../cases/register-number.ts';

export interface CaseOptions {
  opds: { id: number; name: string }[];
  statuses: string[];
  catalogues: ViolationCatalogue[];
  currentVersion: string;
}

export const caseChannels = {
  'cases:create': channel<{ id: number; registerNo: string }>()(caseCreateSchema),
  'cases:update': channel<{ id: number; updatedAt: string; changed: string[] }>()(caseUpdateSchema),
  'cases:list': channel<{ rows: CaseSummary[]; total: number }>()(caseListSchema),
  'cases:get': channel<CaseDetail>()(caseIdSchema),
  'cases:duplicates': channel<DuplicateWarning[]>()(duplicateCheckSchema),
  'cases:options': channel<CaseOptions>()(z.object({}).strict()),
  'cases:registerTemplate': channel<RegisterTemplateInfo>()(z.object({}).strict()),
  'cases:setRegisterTemplate': channel<RegisterTemplateInfo>()(registerTemplateSchema),
} as const;
