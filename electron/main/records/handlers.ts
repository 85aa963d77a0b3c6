import type { FeatureHandlers } from '../ipc/dispatch.ts';
import type { recordChannels } from '../../../shared/ipc/channels/records.ts';
import { lastAuditOf } from '../audit/audit-queries.ts';
import { whoIs } from './record-version.ts';

export const recordHandlers: FeatureHandlers<typeof recordChannels> = {
  // The newest audit row of the record: every change of it (and of what is audited under a case) writes one.
  'records:lastChange': (req, ctx) => {
    const last = lastAuditOf(ctx.db, req.kind, req.id);
    return last ? { who: whoIs(ctx.db, last.actor), at: last.at, seq: last.id, byMe: last.actor === ctx.actor() } : null;
  },
};
