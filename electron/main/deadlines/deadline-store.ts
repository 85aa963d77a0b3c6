/**
 * Stored due dates for the needs-action list. Called by the services that raise or
 * settle a deadline (hearings, summons, decisions) INSIDE their own
 * mutate() transaction, so the deadline row commits with the event that caused it.
 */
import type { Db } from '../db/connection.ts';
import type { DeadlineRuleId } from '../../../shared/deadlines/rules.ts';

export interface OpenDeadline {
  caseId: number;
  rule: DeadlineRuleId;
  /** What the deadline belongs to, e.g. 'hearing', 'decision'. */
  subjectType: string;
  subjectId: number | null;
  basisDate: string;
  dueDate: string;
  note?: string | null;
}

/** Records an open deadline; returns its id. */
export function openDeadline(db: Db, d: OpenDeadline, now: Date): number {
  return Number(
    db
      .prepare(
        `INSERT INTO deadlines (case_id, rule_id, subject_type, subject_id, basis_date, due_date, status, created_at, note)
         VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?)`,
      )
      .run(d.caseId, d.rule, d.subjectType, d.subjectId, d.basisDate, d.dueDate, now.toISOString(), d.note ?? null).lastInsertRowid,
  );
}

/**
 * Closes the open deadlines of a case that match (rule and, when given, subject):
 * 'met' when the required step was taken, 'cancelled' when it no longer applies.
 * Returns how many were closed.
 */
export function resolveDeadlines(
  db: Db,
  match: { caseId: number; rule?: DeadlineRuleId; subjectType?: string; subjectId?: number; exceptRule?: DeadlineRuleId },
  status: 'met' | 'cancelled',
  now: Date,
): number {
  return db
    .prepare(
      `UPDATE deadlines SET status = @status, resolved_at = @now
       WHERE case_id = @caseId AND status = 'open'
         AND (@rule IS NULL OR rule_id = @rule)
         AND (@subjectType IS NULL OR subject_type = @subjectType)
         AND (@subjectId IS NULL OR subject_id = @subjectId)
         AND (@exceptRule IS NULL OR rule_id != @exceptRule)`,
    )
    .run({ status, now: now.toISOString(), caseId: match.caseId, rule: match.rule ?? null, subjectType: match.subjectType ?? null, subjectId: match.subjectId ?? null, exceptRule: match.exceptRule ?? null }).changes;
}
