/**
 * A year's holiday list was added or changed: every open deadline counted in working days
 * through that year is counted again on the new calendar. Until a year has its official
 * list (the SKB of three ministers), its deadlines are provisional ("perkiraan": weekends
 * and fixed-date national holidays only); adding the list makes them exact. Only deadlines
 * that still carry their rule's own count on the old calendar are moved, so a date set any
 * other way is never overwritten. An unanswered appeal's answer date moves with its deadline,
 * except in a case lent to an examiner's laptop: its records are frozen until the loan ends
 * (the check-out triggers refuse any write to them, and a refused write would refuse the
 * whole calendar save), so the answer date catches up when the loan ends
 * (`alignAppealAnswerDates`).
 */
import type { Db } from '../db/connection.ts';
import type { AuditEntry } from '../audit/audit-log.ts';
import type { HolidayCalendar } from '../../../shared/calendar/types.ts';
import { dueDate } from '../../../shared/deadlines/compute.ts';
import { isDeadlineRuleId } from '../../../shared/deadlines/rules.ts';
import type { DeadlineSettings } from '../../../shared/deadlines/rules.ts';
import { selectAllOpenDeadlines, selectOpenDeadlinesOfCase, setDeadlineDue } from './deadline-queries.ts';
import { moveOpenAppealAnswerDue, selectAppeals } from '../examination/decision-queries.ts';
import { selectOpenLoan } from '../checkout/checkout-queries.ts';

const APPEAL_ANSWER_RULES = new Set(['objectionAnswer', 'bpasnDecision']);

/** A due date on one calendar, or null when that calendar cannot count it (a year it does not cover). */
function countOn(rule: Parameters<typeof dueDate>[0], basis: string, settings: DeadlineSettings, cal: HolidayCalendar): string | null {
  try {
    return dueDate(rule, basis, settings, cal);
  } catch {
    return null;
  }
}

/** Recounts open deadlines after a calendar change; returns the audit entry listing what moved (none when nothing did). */
export function recountOpenDeadlines(db: Db, before: HolidayCalendar, after: HolidayCalendar, settings: DeadlineSettings, year: number): Omit<AuditEntry, 'actor'>[] {
  const moved: { deadlineId: number; caseId: number; rule: string; before: string; after: string; appealWaitsForLoan?: true }[] = [];
  for (const d of selectAllOpenDeadlines(db)) {
    if (!isDeadlineRuleId(d.rule)) continue;
    const old = countOn(d.rule, d.basisDate, settings, before);
    const now = countOn(d.rule, d.basisDate, settings, after);
    if (old !== d.dueDate || now === null || now === d.dueDate) continue;
    setDeadlineDue(db, d.id, now);
    const appealId = APPEAL_ANSWER_RULES.has(d.rule) && d.subjectType === 'appeal' ? d.subjectId : null;
    const lent = appealId !== null && selectOpenLoan(db, d.caseId) !== undefined;
    if (appealId !== null && !lent) moveOpenAppealAnswerDue(db, appealId, now);
    moved.push({ deadlineId: d.id, caseId: d.caseId, rule: d.rule, before: d.dueDate, after: now, ...(lent ? { appealWaitsForLoan: true as const } : {}) });
  }
  if (moved.length === 0) return [];
  return [{ action: 'deadline.recount', entity: 'holiday_year', entityId: year, after: { moved } }];
}

/**
 * Brings a case's unanswered appeals' answer dates to their open deadlines' dates: called
 * when a loan ends, for the recounts that had to leave the lent record alone. Returns what
 * moved, for the loan's audit entry.
 */
export function alignAppealAnswerDates(db: Db, caseId: number): { appealId: number; before: string; after: string }[] {
  const due = new Map<number, string>();
  for (const d of selectOpenDeadlinesOfCase(db, caseId)) if (APPEAL_ANSWER_RULES.has(d.rule) && d.subjectType === 'appeal' && d.subjectId !== null) due.set(d.subjectId, d.dueDate);
  const moved: { appealId: number; before: string; after: string }[] = [];
  for (const a of selectAppeals(db, caseId)) {
    const to = due.get(a.id);
    if (a.outcome !== null || to === undefined || to === a.answer_due) continue;
    moveOpenAppealAnswerDue(db, a.id, to);
    moved.push({ appealId: a.id, before: a.answer_due, after: to });
  }
  return moved;
}
