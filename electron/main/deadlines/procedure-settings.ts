/**
 * The office's yes/no procedure rules (shared/deadlines/procedure-rules.ts), kept as one JSON
 * row of `settings` beside the deadline periods; every change is audited with its reason.
 */
import type { z } from 'zod';
import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import type { Db } from '../db/connection.ts';
import { getSetting, putSetting, settingStamp } from '../db/settings-queries.ts';
import { checkVersion } from '../records/record-version.ts';
import { PROCEDURE_RULE_IDS, PROCEDURE_RULES, effectiveProcedureSettings } from '../../../shared/deadlines/procedure-rules.ts';
import type { ProcedureRuleView, ProcedureSettings, procedureRuleUpdateSchema } from '../../../shared/deadlines/procedure-rules.ts';

const KEY = 'deadlines.procedureRules';

function stored(db: Db): Record<string, unknown> {
  const raw = getSetting(db, KEY);
  if (!raw) return {};
  const parsed: unknown = JSON.parse(raw);
  return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
}

/** The office's effective procedure rules (defaults where nothing is stored). */
export function loadProcedureSettings(db: Db): ProcedureSettings {
  return effectiveProcedureSettings(stored(db));
}

/** Every rule with its default, basis and current value, for the Aturan Tenggat screen. */
export function listProcedureRules(ctx: AppContext): ProcedureRuleView[] {
  const s = stored(ctx.db);
  const current = effectiveProcedureSettings(s);
  const version = settingStamp(ctx.db, KEY)?.version ?? 0;
  return PROCEDURE_RULE_IDS.map((id) => ({ ...PROCEDURE_RULES[id], current: current[id], adjusted: typeof s[id] === 'boolean' && s[id] !== PROCEDURE_RULES[id].default, version }));
}

/**
 * Sets one rule (audited with the reason); setting the default back removes the override.
 * A form loaded before another administrator's change is refused (STALE), field named.
 */
export function setProcedureRule(ctx: AppContext, input: z.output<typeof procedureRuleUpdateSchema>): ProcedureRuleView {
  mutate(ctx, (db) => {
    const all = stored(db);
    const before = loadProcedureSettings(db)[input.ruleId];
    checkVersion(ctx, 'settings', settingStamp(db, KEY), input.expectedVersion, (): Record<string, 'differs'> => (before === input.value ? {} : { value: 'differs' }));
    const next = { ...all };
    if (input.value === PROCEDURE_RULES[input.ruleId].default) delete next[input.ruleId];
    else next[input.ruleId] = input.value;
    putSetting(db, KEY, JSON.stringify(next), { at: ctx.now().toISOString(), actor: ctx.actor() });
    return { value: undefined, audit: { action: 'procedureRule.update', entity: 'procedure_rule', entityId: input.ruleId, before: { value: before }, after: { value: input.value }, reason: input.reason } };
  });
  return listProcedureRules(ctx).find((r) => r.id === input.ruleId)!;
}
