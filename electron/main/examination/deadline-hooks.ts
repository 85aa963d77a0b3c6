/**
 * Raises and settles the stored deadlines of the needs-action list from
 * examination events. Every function runs inside the caller's mutate() transaction.
 */
import type { Db } from '../db/connection.ts';
import { openDeadline, resolveDeadlines } from '../deadlines/deadline-store.ts';
import type { WorkflowState } from '../../../shared/workflow/states.ts';

/** The accused missed an examination: summons II is due by `due`. */
export function onAbsent(db: Db, now: Date, s: { caseId: number; sessionId: number; missedDate: string; due: string }): void {
  resolveDeadlines(db, { caseId: s.caseId, rule: 'summons2Issue', subjectType: 'session', subjectId: s.sessionId }, 'cancelled', now);
  openDeadline(db, { caseId: s.caseId, rule: 'summons2Issue', subjectType: 'session', subjectId: s.sessionId, basisDate: s.missedDate, dueDate: s.due }, now);
}

/** Attendance changed away from absent (a correction): the summons II deadline no longer applies. */
export function onNotAbsent(db: Db, now: Date, s: { caseId: number; sessionId: number }): void {
  resolveDeadlines(db, { caseId: s.caseId, rule: 'summons2Issue', subjectType: 'session', subjectId: s.sessionId }, 'cancelled', now);
}

/** A summons II session was scheduled: the summons is issued. */
export function onSummons2Scheduled(db: Db, now: Date, caseId: number): void {
  resolveDeadlines(db, { caseId, rule: 'summons2Issue' }, 'met', now);
}

/**
 * A decision was saved: the SK must reach the employee by `due` unless it already has;
 * once it has (`deliveredOn`), the employee's appeal window runs until `appealDue`.
 */
export function onDecision(db: Db, now: Date, d: { caseId: number; accusedId: number; skDate: string; deliveredOn: string | null; due: string; appealDue: string | null }): void {
  const subject = { caseId: d.caseId, subjectType: 'decision', subjectId: d.accusedId };
  // A corrected delivery date replaces the window it opened.
  resolveDeadlines(db, { ...subject, rule: 'appealWindow' }, 'cancelled', now);
  if (d.deliveredOn === null) {
    resolveDeadlines(db, { ...subject, rule: 'skDelivery' }, 'cancelled', now);
    openDeadline(db, { ...subject, rule: 'skDelivery', basisDate: d.skDate, dueDate: d.due }, now);
    return;
  }
  resolveDeadlines(db, { ...subject, rule: 'skDelivery' }, 'met', now);
  if (d.appealDue !== null) openDeadline(db, { ...subject, rule: 'appealWindow', basisDate: d.deliveredOn, dueDate: d.appealDue }, now);
}

/**
 * The case's SKs were recorded as delivered: every decision without a running appeal
 * window gets one, counted from its delivery date, or from `today` when the decision
 * carries none (the delivery step itself is then the receipt).
 */
export function onDelivered(db: Db, now: Date, caseId: number, today: string, appealDue: (receivedOn: string) => string): void {
  const rows = db
    .prepare(
      `SELECT d.accused_id AS accusedId, d.delivered_on AS deliveredOn FROM decisions d
       WHERE d.case_id = ? AND NOT EXISTS (
         SELECT 1 FROM deadlines x WHERE x.case_id = d.case_id AND x.rule_id = 'appealWindow' AND x.status = 'open'
           AND x.subject_type = 'decision' AND x.subject_id = d.accused_id)`,
    )
    .all(caseId) as { accusedId: number; deliveredOn: string | null }[];
  for (const r of rows) {
    const basis = r.deliveredOn ?? today;
    openDeadline(db, { caseId, rule: 'appealWindow', subjectType: 'decision', subjectId: r.accusedId, basisDate: basis, dueDate: appealDue(basis) }, now);
  }
}

/** A workflow step settles what it fulfils; leaving the procedure cancels everything still open. */
export function onTransition(db: Db, now: Date, caseId: number, to: WorkflowState): void {
  if (to === 'delivered') resolveDeadlines(db, { caseId, rule: 'skDelivery' }, 'met', now);
  // The appeal was filed in time: the window has done its work.
  if (to === 'appeal') resolveDeadlines(db, { caseId, rule: 'appealWindow' }, 'met', now);
  if (to === 'summons_2' || to === 'decided_without_examination') return;
  if (to === 'not_pursued' || to === 'forwarded' || to === 'closed') resolveDeadlines(db, { caseId }, 'cancelled', now);
}
