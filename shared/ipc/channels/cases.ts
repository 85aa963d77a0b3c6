import { channel } from '../define.ts';
import { caseCreateSchema, caseIdSchema, caseListSchema } from '../../cases/schemas.ts';
import type { CaseDetail, CaseSummary } from '../../cases/schemas.ts';

export const caseChannels = {
  'cases:create': channel<{ id: number; registerNo: string }>()(caseCreateSchema.strict()),
  'cases:list': channel<{ rows: CaseSummary[]; total: number }>()(caseListSchema.strict()),
  'cases:get': channel<CaseDetail>()(caseIdSchema.strict()),
} as const;
