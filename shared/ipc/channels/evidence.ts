import { channel } from '../define.ts';
import { CONFIDENTIAL, INTAKE, STAFF } from '../../accounts/roles.ts';
import {
  evidenceAttachSchema,
  evidenceIdSchema,
  evidenceReadSchema,
  evidenceUploadRefSchema,
} from '../../evidence/schemas.ts';
import type { EvidenceChunk, EvidenceItem, EvidenceVerifyResult, StagedEvidence } from '../../evidence/schemas.ts';
import { caseIdSchema } from '../../cases/schemas.ts';

/**
 * Evidence files arrive through the uploads channels (purpose "evidence", streamed into
 * the store's temp area); evidence:commit stores one under its SHA-256 for attaching.
 * Clerks upload and attach; reading is confidential (not the viewer); staff verify (audited).
 */
export const evidenceChannels = {
  'evidence:commit': channel<StagedEvidence>()(evidenceUploadRefSchema, { access: INTAKE }),
  'evidence:attach': channel<EvidenceItem[]>()(evidenceAttachSchema, { access: INTAKE }),
  'evidence:list': channel<EvidenceItem[]>()(caseIdSchema, { access: CONFIDENTIAL }),
  'evidence:verify': channel<EvidenceVerifyResult>()(evidenceIdSchema, { access: STAFF }),
  'evidence:read': channel<EvidenceChunk>()(evidenceReadSchema, { access: CONFIDENTIAL }),
} as const;
