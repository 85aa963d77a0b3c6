import type { FeatureHandlers } from '../ipc/dispatch.ts';
import type { evidenceChannels } from '../../../shared/ipc/channels/evidence.ts';
import { commitUpload } from './staged-evidence.ts';
import { attachEvidence, readEvidence, verifyEvidence } from './evidence-service.ts';
import { selectEvidence } from './evidence-queries.ts';
import { auditEvidenceOpen } from '../accounts/confidential.ts';

export const evidenceHandlers: FeatureHandlers<typeof evidenceChannels> = {
  'evidence:commit': (req, ctx) => commitUpload(ctx, req.uploadId),
  'evidence:attach': (req, ctx) => attachEvidence(ctx, req),
  'evidence:list': (req, ctx) => selectEvidence(ctx.db, req.id),
  'evidence:verify': (req, ctx) => verifyEvidence(ctx, req.id),
  'evidence:read': async (req, ctx) => {
    const chunk = await readEvidence(ctx, req.id, req.offset, req.length);
    // Evidence is confidential: opening a file is itself audited.
    auditEvidenceOpen(ctx, req.id, req.offset);
    return chunk;
  },
};
