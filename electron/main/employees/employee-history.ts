import type { Db } from '../db/connection.ts';
import type { EmployeeHistoryEntry } from '../../../shared/employees/schemas.ts';
import { EMPLOYEE_VALUE_FIELDS } from './employee-queries.ts';
import { auditHistory } from '../audit/audit-queries.ts';
import { selectImportAuditsOf } from './import/import-queries.ts';

type Values = Record<string, unknown>;

/** Field-by-field difference of two audited states (a creation has no before). */
export function diffValues(before: Values | null, after: Values | null): EmployeeHistoryEntry['changes'] {
  const changes: EmployeeHistoryEntry['changes'] = [];
  for (const field of EMPLOYEE_VALUE_FIELDS) {
    const b = before?.[field] ?? null;
    const a = after?.[field] ?? null;
    if (b !== a) changes.push({ field, before: b, after: a });
  }
  return changes;
}

/** The import audit row lists every employee it touched; this is one employee's entry. */
interface ImportAuditEntry {
  id: number;
  before?: Values;
  after?: Values;
}

/**
 * Everything that happened to one employee, oldest first: form edits and intake
 * additions (their own audit rows) plus the imports that created or changed them.
 */
export function employeeHistory(db: Db, employeeId: number): EmployeeHistoryEntry[] {
  const own = auditHistory(db, 'employee', employeeId);
  const entries: { order: number; entry: EmployeeHistoryEntry }[] = own.map((r) => ({
    order: r.id,
    entry: {
      at: r.at,
      actor: r.actor,
      action: r.action,
      reason: r.reason,
      changes: diffValues(r.before_json ? (JSON.parse(r.before_json) as Values) : null, r.after_json ? (JSON.parse(r.after_json) as Values) : null),
    },
  }));
  const imports = selectImportAuditsOf(db, employeeId);
  for (const r of imports) {
    const doc = JSON.parse(r.after_json ?? '{}') as { fileName?: string; created?: ImportAuditEntry[]; updated?: ImportAuditEntry[] };
    const list = r.itemAction === 'create' ? doc.created : doc.updated;
    const mine = list?.find((e) => e.id === employeeId);
    if (!mine) continue;
    // Created employees are listed flat (id plus their values); updates carry before/after.
    const after = r.itemAction === 'create' ? (mine as unknown as Values) : mine.after;
    entries.push({
      order: r.id,
      entry: {
        at: r.at,
        actor: r.actor,
        action: r.itemAction === 'create' ? 'employee.importCreate' : 'employee.importUpdate',
        reason: doc.fileName ?? r.reason,
        changes: diffValues(mine.before ?? null, after ?? null),
      },
    });
  }
  return entries.sort((a, b) => a.order - b.order).map((e) => e.entry);
}
