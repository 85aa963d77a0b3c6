/** The door to the office's deadline rule adjustments (deadline_rule_settings). */
import type { Db } from '../db/connection.ts';
import type { RecordStamp } from '../records/record-version.ts';
import type { DeadlineSetting } from '../../../shared/deadlines/rules.ts';

/** The rules the office has adjusted (a rule set back to the default keeps its row, adjusted = 0, so its version keeps counting). */
export function selectAdjustedRules(db: Db): { ruleId: string; setting: DeadlineSetting }[] {
  const rows = db.prepare('SELECT rule_id, value, unit, mode FROM deadline_rule_settings WHERE adjusted = 1').all() as { rule_id: string; value: number; unit: DeadlineSetting['unit']; mode: DeadlineSetting['mode'] }[];
  return rows.map((r) => ({ ruleId: r.rule_id, setting: { value: r.value, unit: r.unit, mode: r.mode } }));
}

/** Every stored rule's version, by rule id. */
export function selectRuleVersions(db: Db): Map<string, number> {
  return new Map((db.prepare('SELECT rule_id AS id, version FROM deadline_rule_settings').all() as { id: string; version: number }[]).map((r) => [r.id, r.version]));
}

/** One rule's version and last writer (undefined: never changed, version 0). */
export function selectRuleStamp(db: Db, ruleId: string): RecordStamp | undefined {
  return db.prepare('SELECT version, updated_at AS updatedAt, updated_by AS updatedBy FROM deadline_rule_settings WHERE rule_id = ?').get(ruleId) as RecordStamp | undefined;
}

/** Stores a rule's adjusted value. */
export function upsertAdjustedRule(db: Db, ruleId: string, s: DeadlineSetting, at: string, by: string): void {
  db.prepare(
    `INSERT INTO deadline_rule_settings (rule_id, value, unit, mode, updated_at, updated_by, adjusted) VALUES (?, ?, ?, ?, ?, ?, 1)
     ON CONFLICT (rule_id) DO UPDATE SET value = excluded.value, unit = excluded.unit, mode = excluded.mode,
       updated_at = excluded.updated_at, updated_by = excluded.updated_by, adjusted = 1`,
  ).run(ruleId, s.value, s.unit, s.mode, at, by);
}

/** Marks a rule as back at its default (the row stays). */
export function resetAdjustedRule(db: Db, ruleId: string, d: DeadlineSetting, at: string, by: string): void {
  db.prepare(`UPDATE deadline_rule_settings SET value = ?, unit = ?, mode = ?, updated_at = ?, updated_by = ?, adjusted = 0 WHERE rule_id = ?`).run(d.value, d.unit, d.mode, at, by, ruleId);
}
