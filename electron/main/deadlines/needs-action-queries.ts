import type { Db } from '../db/connection.ts';

/**
 * Cases whose Bawaslu/BKN recommendation still waits for the PPK's decision. Written
 * exactly like the partial index cases_recommendation_pending (migrations 5 and 8); the queries
 * name that index (INDEXED BY), so SQLite fails loudly rather than scanning if the two drift.
 */
export const RECOMMENDATION_PENDING_SQL =
  "c.source IN ('bawaslu', 'bkn') AND c.status IN ('registered', 'verification', 'summons_1', 'summons_2', 'report')";

export interface StoredDeadlineRow {
  caseId: number;
  registerNo: string;
  rule: string;
  subjectType: string;
  subjectId: number | null;
  basisDate: string;
  dueDate: string;
}

/**
 * The appeal window is the employee's deadline, not the office's: once it has passed
 * there is nothing left to watch, so an appeal window due before today is never listed
 * or counted (the case then waits to be closed, which resolves the row).
 */
const NOT_EXPIRED_APPEAL = "NOT (d.rule_id = 'appealWindow' AND d.due_date < @today)";

/** Open stored deadlines due on or before `horizon`, earliest first (expired appeal windows left out). */
export function selectOpenDeadlines(db: Db, today: string, horizon: string, limit: number): StoredDeadlineRow[] {
  return db
    .prepare(
      `SELECT d.case_id AS caseId, c.register_no AS registerNo, d.rule_id AS rule, d.subject_type AS subjectType,
              d.subject_id AS subjectId, d.basis_date AS basisDate, d.due_date AS dueDate
       FROM deadlines d INDEXED BY deadlines_open_due JOIN cases c ON c.id = d.case_id
       WHERE d.status = 'open' AND d.due_date <= @horizon AND ${NOT_EXPIRED_APPEAL}
       ORDER BY d.due_date, d.id LIMIT @limit`,
    )
    .all({ today, horizon, limit }) as StoredDeadlineRow[];
}

/**
 * Counts of open stored deadlines: due before `today` (expired appeal windows left out),
 * and due from `today` to `horizon`. Both are index-only scans of deadlines_open_due.
 */
export function countOpenDeadlines(db: Db, today: string, horizon: string): { overdue: number; dueSoon: number } {
  return db
    .prepare(
      `SELECT (SELECT count(*) FROM deadlines d INDEXED BY deadlines_open_due WHERE d.status = 'open' AND d.due_date < @today AND d.rule_id != 'appealWindow') AS overdue,
              (SELECT count(*) FROM deadlines d INDEXED BY deadlines_open_due WHERE d.status = 'open' AND d.due_date >= @today AND d.due_date <= @horizon) AS dueSoon`,
    )
    .get({ today, horizon }) as { overdue: number; dueSoon: number };
}

/**
 * A case linked to the recommendation register is followed there, from the letter's received
 * date (the register's own overdue list); counting it here too, from the case's registration,
 * would give the same employee two different due dates.
 */
const NOT_IN_REGISTER = 'NOT EXISTS (SELECT 1 FROM recommendation_employees r WHERE r.case_id = c.id)';

export interface PendingRecommendationRow {
  caseId: number;
  registerNo: string;
  createdAt: string;
}

/** Pending recommendations registered before `until` (an ISO date, exclusive), oldest first. */
export function selectPendingRecommendations(db: Db, until: string, limit: number): PendingRecommendationRow[] {
  return db
    .prepare(
      `SELECT c.id AS caseId, c.register_no AS registerNo, c.created_at AS createdAt
       FROM cases c INDEXED BY cases_recommendation_pending
       WHERE ${RECOMMENDATION_PENDING_SQL} AND c.created_at < ? AND ${NOT_IN_REGISTER}
       ORDER BY c.created_at LIMIT ?`,
    )
    .all(until, limit) as PendingRecommendationRow[];
}

/** How many pending recommendations were registered in [from, until) (ISO dates; from may be ''). */
export function countPendingRecommendations(db: Db, from: string, until: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM cases c INDEXED BY cases_recommendation_pending WHERE ${RECOMMENDATION_PENDING_SQL} AND c.created_at >= ? AND c.created_at < ? AND ${NOT_IN_REGISTER}`).get(from, until) as { n: number }).n;
}
