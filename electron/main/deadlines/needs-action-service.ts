import type { z } from 'zod';
import type { AppContext } from '../app-context.ts';
import type { HolidayCalendar } from '../../../shared/calendar/types.ts';
import { addCalendarDays, calendarDaysBetween, localIsoDate } from '../../../shared/calendar/iso-day.ts';
import { addWorkdays, provisionalYearsBetween } from '../../../shared/calendar/working-days.ts';
import { dueDate } from '../../../shared/deadlines/compute.ts';
import { isDeadlineRuleId } from '../../../shared/deadlines/rules.ts';
import type { DeadlineSettings } from '../../../shared/deadlines/rules.ts';
import type { NeedsActionItem, NeedsActionList, needsActionSchema } from '../../../shared/deadlines/schemas.ts';
import { loadCalendar, withCalendar } from '../calendar/calendar-service.ts';
import { loadDeadlineSettings } from './rule-settings.ts';
import { countOpenDeadlines, countPendingRecommendations, selectOpenDeadlines, selectPendingRecommendations } from './needs-action-queries.ts';

/**
 * The latest registration date whose follow-up falls due on or before `limit`. Due dates
 * never decrease as the basis moves later, so walking back from `limit` finds it in a
 * few steps; the SQL then reads one index range instead of computing every case.
 */
function latestBasisDueBy(limit: string, settings: DeadlineSettings, cal: HolidayCalendar): string {
  let basis = limit;
  for (let i = 0; i < 800 && dueDate('recommendationFollowUp', basis, settings, cal) > limit; i++) basis = addCalendarDays(basis, -1);
  return basis;
}

/**
 * "Perlu tindakan": every open deadline that is overdue or due within `soonWorkdays`
 * working days, across all cases, earliest first, with the rule that produced it.
 */
export function needsAction(ctx: AppContext, query: z.output<typeof needsActionSchema>): NeedsActionList {
  const cal = loadCalendar(ctx.db);
  const settings = loadDeadlineSettings(ctx.db);
  const today = localIsoDate(ctx.now());
  return withCalendar(() => {
    const horizon = addWorkdays(today, query.soonWorkdays, cal);
    const stored = countOpenDeadlines(ctx.db, today, horizon);
    // Registration dates before these (exclusive) give follow-ups due before today / by the horizon.
    const overdueUntil = addCalendarDays(latestBasisDueBy(addCalendarDays(today, -1), settings, cal), 1);
    const soonUntil = addCalendarDays(latestBasisDueBy(horizon, settings, cal), 1);
    const recOverdue = countPendingRecommendations(ctx.db, '', overdueUntil);
    const recSoon = countPendingRecommendations(ctx.db, overdueUntil, soonUntil);

    const items: NeedsActionItem[] = [];
    const state = (due: string): NeedsActionItem['state'] => (due < today ? 'overdue' : 'dueSoon');
    const provisional = (basis: string, due: string) => provisionalYearsBetween(basis, due, cal).length > 0;
    for (const r of selectOpenDeadlines(ctx.db, today, horizon, query.limit)) {
      if (!isDeadlineRuleId(r.rule)) continue;
      items.push({ ...r, rule: r.rule, state: state(r.dueDate), daysLeft: calendarDaysBetween(today, r.dueDate), provisional: provisional(r.basisDate, r.dueDate) });
    }
    for (const r of selectPendingRecommendations(ctx.db, soonUntil, query.limit)) {
      const basisDate = r.createdAt.slice(0, 10);
      const due = dueDate('recommendationFollowUp', basisDate, settings, cal);
      items.push({
        caseId: r.caseId,
        registerNo: r.registerNo,
        rule: 'recommendationFollowUp',
        subjectType: 'case',
        subjectId: r.caseId,
        basisDate,
        dueDate: due,
        state: state(due),
        daysLeft: calendarDaysBetween(today, due),
        provisional: provisional(basisDate, due),
      });
    }
    items.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.caseId - b.caseId));
    return {
      today,
      horizon,
      overdueCount: stored.overdue + recOverdue,
      dueSoonCount: stored.dueSoon + recSoon,
      items: items.slice(0, query.limit),
    };
  });
}
