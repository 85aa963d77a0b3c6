import type { FeatureHandlers } from '../ipc/dispatch.ts';
import type { evidenceChannels } from '../../../shared/ipc/channels/evidence.ts';
import { abortUpload, appendChunk, beginUpload, commitUpload } from './upload-registry.ts';
import { attachEvidence, readEvidence, verifyEvidence } from './evidence-service.ts';
import { selectEvidence } from './evidence-queries.ts';
import { auditEvidenceOpen } from '../accounts/confidential.ts';

export const evidenceHandlers: FeatureHandlers<typeof evidenceChannels> = {
  'evidence:begin': (req, ctx) => beginUpload(ctx, req.fileName, req.size),
  'evidence:chunk': (req, ctx) => appendChunk(ctx, req.uploadId, req.offset, Buffer.from(req.dataBase64, 'base64')),
  'evidence:commit': (req, ctx) => commitUpload(ctx, req.uploadId),
  'evidence:abort': (req, ctx) => abortUpload(ctx, req.uploadId),
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
