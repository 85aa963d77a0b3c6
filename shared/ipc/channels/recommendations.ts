import { z } from 'zod';
import { channel } from '../define.ts';
import { ALL, INTAKE, OFFICIAL, STAFF } from '../../accounts/roles.ts';
import {
  recCreateCasesSchema,
  recLinkCaseSchema,
  recNotFollowedSchema,
  recommendationCreateSchema,
  recommendationExportSchema,
  recommendationIdSchema,
  recommendationListSchema,
} from '../../recommendations/schemas.ts';
import type { OverdueRecommendations, RecommendationDetail, RecommendationSummary } from '../../recommendations/schemas.ts';
import type { TableFile } from '../../reports/table-export.ts';
import type { IssuedLetter } from '../../letters/issued.ts';
import type { PdfFile } from './letters.ts';

/**
 * The recommendation register. Registering a letter and linking or creating its cases is
 * intake work (clerks); recording that a recommendation is not followed, and issuing the
 * reply to the issuer, are the officials' call; everyone who sees cases sees the register.
 */
export const recommendationChannels = {
  'recommendations:list': channel<RecommendationSummary[]>()(recommendationListSchema, { access: ALL }),
  'recommendations:export': channel<TableFile>()(recommendationExportSchema, { access: ALL }),
  'recommendations:get': channel<RecommendationDetail>()(recommendationIdSchema, { access: ALL }),
  'recommendations:overdue': channel<OverdueRecommendations>()(z.object({}).strict(), { access: ALL }),
  'recommendations:create': channel<{ id: number }>()(recommendationCreateSchema, { access: INTAKE }),
  'recommendations:linkCase': channel<RecommendationDetail>()(recLinkCaseSchema, { access: INTAKE }),
  'recommendations:createCases': channel<{ created: { itemId: number; caseId: number; registerNo: string }[] }>()(recCreateCasesSchema, { access: INTAKE }),
  'recommendations:setNotFollowed': channel<RecommendationDetail>()(recNotFollowedSchema, { access: OFFICIAL }),
  /** The reply (laporan tindak lanjut) as a draft: staff preview it. */
  'recommendations:draftReply': channel<PdfFile>()(recommendationIdSchema, { access: STAFF }),
  /** Issues the reply: numbered, frozen, the issued SKs attached in the same PDF. */
  'recommendations:issueReply': channel<{ letter: IssuedLetter; file: PdfFile }>()(recommendationIdSchema, { access: OFFICIAL }),
} as const;
