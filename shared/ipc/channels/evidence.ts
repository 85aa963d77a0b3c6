import { channel } from '../define.ts';
import { CONFIDENTIAL, INTAKE, STAFF } from '../../accounts/roles.ts';
import {
  evidenceAttachSchema,
  evidenceBeginSchema,
  evidenceChunkSchema,
  evidenceIdSchema,
  evidenceReadSchema,
  evidenceUploadRefSchema,
} from '../../evidence/schemas.ts';
import type { EvidenceChunk, EvidenceItem, EvidenceVerifyResult, StagedEvidence } from '../../evidence/schemas.ts';
import { caseIdSchema } from '../../cases/schemas.ts';

/**
 * Evidence files travel in chunks (begin, chunk..., commit) so a large video never
 * becomes one huge IPC or HTTP payload; the main process streams them into the store.
 * Clerks upload and attach; reading is confidential (not the viewer); staff verify (audited).
 */
export const evidenceChannels = {
  'evidence:begin': channel<{ uploadId: string }>()(evidenceBeginSchema, { access: INTAKE }),
  'evidence:chunk': channel<{ received: number }>()(evidenceChunkSchema, { access: INTAKE }),
  'evidence:commit': channel<StagedEvidence>()(evidenceUploadRefSchema, { access: INTAKE }),
  'evidence:abort': channel<{ aborted: boolean }>()(evidenceUploadRefSchema, { access: INTAKE }),
  'evidence:attach': channel<EvidenceItem[]>()(evidenceAttachSchema, { access: INTAKE }),
  'evidence:list': channel<EvidenceItem[]>()(caseIdSchema, { access: CONFIDENTIAL }),
  'evidence:verify': channel<EvidenceVerifyResult>()(evidenceIdSchema, { access: STAFF }),
  'evidence:read': channel<EvidenceChunk>()(evidenceReadSchema, { access: CONFIDENTIAL }),
} as const;
