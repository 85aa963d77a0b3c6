import type { FeatureHandlers } from '../ipc/dispatch.ts';
import type { caseChannels } from '../../../shared/ipc/channels/cases.ts';
import { createCase, getCase, listCases } from './case-service.ts';

export const caseHandlers: FeatureHandlers<typeof caseChannels> = {
  'cases:create': (req, ctx) => createCase(ctx, req),
  'cases:list': (req, ctx) => listCases(ctx, req),
  'cases:get': (req, ctx) => getCase(ctx, req.id),
};
