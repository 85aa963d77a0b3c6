/** Working-day calendar: types, ISO day helpers and arithmetic (import from here). */
export type { HolidayCalendar, HolidayEntry, HolidayKind, HolidaySource, HolidayYearFile } from './types.ts';
export { HOLIDAY_KINDS } from './types.ts';
export { addCalendarDays, calendarDaysBetween, dayToIso, isIsoDate, isoToDay, weekdayOfDay } from './iso-day.ts';
export {
  NoHolidayDataError,
  addWorkdays,
  createHolidayCalendar,
  holidayOn,
  isWorkday,
  nextWorkday,
  previousWorkday,
  provisionalYearsBetween,
  workdayOnOrAfter,
  workdaysBetween,
} from './working-days.ts';
export { PROVISIONAL_YEARS_AHEAD, SHORT_YEAR_LIST, provisionalHolidays, provisionalYearsAfter } from './provisional.ts';
