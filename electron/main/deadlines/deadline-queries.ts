/**
 * The door to the stored due dates (deadlines) of the needs-action list. Called by the services that raise or
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

export interface StoredOpenDeadline {
  id: number;
  caseId: number;
  rule: string;
  subjectType: string;
  subjectId: number | null;
  basisDate: string;
  dueDate: string;
}

/** Every open deadline (the holiday calendar changed: their counts may change with it). */
export function selectAllOpenDeadlines(db: Db): StoredOpenDeadline[] {
  return db
    .prepare(
      `SELECT id, case_id AS caseId, rule_id AS rule, subject_type AS subjectType, subject_id AS subjectId, basis_date AS basisDate, due_date AS dueDate
       FROM deadlines WHERE status = 'open' ORDER BY id`,
    )
    .all() as StoredOpenDeadline[];
}

/** A case's open deadlines, oldest first. */
export function selectOpenDeadlinesOfCase(db: Db, caseId: number): StoredOpenDeadline[] {
  return db
    .prepare(
      `SELECT id, case_id AS caseId, rule_id AS rule, subject_type AS subjectType, subject_id AS subjectId, basis_date AS basisDate, due_date AS dueDate
       FROM deadlines WHERE status = 'open' AND case_id = ? ORDER BY id`,
    )
    .all(caseId) as StoredOpenDeadline[];
}

/** Moves an open deadline's due date (recounted on a changed calendar). */
export function setDeadlineDue(db: Db, id: number, dueDate: string): void {
  db.prepare("UPDATE deadlines SET due_date = ? WHERE id = ? AND status = 'open'").run(dueDate, id);
}
