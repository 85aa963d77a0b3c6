/**
 * A recommendation as the screens and the reply letter read it: the stored letter and its
 * named employees, with each employee's status derived from the linked case, the follow-up
 * deadline on the office's working-day calendar, and titles from the catalogues.
 */
import type { AppContext } from '../app-context.ts';
import type { HolidayCalendar } from '../../../shared/calendar/types.ts';
import type { DeadlineSettings } from '../../../shared/deadlines/rules.ts';
import { DEADLINE_RULES } from '../../../shared/deadlines/rules.ts';
import { dueDate } from '../../../shared/deadlines/compute.ts';
import { localIsoDate } from '../../../shared/calendar/iso-day.ts';
import { provisionalYearsBetween } from '../../../shared/calendar/working-days.ts';
import type { RecEmployee, RecStatus, RecommendationDetail, RecommendationSummary } from '../../../shared/recommendations/schemas.ts';
import { REC_STATUSES } from '../../../shared/recommendations/schemas.ts';
import { isOpen, recStatus } from '../../../shared/recommendations/status.ts';
import { loadCalendar, withCalendar } from '../calendar/calendar-service.ts';
import { loadDeadlineSettings } from '../deadlines/rule-settings.ts';
import { allSanctionCatalogues } from '../examination/sanction-catalogues.ts';
import { violationCatalogues } from '../catalogue/violations.ts';
import { validIssuedForSubject } from '../letters/issued-queries.ts';
import type { RecItemRow, RecRow } from './recommendation-queries.ts';

/** What every read of the register needs once: today, the office's rule and calendar. */
export interface RecClock {
  today: string;
  settings: DeadlineSettings;
  cal: HolidayCalendar;
}

export function recClock(ctx: AppContext): RecClock {
  return { today: localIsoDate(ctx.now()), settings: loadDeadlineSettings(ctx.db), cal: loadCalendar(ctx.db) };
}

/** The follow-up deadline: the received date moved by the office's rule (calendar or working days). */
export function followUpDue(receivedDate: string, clock: RecClock): string {
  return withCalendar(() => dueDate('recommendationFollowUp', receivedDate, clock.settings, clock.cal));
}

export function violationTitle(code: string): string {
  for (const c of violationCatalogues) {
    const e = c.entries.find((x) => x.code === code);
    if (e) return e.title.id;
  }
  return code;
}

/** A sanction as printed in a sentence ("pemotongan tunjangan kinerja ... selama 6 bulan"). */
export function sanctionText(code: string, durationMonths: number | null = null): string {
  for (const c of allSanctionCatalogues()) {
    const s = c.sanctions.find((x) => x.code === code);
    if (s) return `${s.title.id.charAt(0).toLowerCase()}${s.title.id.slice(1)}${durationMonths ? ` selama ${durationMonths} bulan` : ''}`;
  }
  return code;
}

export function knownSanction(code: string): boolean {
  return allSanctionCatalogues().some((c) => c.sanctions.some((s) => s.code === code));
}

export function knownViolation(code: string): boolean {
  return violationCatalogues.some((c) => c.entries.some((e) => e.code === code));
}

export function toEmployee(r: RecItemRow, due: string, today: string): RecEmployee {
  const status = recStatus({ notFollowedReason: r.notFollowedReason, caseId: r.caseId, caseStatus: r.caseStatus, skNumber: r.skNumber });
  return {
    id: r.id,
    position: r.position,
    employeeId: r.employeeId,
    name: r.name,
    nip: r.nip,
    employmentType: r.employmentType,
    jabatan: r.jabatan,
    unitKerja: r.unitKerja,
    violationCode: r.violationCode,
    violationTitle: violationTitle(r.violationCode),
    sanctionCode: r.sanctionCode,
    sanctionTitle: r.sanctionCode ? sanctionText(r.sanctionCode) : null,
    caseId: r.caseId,
    accusedId: r.accusedId,
    registerNo: r.registerNo,
    caseStatus: r.caseStatus,
    status,
    overdue: isOpen(status) && today > due,
    decision:
      status === 'decided' && r.skNumber && r.skDate
        ? { sanctionTitle: r.decisionOutcomeText ?? sanctionText(r.decisionSanction ?? '', r.decisionDuration), skNumber: r.skNumber, skDate: r.skDate }
        : null,
    notFollowedReason: r.notFollowedReason,
    notFollowedAt: r.notFollowedAt,
    notFollowedBy: r.notFollowedBy,
    version: r.version,
  };
}

export function toSummary(rec: RecRow, items: RecItemRow[], clock: RecClock): RecommendationSummary & { employees: RecEmployee[] } {
  const due = followUpDue(rec.receivedDate, clock);
  const employees = items.map((i) => toEmployee(i, due, clock.today));
  const counts = Object.fromEntries(REC_STATUSES.map((s) => [s, 0])) as Record<RecStatus, number>;
  for (const e of employees) counts[e.status]++;
  return {
    id: rec.id,
    issuer: rec.issuer,
    issuerName: rec.issuerName,
    letterNumber: rec.letterNumber,
    letterDate: rec.letterDate,
    receivedDate: rec.receivedDate,
    subject: rec.subject,
    dueDate: due,
    provisional: provisionalYearsBetween(rec.receivedDate, due, clock.cal).length > 0,
    employeeCount: employees.length,
    counts,
    overdueCount: employees.filter((e) => e.overdue).length,
    names: employees.map((e) => e.name).join(', '),
    employees,
  };
}

export function toDetail(ctx: AppContext, rec: RecRow, items: RecItemRow[], clock: RecClock): RecommendationDetail {
  const reply = validIssuedForSubject(ctx.db, 'followup', `recommendation:${rec.id}`);
  const rule = clock.settings.recommendationFollowUp;
  return {
    ...toSummary(rec, items, clock),
    note: rec.note,
    createdAt: rec.createdAt,
    createdBy: rec.createdBy,
    version: rec.version,
    reply: reply ? { letterId: reply.id, number: reply.number, date: reply.letterDate } : null,
    rule: { value: rule.value, unit: rule.unit, unverified: DEADLINE_RULES.recommendationFollowUp.unverified, legalBasis: DEADLINE_RULES.recommendationFollowUp.legalBasis },
  };
}
