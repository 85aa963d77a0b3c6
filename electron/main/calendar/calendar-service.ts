import type { z } from 'zod';
import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import { AppError, notFound } from '../errors.ts';
import type { Db } from '../db/connection.ts';
import type { HolidayCalendar } from '../../../shared/calendar/types.ts';
import { NoHolidayDataError, addWorkdays, createHolidayCalendar, isWorkday, provisionalYearsBetween, workdaysBetween } from '../../../shared/calendar/working-days.ts';
import { provisionalHolidays, provisionalYearsAfter } from '../../../shared/calendar/provisional.ts';
import { calendarDaysBetween } from '../../../shared/calendar/iso-day.ts';
import type {
  CalendarData,
  HolidayRow,
  HolidayYearDetail,
  HolidayYearSummary,
  calendarSetYearSchema,
  holidayInputSchema,
  holidayRemoveSchema,
  holidayUpdateSchema,
} from '../../../shared/calendar/schemas.ts';
import { deleteHoliday, insertHoliday, selectAllHolidays, selectHoliday, selectHolidayByDate, selectHolidaysOfYear, selectYear, selectYearNumbers, selectYears, touchYear, updateHolidayRow, upsertYear } from './calendar-queries.ts';
import { recountOpenDeadlines } from '../deadlines/recount.ts';
import { loadDeadlineSettings } from '../deadlines/rule-settings.ts';

/**
 * The office's calendar as kept in the database (the administrator's copy of the official
 * lists), plus the provisional years after the newest list (shared/calendar/provisional.ts).
 */
export function loadCalendar(db: Db): HolidayCalendar {
  return createHolidayCalendar(selectYearNumbers(db), selectAllHolidays(db), { provisional: true });
}

/** Runs calendar arithmetic, turning "no data for year N" into a message the user can act on. */
export function withCalendar<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof NoHolidayDataError) throw new AppError('INVALID_INPUT', 'calendar.noData', { year: e.year });
    throw e;
  }
}

export function listYears(ctx: AppContext): HolidayYearSummary[] {
  return selectYears(ctx.db);
}

export function getYear(ctx: AppContext, year: number): HolidayYearDetail {
  const summary = selectYear(ctx.db, year);
  if (!summary) throw new AppError('NOT_FOUND', 'calendar.noData', { year });
  return { ...summary, holidays: selectHolidaysOfYear(ctx.db, year) };
}

export function calendarData(ctx: AppContext): CalendarData {
  const years = selectYearNumbers(ctx.db);
  const provisionalYears = provisionalYearsAfter(years);
  return {
    years,
    holidays: selectAllHolidays(ctx.db).map(({ date, name, kind }) => ({ date, name, kind })),
    provisionalYears,
    provisionalHolidays: provisionalYears.flatMap((y) => provisionalHolidays(y).map(({ date, name, kind }) => ({ date, name, kind }))),
  };
}

/** Creates a year (from then on covered) or changes the decrees it cites. */
export function setYearSource(ctx: AppContext, input: z.output<typeof calendarSetYearSchema>): HolidayYearSummary {
  mutate(ctx, (db) => {
    const calBefore = loadCalendar(db);
    const before = selectYear(db, input.year);
    const nowIso = ctx.now().toISOString();
    upsertYear(db, input.year, input.source, nowIso, ctx.actor());
    return {
      value: undefined,
      audit: [
        {
          action: before ? 'holidayYear.update' : 'holidayYear.create',
          entity: 'holiday_year',
          entityId: input.year,
          before: before ? { source: before.source } : undefined,
          after: { source: input.source },
          reason: input.reason || null,
        },
        ...recount(db, calBefore, input.year),
      ],
    };
  });
  return selectYear(ctx.db, input.year)!;
}

/** The open deadlines counted again on the calendar as it is now (inside the change's transaction). */
function recount(db: Db, calBefore: HolidayCalendar, year: number): ReturnType<typeof recountOpenDeadlines> {
  return withCalendar(() => recountOpenDeadlines(db, calBefore, loadCalendar(db), loadDeadlineSettings(db), year));
}

function touch(db: Db, year: number, ctx: AppContext): void {
  touchYear(db, year, ctx.now().toISOString(), ctx.actor());
}

/** Adds one holiday to a covered year; a date can carry only one entry. */
export function addHoliday(ctx: AppContext, input: z.output<typeof holidayInputSchema>): HolidayRow {
  const year = Number(input.date.slice(0, 4));
  if (!selectYear(ctx.db, year)) throw new AppError('INVALID_INPUT', 'calendar.yearMissing', { year }, { date: 'calendar.yearMissing' });
  const existing = selectHolidayByDate(ctx.db, input.date);
  if (existing) throw new AppError('CONFLICT', 'calendar.duplicateDate', { date: input.date, name: existing.name }, { date: 'calendar.duplicateDate' });
  return mutate(ctx, (db) => {
    const calBefore = loadCalendar(db);
    const row = { date: input.date, name: input.name, kind: input.kind, note: input.note || null };
    const id = insertHoliday(db, year, row);
    touch(db, year, ctx);
    return { value: { id, ...row }, audit: [{ action: 'holiday.create', entity: 'holiday', entityId: id, after: row, reason: input.reason || null }, ...recount(db, calBefore, year)] };
  });
}

/** Renames a holiday or changes its kind or note (the date stays; remove and add to move it). */
export function updateHoliday(ctx: AppContext, input: z.output<typeof holidayUpdateSchema>): HolidayRow {
  const before = selectHoliday(ctx.db, input.id);
  if (!before) throw notFound('calendar.holiday');
  return mutate(ctx, (db) => {
    const calBefore = loadCalendar(db);
    const after = { ...before, name: input.name, kind: input.kind, note: input.note || null };
    updateHolidayRow(db, input.id, after);
    touch(db, Number(before.date.slice(0, 4)), ctx);
    return { value: after, audit: [{ action: 'holiday.update', entity: 'holiday', entityId: input.id, before, after, reason: input.reason || null }, ...recount(db, calBefore, Number(before.date.slice(0, 4)))] };
  });
}

/** Removes a holiday (the day becomes a working day again); the reason is required and audited. */
export function removeHoliday(ctx: AppContext, input: z.output<typeof holidayRemoveSchema>): { id: number } {
  const before = selectHoliday(ctx.db, input.id);
  if (!before) throw notFound('calendar.holiday');
  return mutate(ctx, (db) => {
    const calBefore = loadCalendar(db);
    deleteHoliday(db, input.id);
    touch(db, Number(before.date.slice(0, 4)), ctx);
    return { value: { id: input.id }, audit: [{ action: 'holiday.delete', entity: 'holiday', entityId: input.id, before, reason: input.reason }, ...recount(db, calBefore, Number(before.date.slice(0, 4)))] };
  });
}

/** The calculator: n working days from a date on the office's calendar. */
/** `provisional` lists the years without an official list the answer passed through ("perkiraan"). */
export function calcAddWorkdays(ctx: AppContext, date: string, n: number): { date: string; isWorkday: boolean; provisional: number[] } {
  const cal = loadCalendar(ctx.db);
  return withCalendar(() => {
    const result = addWorkdays(date, n, cal);
    return { date: result, isWorkday: isWorkday(date, cal), provisional: provisionalYearsBetween(date, result, cal) };
  });
}

export function calcWorkdaysBetween(ctx: AppContext, from: string, to: string): { workdays: number; calendarDays: number; provisional: number[] } {
  const cal = loadCalendar(ctx.db);
  return withCalendar(() => ({ workdays: workdaysBetween(from, to, cal), calendarDays: calendarDaysBetween(from, to), provisional: provisionalYearsBetween(from, to, cal) }));
}
