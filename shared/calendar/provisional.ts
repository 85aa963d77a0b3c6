/**
 * Provisional ("perkiraan") holidays for a year whose official list is not out yet.
 *
 * The SKB 3 Menteri on national holidays and cuti bersama for a year is usually signed in
 * September-October of the year before, sometimes later, and the lunar-calendar holidays
 * (Idul Fitri, Idul Adha, Isra Mikraj, Waisak, Nyepi, Imlek ...) and cuti bersama cannot be
 * known before it. Refusing every date in that year blocked, each December, every SK whose
 * effects fall in the next January. Until the list is entered, such a year is computed with
 * the weekends and the national holidays fixed by date (Tahun Baru Masehi 1 January,
 * Hari Buruh 1 May by Perpres 24/2013, Hari Lahir Pancasila 1 June by Keppres 24/2016,
 * Proklamasi 17 August, Kelahiran Yesus Kristus 25 December). A result that touches such a year is marked "perkiraan"
 * and is recomputed from the official list once it is entered: it can only be later, never
 * earlier, because the official list adds non-working days and removes none of these.
 */
import type { HolidayEntry } from './types.ts';

/** How many years after the newest official list are computed provisionally. */
export const PROVISIONAL_YEARS_AHEAD = 2;

/** Month-day and name of the national holidays fixed by date. */
const FIXED: readonly [string, string][] = [
  ['01-01', 'Tahun Baru Masehi'],
  ['05-01', 'Hari Buruh Internasional'],
  ['06-01', 'Hari Lahir Pancasila'],
  ['08-17', 'Hari Proklamasi Kemerdekaan Republik Indonesia'],
  ['12-25', 'Kelahiran Yesus Kristus'],
];

/** The fixed-date national holidays of a year, each noted as provisional. */
export function provisionalHolidays(year: number): HolidayEntry[] {
  return FIXED.map(([md, name]) => ({ date: `${year}-${md}`, name, kind: 'libur_nasional' as const, note: 'perkiraan' }));
}

/** The years computed provisionally: the next PROVISIONAL_YEARS_AHEAD after the newest official one. */
export function provisionalYearsAfter(officialYears: Iterable<number>): number[] {
  const newest = Math.max(...officialYears);
  if (!Number.isFinite(newest)) return [];
  return Array.from({ length: PROVISIONAL_YEARS_AHEAD }, (_, i) => newest + 1 + i);
}

/**
 * Fewer entries than this in an official year's list (national holidays and cuti bersama
 * together; every year 2020-2026 had at least 24) means the list is probably incomplete.
 */
export const SHORT_YEAR_LIST = 18;
