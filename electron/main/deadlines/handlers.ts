import type { FeatureHandlers } from '../ipc/dispatch.ts';
import type { deadlineChannels } from '../../../shared/ipc/channels/deadlines.ts';
import { listRules, resetRule, setRule } from './rule-settings.ts';
import { needsAction } from './needs-action-service.ts';
import { listProcedureRules, setProcedureRule } from './procedure-settings.ts';

export const deadlineHandlers: FeatureHandlers<typeof deadlineChannels> = {
  'deadlines:rules': (_req, ctx) => listRules(ctx),
  'deadlines:setRule': (req, ctx) => setRule(ctx, req),
  'deadlines:resetRule': (req, ctx) => resetRule(ctx, req),
  'deadlines:procedureRules': (_req, ctx) => listProcedureRules(ctx),
  'deadlines:setProcedureRule': (req, ctx) => setProcedureRule(ctx, req),
  'deadlines:needsAction': (req, ctx) => needsAction(ctx, req),
};
