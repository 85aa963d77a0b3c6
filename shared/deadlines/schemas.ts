import { z } from 'zod';
import { requiredText } from '../schemas/common.ts';
import { expectedVersion } from '../records/versions.ts';
import { DEADLINE_MODES, DEADLINE_RULE_IDS, DEADLINE_UNITS } from './rules.ts';
import type { DeadlineRuleDef, DeadlineRuleId, DeadlineSetting } from './rules.ts';

/** Settings screen and `deadlines:setRule`: a changed legal period needs a reason. */
export const deadlineRuleUpdateSchema = z.object({
  ruleId: z.enum(DEADLINE_RULE_IDS),
  value: z.number().int().min(0, { error: 'deadlines.valueRange' }).max(365, { error: 'deadlines.valueRange' }),
  unit: z.enum(DEADLINE_UNITS),
  mode: z.enum(DEADLINE_MODES),
  reason: requiredText(500),
  /** The rule's version when the screen was loaded (0: never changed): a stale save is refused. */
  expectedVersion,
});

export const deadlineRuleResetSchema = z.object({ ruleId: z.enum(DEADLINE_RULE_IDS), reason: requiredText(500), expectedVersion });

export interface DeadlineRuleView extends DeadlineRuleDef {
  current: DeadlineSetting;
  /** True when the office changed the default. */
  adjusted: boolean;
  /** The rule setting's version (0 while never changed), sent back as `expectedVersion`. */
  version: number;
}

export const needsActionSchema = z.object({
  /** "Due soon" = due within this many working days from today. */
  soonWorkdays: z.number().int().min(0).max(60).default(5),
  limit: z.number().int().min(1).max(500).default(100),
});

export type NeedsActionState = 'overdue' | 'dueSoon';

/** One line of the "Perlu tindakan" list. */
export interface NeedsActionItem {
  caseId: number;
  registerNo: string;
  rule: DeadlineRuleId;
  /** Where the item comes from: a stored deadline or the case itself (e.g. a pending recommendation). */
  subjectType: string;
  subjectId: number | null;
  basisDate: string;
  dueDate: string;
  state: NeedsActionState;
  /** Calendar days from today to the due date (negative = overdue). */
  daysLeft: number;
  /** The due date was counted through a year without an official holiday list ("perkiraan"): recounted when that list is added. */
  provisional: boolean;
}

export interface NeedsActionList {
  today: string;
  horizon: string;
  overdueCount: number;
  dueSoonCount: number;
  items: NeedsActionItem[];
}
