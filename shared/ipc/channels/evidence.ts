import { channel } from '../define.ts';
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
 */
export const evidenceChannels = {
  'evidence:begin': channel<{ uploadId: string }>()(evidenceBeginSchema),
  'evidence:chunk': channel<{ received: number }>()(evidenceChunkSchema),
  'evidence:commit': channel<StagedEvidence>()(evidenceUploadRefSchema),
  'evidence:abort': channel<{ aborted: boolean }>()(evidenceUploadRefSchema),
  'evidence:attach': channel<EvidenceItem[]>()(evidenceAttachSchema),
  'evidence:list': channel<EvidenceItem[]>()(caseIdSchema),
  'evidence:verify': channel<EvidenceVerifyResult>()(evidenceIdSchema),
  'evidence:read': channel<EvidenceChunk>()(evidenceReadSchema),
} as const;
