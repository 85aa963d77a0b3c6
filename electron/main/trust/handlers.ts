import type { FeatureHandlers } from '../ipc/dispatch.ts';
import type { trustChannels } from '../../../shared/ipc/channels/trust.ts';
import { enrolOrigin, listTrustedOrigins, officeKey, revokeOrigin } from './trust-service.ts';
import { renderKeyLetter } from './key-letter.ts';

export const trustHandlers: FeatureHandlers<typeof trustChannels> = {
  'trust:officeKey': (_req, ctx) => officeKey(ctx),
  'trust:list': (_req, ctx) => listTrustedOrigins(ctx),
  'trust:enrol': (req, ctx) => enrolOrigin(ctx, req.keyFile, req.fingerprint),
  'trust:revoke': (req, ctx) => revokeOrigin(ctx, req.instansiCode, req.reason),
  'trust:keyLetter': async (_req, ctx) => renderKeyLetter(ctx),
};
