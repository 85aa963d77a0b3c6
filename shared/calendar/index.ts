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
  workdayOnOrAfter,
  workdaysBetween,
} from './working-days.ts';
