import { z } from 'zod';
import { channel } from '../define.ts';
import { deadlineRuleResetSchema, deadlineRuleUpdateSchema, needsActionSchema } from '../../deadlines/schemas.ts';
import type { DeadlineRuleView, NeedsActionList } from '../../deadlines/schemas.ts';

export const deadlineChannels = {
  'deadlines:rules': channel<DeadlineRuleView[]>()(z.object({}).strict()),
  'deadlines:setRule': channel<DeadlineRuleView>()(deadlineRuleUpdateSchema.strict()),
  'deadlines:resetRule': channel<DeadlineRuleView>()(deadlineRuleResetSchema.strict()),
  'dashboard:needsAction': channel<NeedsActionList>()(needsActionSchema.strict()),
} as const;
