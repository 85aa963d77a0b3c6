import { exportCaseList } from './case-export.ts';
import type { FeatureHandlers } from '../ipc/dispatch.ts';
import type { caseChannels } from '../../../shared/ipc/channels/cases.ts';
import { createCase, findDuplicates, getCase, listCases, updateCase } from './case-service.ts';
import { getRegisterTemplate, setRegisterTemplate } from './register-settings.ts';
import { caseOptions } from './case-options.ts';
import { openCaseFor } from '../accounts/confidential.ts';

export const caseHandlers: FeatureHandlers<typeof caseChannels> = {
  'cases:create': (req, ctx) => createCase(ctx, req),
  'cases:update': (req, ctx) => updateCase(ctx, req),
  'cases:list': (req, ctx) => listCases(ctx, req),
  'cases:export': (req, ctx) => {
    const { format, ...query } = req;
    return exportCaseList(ctx, query, format);
  },
  // Redacted for roles without access to reporter identity and evidence; audited when shown.
  'cases:get': (req, ctx) => openCaseFor(ctx, getCase(ctx, req.id)),
  'cases:duplicates': (req, ctx) => findDuplicates(ctx, req.nips, req.violationCodes, req.incidentDate),
  'cases:options': (_req, ctx) => caseOptions(ctx),
  'cases:registerTemplate': (_req, ctx) => getRegisterTemplate(ctx),
  'cases:setRegisterTemplate': (req, ctx) => setRegisterTemplate(ctx, req.template, req.expectedVersion),
};
