/**
 * Working-day arithmetic for legal deadlines: Monday to Friday, minus the official
 * national holidays, cuti bersama and election days of the calendar's data. Dates
 * in a year without official data are refused, except the provisional years a calendar
 * built with `provisional` covers (provisional.ts).
 */
import type { HolidayCalendar, HolidayEntry } from './types.ts';
import { dayToIso, isoToDay, weekdayOfDay, yearOfDay } from './iso-day.ts';
import { provisionalHolidays, provisionalYearsAfter } from './provisional.ts';

/** A date falls in a year for which no official holiday list is loaded. */
export class NoHolidayDataError extends Error {
  readonly year: number;
  constructor(year: number) {
    super(`tidak ada data hari libur untuk tahun ${year}`);
    this.name = 'NoHolidayDataError';
    this.year = year;
  }
}

/**
 * Builds a calendar from the covered years and their holidays; a holiday outside those
 * years is a data error. With `provisional`, the years after the newest official one are
 * covered too, with their fixed-date national holidays only (provisional.ts).
 */
export function createHolidayCalendar(years: Iterable<number>, holidays: Iterable<HolidayEntry>, opts: { provisional?: boolean } = {}): HolidayCalendar {
  const yearSet = new Set(years);
  const map = new Map<string, HolidayEntry>();
  for (const h of holidays) {
    const year = yearOfDay(isoToDay(h.date));
    if (!yearSet.has(year)) throw new RangeError(`holiday ${h.date} lies outside the calendar's years`);
    map.set(h.date, h);
  }
  if (!opts.provisional) return { years: yearSet, holidays: map };
  const provisionalYears = new Set(provisionalYearsAfter(yearSet));
  for (const year of provisionalYears) {
    yearSet.add(year);
    for (const h of provisionalHolidays(year)) map.set(h.date, h);
  }
  return { years: yearSet, holidays: map, provisionalYears };
}

/** The provisional years (no official list yet) that a computation from `a` to `b` passes through, ascending. */
export function provisionalYearsBetween(a: string, b: string, cal: HolidayCalendar): number[] {
  const years = cal.provisionalYears;
  if (!years || years.size === 0) return [];
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  const from = Number(lo.slice(0, 4));
  const to = Number(hi.slice(0, 4));
  return [...years].filter((y) => y >= from && y <= to).sort((x, y) => x - y);
}

function checkCovered(day: number, cal: HolidayCalendar): void {
  const year = yearOfDay(day);
  if (!cal.years.has(year)) throw new NoHolidayDataError(year);
}

function isWorkdayNumber(day: number, cal: HolidayCalendar): boolean {
  checkCovered(day, cal);
  const wd = weekdayOfDay(day);
  if (wd === 0 || wd === 6) return false;
  return !cal.holidays.has(dayToIso(day));
}

/** True when the date is Monday-Friday and not a holiday, cuti bersama or election day. */
export function isWorkday(date: string, cal: HolidayCalendar): boolean {
  return isWorkdayNumber(isoToDay(date), cal);
}

/** The holiday on that date, if any (weekends are not entries). */
export function holidayOn(date: string, cal: HolidayCalendar): HolidayEntry | undefined {
  isoToDay(date);
  return cal.holidays.get(date);
}

/**
 * The n-th working day after `date` (n > 0) or before it (n < 0); the start date itself
 * is never counted. n = 0 returns `date` unchanged, workday or not.
 */
export function addWorkdays(date: string, n: number, cal: HolidayCalendar): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`working-day count must be an integer, got ${n}`);
  let day = isoToDay(date);
  const step = n < 0 ? -1 : 1;
  let left = Math.abs(n);
  while (left > 0) {
    day += step;
    if (isWorkdayNumber(day, cal)) left--;
  }
  return dayToIso(day);
}

/**
 * Working days in the half-open range (a, b] when a <= b, negated for a > b:
 * workdaysBetween(d, addWorkdays(d, n)) === n for every n >= 0.
 */
export function workdaysBetween(a: string, b: string, cal: HolidayCalendar): number {
  const from = isoToDay(a);
  const to = isoToDay(b);
  if (from > to) return -workdaysBetween(b, a, cal);
  checkCovered(from, cal);
  let count = 0;
  for (let day = from + 1; day <= to; day++) if (isWorkdayNumber(day, cal)) count++;
  return count;
}

/** The first working day strictly after `date` (same as addWorkdays(date, 1)). */
export function nextWorkday(date: string, cal: HolidayCalendar): string {
  return addWorkdays(date, 1, cal);
}

/** The last working day strictly before `date`. */
export function previousWorkday(date: string, cal: HolidayCalendar): string {
  return addWorkdays(date, -1, cal);
}

/** `date` itself when it is a working day, else the next one: for a deadline that lands on a holiday. */
export function workdayOnOrAfter(date: string, cal: HolidayCalendar): string {
  return isWorkday(date, cal) ? date : nextWorkday(date, cal);
}
