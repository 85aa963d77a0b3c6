import { z } from 'zod';
import { channel } from '../define.ts';
import { ADMIN, ALL } from '../../accounts/roles.ts';
import { deadlineRuleResetSchema, deadlineRuleUpdateSchema, needsActionSchema } from '../../deadlines/schemas.ts';
import type { DeadlineRuleView, NeedsActionList } from '../../deadlines/schemas.ts';
import { procedureRuleUpdateSchema } from '../../deadlines/procedure-rules.ts';
import type { ProcedureRuleView } from '../../deadlines/procedure-rules.ts';

export const deadlineChannels = {
  'deadlines:rules': channel<DeadlineRuleView[]>()(z.object({}).strict(), { access: ALL }),
  'deadlines:setRule': channel<DeadlineRuleView>()(deadlineRuleUpdateSchema.strict(), { access: ADMIN }),
  'deadlines:resetRule': channel<DeadlineRuleView>()(deadlineRuleResetSchema.strict(), { access: ADMIN }),
  'deadlines:procedureRules': channel<ProcedureRuleView[]>()(z.object({}).strict(), { access: ALL }),
  'deadlines:setProcedureRule': channel<ProcedureRuleView>()(procedureRuleUpdateSchema.strict(), { access: ADMIN }),
  'deadlines:needsAction': channel<NeedsActionList>()(needsActionSchema.strict(), { access: ALL }),
} as const;
