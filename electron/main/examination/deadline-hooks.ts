/**
 * Raises and settles the stored deadlines of the needs-action list from
 * examination events. Every function runs inside the caller's mutate() transaction.
 */
import type { Db } from '../db/connection.ts';
import { openDeadline, resolveDeadlines } from '../deadlines/deadline-queries.ts';
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

/** A decision was saved (or replaced): its SK is not issued yet, so nothing runs for it. */
export function onDecision(db: Db, now: Date, d: { caseId: number; accusedId: number }): void {
  const subject = { caseId: d.caseId, subjectType: 'decision', subjectId: d.accusedId };
  resolveDeadlines(db, { ...subject, rule: 'skDelivery' }, 'cancelled', now);
  resolveDeadlines(db, { ...subject, rule: 'appealWindow' }, 'cancelled', now);
  resolveDeadlines(db, { ...subject, rule: 'sanctionEnd' }, 'cancelled', now);
}

/**
 * The sanction's dates were set or changed (delivery, an appeal's outcome): the notice to the
 * personnel unit falls due when it ends. A sanction without an end (a reprimand, dismissal) has none.
 */
export function onSanctionDates(db: Db, now: Date, d: { caseId: number; accusedId: number; endDate: string | null; due: string | null }): void {
  const subject = { caseId: d.caseId, subjectType: 'decision', subjectId: d.accusedId };
  resolveDeadlines(db, { ...subject, rule: 'sanctionEnd' }, 'cancelled', now);
  if (d.endDate && d.due) openDeadline(db, { ...subject, rule: 'sanctionEnd', basisDate: d.endDate, dueDate: d.due }, now);
}

/** The end-of-sanction notice was issued: the entry is done. */
export function onEndNoticeIssued(db: Db, now: Date, d: { caseId: number; accusedId: number }): void {
  resolveDeadlines(db, { caseId: d.caseId, rule: 'sanctionEnd', subjectType: 'decision', subjectId: d.accusedId }, 'met', now);
}

/** The SK was issued on `skDate`: it must reach the employee by `due`. */
export function onSkIssued(db: Db, now: Date, d: { caseId: number; accusedId: number; skDate: string; due: string }): void {
  const subject = { caseId: d.caseId, subjectType: 'decision', subjectId: d.accusedId };
  resolveDeadlines(db, { ...subject, rule: 'skDelivery' }, 'cancelled', now);
  openDeadline(db, { ...subject, rule: 'skDelivery', basisDate: d.skDate, dueDate: d.due }, now);
}

/** The SK was voided: neither its delivery nor an appeal against it is due any more. */
export function onSkVoided(db: Db, now: Date, d: { caseId: number; accusedId: number }): void {
  onDecision(db, now, d);
}

/**
 * The SK's delivery was recorded (or corrected): the delivery deadline is met and the
 * employee's appeal window runs from the delivery date until `appealDue`.
 */
export function onSkDelivered(db: Db, now: Date, d: { caseId: number; accusedId: number; deliveredOn: string; appealDue: string }): void {
  const subject = { caseId: d.caseId, subjectType: 'decision', subjectId: d.accusedId };
  resolveDeadlines(db, { ...subject, rule: 'skDelivery' }, 'met', now);
  // A corrected delivery date replaces the window it opened.
  resolveDeadlines(db, { ...subject, rule: 'appealWindow' }, 'cancelled', now);
  openDeadline(db, { ...subject, rule: 'appealWindow', basisDate: d.deliveredOn, dueDate: d.appealDue }, now);
}

/** An appeal was filed: the window did its work, and the deciding body's answer is due by `due`. */
export function onAppealFiled(db: Db, now: Date, a: { caseId: number; accusedId: number; appealId: number; rule: 'objectionAnswer' | 'bpasnDecision'; filedOn: string; due: string }): void {
  resolveDeadlines(db, { caseId: a.caseId, rule: 'appealWindow', subjectType: 'decision', subjectId: a.accusedId }, 'met', now);
  openDeadline(db, { caseId: a.caseId, rule: a.rule, subjectType: 'appeal', subjectId: a.appealId, basisDate: a.filedOn, dueDate: a.due }, now);
}

/** The appeal was answered. */
export function onAppealDecided(db: Db, now: Date, a: { caseId: number; appealId: number }): void {
  resolveDeadlines(db, { caseId: a.caseId, subjectType: 'appeal', subjectId: a.appealId }, 'met', now);
}

/** A workflow step settles what it fulfils; leaving the procedure cancels everything still open. */
export function onTransition(db: Db, now: Date, caseId: number, to: WorkflowState): void {
  if (to === 'delivered') resolveDeadlines(db, { caseId, rule: 'skDelivery' }, 'met', now);
  // The appeal was filed in time: the window has done its work.
  if (to === 'appeal') resolveDeadlines(db, { caseId, rule: 'appealWindow' }, 'met', now);
  if (to === 'summons_2' || to === 'decided_without_examination') return;
  if (to === 'not_pursued' || to === 'forwarded') resolveDeadlines(db, { caseId }, 'cancelled', now);
  // A closed case's sanction still runs: the notice when it ends stays due.
  if (to === 'closed') resolveDeadlines(db, { caseId, exceptRule: 'sanctionEnd' }, 'cancelled', now);
}
