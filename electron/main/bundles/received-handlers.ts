import type { FeatureHandlers } from '../ipc/dispatch.ts';
import type { receivedChannels } from '../../../shared/ipc/channels/received.ts';
import { importUploadedBundle } from './received-import.ts';
import { exportReceivedList } from './received-export.ts';
import { getReceivedCase, listReceived, readReceivedLetter, receivedOrigins } from './received-view.ts';

export const receivedHandlers: FeatureHandlers<typeof receivedChannels> = {
  'received:origins': (_req, ctx) => receivedOrigins(ctx),
  'received:list': (req, ctx) => listReceived(ctx, req),
  'received:export': (req, ctx) => exportReceivedList(ctx, { ...(req.origin ? { origin: req.origin } : {}), ...(req.search ? { search: req.search } : {}) }, req.format),
  'received:get': (req, ctx) => getReceivedCase(ctx, req.origin, req.caseUuid),
  'received:letter': (req, ctx) => readReceivedLetter(ctx, req.sha256),
  'received:import': (req, ctx) => importUploadedBundle(ctx, req.uploadId),
};
