import type { FeatureHandlers } from '../ipc/dispatch.ts';
import type { sanctionChannels } from '../../../shared/ipc/channels/sanctions.ts';
import { listSanctions } from './register-service.ts';
import { exportSanctions } from './register-export.ts';

export const sanctionHandlers: FeatureHandlers<typeof sanctionChannels> = {
  'sanctions:list': (req, ctx) => listSanctions(ctx, req),
  'sanctions:export': (req, ctx) => {
    const { format, ...query } = req;
    return exportSanctions(ctx, query, format);
  },
};
