import type { AppContext } from '../app-context.ts';
import { loadCalendar, withCalendar } from '../calendar/calendar-service.ts';
import { loadDeadlineSettings } from '../deadlines/rule-settings.ts';
import { checkSummons1, checkSummons2, dueDate } from '../../../shared/deadlines/compute.ts';
import type { ScheduleWarning } from '../../../shared/deadlines/compute.ts';

/**
 * Examination rules on the office's calendar and deadline settings: every
 * call reads the administrator's current holiday list and rule values, and a date in a
 * year without official holiday data is refused with a clear message.
 */
export function scheduleWarnings(ctx: AppContext, s: { date: string; summonsDate: string; summonsNo: 1 | 2; missedDate: string | null }): ScheduleWarning[] {
  return withCalendar(() => {
    const cal = loadCalendar(ctx.db);
    const settings = loadDeadlineSettings(ctx.db);
    return s.summonsNo === 2 && s.missedDate
      ? checkSummons2({ missedDate: s.missedDate, summonsDate: s.summonsDate, examDate: s.date }, settings, cal)
      : checkSummons1({ summonsDate: s.summonsDate, examDate: s.date }, settings, cal);
  });
}

/** The last day to issue summons II after the accused missed `missedDate`. */
export function summons2Due(ctx: AppContext, missedDate: string): string {
  return withCalendar(() => dueDate('summons2Issue', missedDate, loadDeadlineSettings(ctx.db), loadCalendar(ctx.db)));
}

/** The day a sanction takes effect when its SK was received on `receivedOn`. */
export function effectiveDateOf(ctx: AppContext): (receivedOn: string) => string {
  return (receivedOn) => withCalendar(() => dueDate('skEffective', receivedOn, loadDeadlineSettings(ctx.db), loadCalendar(ctx.db)));
}

/** The last day to deliver an SK dated `skDate`. */
export function skDeliveryDue(ctx: AppContext, skDate: string): string {
  return withCalendar(() => dueDate('skDelivery', skDate, loadDeadlineSettings(ctx.db), loadCalendar(ctx.db)));
}

/** The last day to appeal a decision received on `receivedOn` (PP 79/2021). */
export function appealWindowDue(ctx: AppContext, receivedOn: string): string {
  return withCalendar(() => dueDate('appealWindow', receivedOn, loadDeadlineSettings(ctx.db), loadCalendar(ctx.db)));
}

/** The last day for the deciding body to answer an appeal filed on `filedOn` (PP 79/2021). */
export function appealAnswerDue(ctx: AppContext, rule: 'objectionAnswer' | 'bpasnDecision', filedOn: string): string {
  return withCalendar(() => dueDate(rule, filedOn, loadDeadlineSettings(ctx.db), loadCalendar(ctx.db)));
}

/**
 * When the notice that a sanction ended (on `endDate`) is due. A sanction may end years ahead,
 * past the office's holiday data: a working-day setting then falls back to the end date itself
 * rather than refusing the delivery or appeal that set the dates.
 */
export function sanctionEndDue(ctx: AppContext, endDate: string): string {
  try {
    return withCalendar(() => dueDate('sanctionEnd', endDate, loadDeadlineSettings(ctx.db), loadCalendar(ctx.db)));
  } catch {
    return endDate;
  }
}
