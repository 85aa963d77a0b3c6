import { z } from 'zod';
import { channel } from '../define.ts';
import { OFFICIAL } from '../../accounts/roles.ts';
import { bundleExportSchema, bundleReceiptSchema } from '../../bundles/outbox.ts';
import type { BundleExportResult, BundleReceiptResult, OutboxBundle } from '../../bundles/outbox.ts';

/**
 * Sending case bundles to the province: administrators and officials (the Inspector's side
 * that answers for what leaves the office), like issuing letters. The export answers with
 * the bundle's bytes (raw over HTTP, see shared/ipc/binary.ts).
 */
export const bundleExportChannels = {
  'bundles:export': channel<BundleExportResult>()(bundleExportSchema, { access: OFFICIAL }),
  'bundles:outbox': channel<OutboxBundle[]>()(z.object({}).strict(), { access: OFFICIAL }),
  'bundles:receipt': channel<BundleReceiptResult>()(bundleReceiptSchema, { access: OFFICIAL }),
} as const;
