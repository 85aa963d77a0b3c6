/**
 * Raises and settles the stored deadlines of the needs-action list (issue 4A) from
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

/** A decision was saved: the SK must reach the employee by `due` unless it already has. */
export function onDecision(db: Db, now: Date, d: { caseId: number; accusedId: number; skDate: string; deliveredOn: string | null; due: string }): void {
  resolveDeadlines(db, { caseId: d.caseId, rule: 'skDelivery', subjectType: 'decision', subjectId: d.accusedId }, 'cancelled', now);
  if (d.deliveredOn === null) {
    openDeadline(db, { caseId: d.caseId, rule: 'skDelivery', subjectType: 'decision', subjectId: d.accusedId, basisDate: d.skDate, dueDate: d.due }, now);
  }
}

/** A workflow step settles what it fulfils; leaving the procedure cancels everything still open. */
export function onTransition(db: Db, now: Date, caseId: number, to: WorkflowState): void {
  if (to === 'delivered') resolveDeadlines(db, { caseId, rule: 'skDelivery' }, 'met', now);
  if (to === 'summons_2' || to === 'decided_without_examination') return;
  if (to === 'not_pursued' || to === 'forwarded' || to === 'closed') resolveDeadlines(db, { caseId }, 'cancelled', now);
}
