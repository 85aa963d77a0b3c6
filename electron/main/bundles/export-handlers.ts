import type { FeatureHandlers } from '../ipc/dispatch.ts';
import type { bundleExportChannels } from '../../../shared/ipc/channels/bundle-export.ts';
import { exportBundleOffThread } from './bundle-client.ts';
import { listOutbox, recordReceipt } from './outbox-service.ts';

export const bundleExportHandlers: FeatureHandlers<typeof bundleExportChannels> = {
  'bundles:export': (req, ctx) => exportBundleOffThread(ctx, { sinceLast: req.sinceLast, from: req.from, registerNos: req.registerNos, withEvidence: req.withEvidence }),
  'bundles:outbox': (_req, ctx) => listOutbox(ctx),
  'bundles:receipt': (req, ctx) => recordReceipt(ctx, req.text),
};
