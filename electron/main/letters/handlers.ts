import type { FeatureHandlers } from '../ipc/dispatch.ts';
import type { letterChannels } from '../../../shared/ipc/channels/letters.ts';
import { makeReceipt } from './letter-service.ts';

export const letterHandlers: FeatureHandlers<typeof letterChannels> = {
  'letters:receipt': (req, ctx) => makeReceipt(ctx, req.id),
};
