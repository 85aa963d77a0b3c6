/**
 * Due dates and schedule checks on the working-day calendar. Pure: the main process
 * passes the office's settings and calendar; scheduling turns warnings into
 * a refusal unless the user gives an override reason, which it records.
 */
import type { HolidayCalendar } from '../calendar/types.ts';
import { addCalendarDays, calendarDaysBetween } from '../calendar/iso-day.ts';
import { addWorkdays, isWorkday, provisionalYearsBetween, workdaysBetween } from '../calendar/working-days.ts';
import { DEADLINE_RULES } from './rules.ts';
import type { DeadlineRuleId, DeadlineSetting, DeadlineSettings } from './rules.ts';

/** `date` moved by the rule's period (negative `sign` moves back). */
export function shiftByPeriod(date: string, setting: Pick<DeadlineSetting, 'value' | 'unit'>, cal: HolidayCalendar, sign: 1 | -1 = 1): string {
  return setting.unit === 'days' ? addCalendarDays(date, sign * setting.value) : addWorkdays(date, sign * setting.value, cal);
}

/** Length of [a, b] in the rule's unit: working days in (a, b] or calendar days. */
export function periodBetween(a: string, b: string, unit: DeadlineSetting['unit'], cal: HolidayCalendar): number {
  return unit === 'days' ? calendarDaysBetween(a, b) : workdaysBetween(a, b, cal);
}

/**
 * The due date a rule derives from its basis date:
 * summons1Notice: basis = examination date, result = latest summons date (earliest in atMost mode);
 * summons2Issue: basis = missed examination date, result = last day to issue summons II;
 * skDelivery: basis = SK date, result = last day to deliver it;
 * skEffective: basis = receipt date, result = the day the sanction takes effect;
 * appealWindow: basis = receipt date, result = last day to file an appeal;
 * recommendationFollowUp: basis = recommendation received, result = follow-up due;
 * objectionAnswer / bpasnDecision: basis = appeal filed, result = last day for its answer;
 * sanctionEnd: basis = the sanction's last day, result = when the notice to BKPSDM is due.
 */
export function dueDate(rule: DeadlineRuleId, basisDate: string, settings: DeadlineSettings, cal: HolidayCalendar): string {
  const s = settings[rule];
  return rule === 'summons1Notice' ? shiftByPeriod(basisDate, s, cal, -1) : shiftByPeriod(basisDate, s, cal, 1);
}

/** One broken or doubtful rule: an i18n key with its parameters, plus the rule and its legal basis. */
/**
 * A due date is an estimate ("perkiraan") when it was counted through a year that has no
 * official holiday list yet (weekends and fixed-date holidays only) or under a rule whose
 * legal reading is not verified; it is counted again once the list is entered.
 */
export function isProvisionalDue(rule: DeadlineRuleId, basisDate: string, due: string, cal: HolidayCalendar): boolean {
  return DEADLINE_RULES[rule].unverified || provisionalYearsBetween(basisDate, due, cal).length > 0;
}

export interface ScheduleWarning {
  rule: DeadlineRuleId | 'workday';
  key: string;
  params: Record<string, string | number>;
  legalBasis: string;
}

/**
 * Checks a summons I against its examination date: the gap must respect the rule and
 * both dates should be working days. An empty list means the schedule is fine.
 */
export function checkSummons1(p: { summonsDate: string; examDate: string }, settings: DeadlineSettings, cal: HolidayCalendar): ScheduleWarning[] {
  const s = settings.summons1Notice;
  const basis = DEADLINE_RULES.summons1Notice.legalBasis;
  const out: ScheduleWarning[] = [...notWorkday(p.examDate, 'examDate', cal), ...notWorkday(p.summonsDate, 'summonsDate', cal)];
  const limit = dueDate('summons1Notice', p.examDate, settings, cal);
  const gap = periodBetween(p.summonsDate, p.examDate, s.unit, cal);
  if (p.summonsDate >= p.examDate) {
    out.push({ rule: 'summons1Notice', key: 'deadlines.warnSummonsAfterExam', params: { summonsDate: p.summonsDate, examDate: p.examDate }, legalBasis: basis });
  } else if (s.mode === 'atLeast' && p.summonsDate > limit) {
    out.push({ rule: 'summons1Notice', key: 'deadlines.warnSummonsTooLate', params: { value: s.value, gap, latest: limit }, legalBasis: basis });
  } else if (s.mode === 'atMost' && p.summonsDate < limit) {
    out.push({ rule: 'summons1Notice', key: 'deadlines.warnSummonsTooEarly', params: { value: s.value, gap, earliest: limit }, legalBasis: basis });
  }
  return out;
}

/** Checks a summons II issued after a missed examination, and its new examination date. */
export function checkSummons2(
  p: { missedDate: string; summonsDate: string; examDate?: string | undefined },
  settings: DeadlineSettings,
  cal: HolidayCalendar,
): ScheduleWarning[] {
  const out: ScheduleWarning[] = [...notWorkday(p.summonsDate, 'summonsDate', cal)];
  const latest = dueDate('summons2Issue', p.missedDate, settings, cal);
  if (p.summonsDate > latest) {
    out.push({
      rule: 'summons2Issue',
      key: 'deadlines.warnSummons2Late',
      params: { value: settings.summons2Issue.value, latest },
      legalBasis: DEADLINE_RULES.summons2Issue.legalBasis,
    });
  }
  if (p.examDate) out.push(...checkSummons1({ summonsDate: p.summonsDate, examDate: p.examDate }, settings, cal).filter((w) => w.params.field !== 'summonsDate'));
  return out;
}

function notWorkday(date: string, field: string, cal: HolidayCalendar): ScheduleWarning[] {
  if (isWorkday(date, cal)) return [];
  const holiday = cal.holidays.get(date);
  return [
    {
      rule: 'workday',
      key: holiday ? 'deadlines.warnHoliday' : 'deadlines.warnWeekend',
      params: { field, date, name: holiday?.name ?? '' },
      legalBasis: '',
    },
  ];
}
