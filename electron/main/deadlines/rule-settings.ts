import type { z } from 'zod';
import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import { AppError } from '../errors.ts';
import { checkVersion, differingFields } from '../records/record-version.ts';
import type { RecordStamp } from '../records/record-version.ts';
import type { Db } from '../db/connection.ts';
import { DEADLINE_RULES, DEADLINE_RULE_IDS, effectiveSettings } from '../../../shared/deadlines/rules.ts';
import type { DeadlineRuleId, DeadlineSetting, DeadlineSettings } from '../../../shared/deadlines/rules.ts';
import type { DeadlineRuleView, deadlineRuleResetSchema, deadlineRuleUpdateSchema } from '../../../shared/deadlines/schemas.ts';

function storedSettings(db: Db): Partial<Record<string, DeadlineSetting>> {
  // A rule set back to the default keeps its row (adjusted = 0) so its version keeps counting.
  const rows = db.prepare('SELECT rule_id, value, unit, mode FROM deadline_rule_settings WHERE adjusted = 1').all() as { rule_id: string; value: number; unit: DeadlineSetting['unit']; mode: DeadlineSetting['mode'] }[];
  return Object.fromEntries(rows.map((r) => [r.rule_id, { value: r.value, unit: r.unit, mode: r.mode }]));
}

/** The office's effective deadline settings (defaults where nothing is stored). */
export function loadDeadlineSettings(db: Db): DeadlineSettings {
  return effectiveSettings(storedSettings(db));
}

/** Every rule with its default, legal basis and current value, for the settings screen. */
export function listRules(ctx: AppContext): DeadlineRuleView[] {
  const stored = storedSettings(ctx.db);
  const current = effectiveSettings(stored);
  const versions = new Map((ctx.db.prepare('SELECT rule_id AS id, version FROM deadline_rule_settings').all() as { id: string; version: number }[]).map((r) => [r.id, r.version]));
  return DEADLINE_RULE_IDS.map((id) => ({ ...DEADLINE_RULES[id], current: current[id], adjusted: stored[id] !== undefined, version: versions.get(id) ?? 0 }));
}

/** One rule's version and last writer (undefined: never changed, version 0). */
function ruleStamp(db: Db, id: DeadlineRuleId): RecordStamp | undefined {
  return db.prepare('SELECT version, updated_at AS updatedAt, updated_by AS updatedBy FROM deadline_rule_settings WHERE rule_id = ?').get(id) as RecordStamp | undefined;
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
    checkVersion(ctx, 'settings', ruleStamp(db, input.ruleId), input.expectedVersion, () => differingFields({ ...before }, after));
    db.prepare(
      `INSERT INTO deadline_rule_settings (rule_id, value, unit, mode, updated_at, updated_by, adjusted) VALUES (?, ?, ?, ?, ?, ?, 1)
       ON CONFLICT (rule_id) DO UPDATE SET value = excluded.value, unit = excluded.unit, mode = excluded.mode,
         updated_at = excluded.updated_at, updated_by = excluded.updated_by, adjusted = 1`,
    ).run(input.ruleId, after.value, after.unit, after.mode, ctx.now().toISOString(), ctx.actor());
    return { value: undefined, audit: { action: 'deadlineRule.update', entity: 'deadline_rule', entityId: input.ruleId, before, after, reason: input.reason } };
  });
  return view(ctx, input.ruleId);
}

/** Back to the regulation's default (audited). */
export function resetRule(ctx: AppContext, input: z.output<typeof deadlineRuleResetSchema>): DeadlineRuleView {
  mutate(ctx, (db) => {
    const before = loadDeadlineSettings(db)[input.ruleId];
    checkVersion(ctx, 'settings', ruleStamp(db, input.ruleId), input.expectedVersion);
    const d = DEADLINE_RULES[input.ruleId].default;
    db.prepare(
      `UPDATE deadline_rule_settings SET value = ?, unit = ?, mode = ?, updated_at = ?, updated_by = ?, adjusted = 0 WHERE rule_id = ?`,
    ).run(d.value, d.unit, d.mode, ctx.now().toISOString(), ctx.actor(), input.ruleId);
    return { value: undefined, audit: { action: 'deadlineRule.reset', entity: 'deadline_rule', entityId: input.ruleId, before, after: DEADLINE_RULES[input.ruleId].default, reason: input.reason } };
  });
  return view(ctx, input.ruleId);
}
