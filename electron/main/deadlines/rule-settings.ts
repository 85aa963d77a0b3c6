import type { z } from 'zod';
import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import { AppError } from '../errors.ts';
import { checkVersion, differingFields } from '../records/record-version.ts';
import { resetAdjustedRule, selectAdjustedRules, selectRuleStamp, selectRuleVersions, upsertAdjustedRule } from './rule-queries.ts';
import type { Db } from '../db/connection.ts';
import { DEADLINE_RULES, DEADLINE_RULE_IDS, effectiveSettings } from '../../../shared/deadlines/rules.ts';
import type { DeadlineRuleId, DeadlineSetting, DeadlineSettings } from '../../../shared/deadlines/rules.ts';
import type { DeadlineRuleView, deadlineRuleResetSchema, deadlineRuleUpdateSchema } from '../../../shared/deadlines/schemas.ts';

function storedSettings(db: Db): Partial<Record<string, DeadlineSetting>> {
  return Object.fromEntries(selectAdjustedRules(db).map((r) => [r.ruleId, r.setting]));
}

/** The office's effective deadline settings (defaults where nothing is stored). */
export function loadDeadlineSettings(db: Db): DeadlineSettings {
  return effectiveSettings(storedSettings(db));
}

/** Every rule with its default, legal basis and current value, for the settings screen. */
export function listRules(ctx: AppContext): DeadlineRuleView[] {
  const stored = storedSettings(ctx.db);
  const current = effectiveSettings(stored);
  const versions = selectRuleVersions(ctx.db);
  return DEADLINE_RULE_IDS.map((id) => ({ ...DEADLINE_RULES[id], current: current[id], adjusted: stored[id] !== undefined, version: versions.get(id) ?? 0 }));
}

function view(ctx: AppContext, id: DeadlineRuleId): DeadlineRuleView {
  return listRules(ctx).find((r) => r.id === id)!;
}

/** Adjusts one rule (audited with the reason); parts the regulation fixes cannot be changed. */
export function setRule(ctx: AppContext, input: z.output<typeof deadlineRuleUpdateSchema>): DeadlineRuleView {
  const def = DEADLINE_RULES[input.ruleId];
  if (!def.unitAdjustable && input.unit !== def.default.unit) throw new AppError('INVALID_INPUT', 'deadlines.unitFixed', {}, { unit: 'deadlines.unitFixed' });
  if (!def.modeAdjustable && input.mode !== def.default.mode) throw new AppError('INVALID_INPUT', 'deadlines.modeFixed', {}, { mode: 'deadlines.modeFixed' });
  mutate(ctx, (db) => {
    const before = loadDeadlineSettings(db)[input.ruleId];
    const after = { value: input.value, unit: input.unit, mode: input.mode };
    checkVersion(ctx, 'settings', selectRuleStamp(db, input.ruleId), input.expectedVersion, () => differingFields({ ...before }, after));
    upsertAdjustedRule(db, input.ruleId, after, ctx.now().toISOString(), ctx.actor());
    return { value: undefined, audit: { action: 'deadlineRule.update', entity: 'deadline_rule', entityId: input.ruleId, before, after, reason: input.reason } };
  });
  return view(ctx, input.ruleId);
}

/** Back to the regulation's default (audited). */
export function resetRule(ctx: AppContext, input: z.output<typeof deadlineRuleResetSchema>): DeadlineRuleView {
  mutate(ctx, (db) => {
    const before = loadDeadlineSettings(db)[input.ruleId];
    checkVersion(ctx, 'settings', selectRuleStamp(db, input.ruleId), input.expectedVersion);
    const d = DEADLINE_RULES[input.ruleId].default;
    resetAdjustedRule(db, input.ruleId, d, ctx.now().toISOString(), ctx.actor());
    return { value: undefined, audit: { action: 'deadlineRule.reset', entity: 'deadline_rule', entityId: input.ruleId, before, after: DEADLINE_RULES[input.ruleId].default, reason: input.reason } };
  });
  return view(ctx, input.ruleId);
}
