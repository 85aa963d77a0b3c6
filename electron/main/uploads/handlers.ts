import type { FeatureHandlers } from '../ipc/dispatch.ts';
import type { uploadChannels } from '../../../shared/ipc/channels/uploads.ts';
import { abortUpload, appendChunk, beginUpload } from './upload-registry.ts';

export const uploadHandlers: FeatureHandlers<typeof uploadChannels> = {
  'uploads:begin': (req, ctx) => beginUpload(ctx, req),
  'uploads:chunk': (req, ctx) => appendChunk(ctx, req.uploadId, req.offset, req.data),
  'uploads:abort': (req, ctx) => abortUpload(ctx, req.uploadId),
};
