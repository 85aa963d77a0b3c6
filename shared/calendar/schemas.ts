import { z } from 'zod';
import { idSchema, isoDate, requiredText, text } from '../schemas/common.ts';
import { HOLIDAY_KINDS } from './types.ts';
import type { HolidayKind } from './types.ts';

export const yearSchema = z.number().int().min(2000, { error: 'calendar.yearRange' }).max(2100, { error: 'calendar.yearRange' });

export const calendarYearSchema = z.object({ year: yearSchema });

/** Administrator: create a year or change the decrees it is based on. */
export const calendarSetYearSchema = z.object({
  year: yearSchema,
  source: requiredText(4000),
  reason: text(500).optional(),
});

/** Administrator: add a holiday (the form and `calendar:addHoliday`). */
export const holidayInputSchema = z.object({
  date: isoDate,
  name: requiredText(200),
  kind: z.enum(HOLIDAY_KINDS),
  note: text(500).optional(),
  reason: text(500).optional(),
});

export const holidayUpdateSchema = z.object({
  id: idSchema,
  name: requiredText(200),
  kind: z.enum(HOLIDAY_KINDS),
  note: text(500).optional(),
  reason: text(500).optional(),
});

export const holidayRemoveSchema = z.object({
  id: idSchema,
  reason: requiredText(500),
});

/**
 * A date the working-day calendar can compute with: holiday lists exist only for the
 * years 2000-2100, so "0001-01-01" is refused by name instead of failing inside the
 * arithmetic.
 */
export const calendarDate = isoDate.refine((s) => {
  const y = Number(s.slice(0, 4));
  return y >= 2000 && y <= 2100;
}, { error: 'calendar.dateRange' });

/** The calculator: n working days from a date (negative = back). */
export const addWorkdaysSchema = z.object({
  date: calendarDate,
  n: z.number().int().min(-1000, { error: 'calendar.countRange' }).max(1000, { error: 'calendar.countRange' }),
});

export const workdaysBetweenSchema = z.object({ from: calendarDate, to: calendarDate });

export interface HolidayRow {
  id: number;
  date: string;
  name: string;
  kind: HolidayKind;
  note: string | null;
}

export interface HolidayYearSummary {
  year: number;
  source: string;
  count: number;
  updatedAt: string;
  updatedBy: string;
}

export interface HolidayYearDetail extends HolidayYearSummary {
  holidays: HolidayRow[];
}

/** The whole calendar as plain data, for renderer-side arithmetic (e.g. live schedule warnings). */
export interface CalendarData {
  years: number[];
  holidays: { date: string; name: string; kind: HolidayKind }[];
  /** Years after the newest official list, computed with weekends and fixed-date holidays only ("perkiraan"). */
  provisionalYears: number[];
  provisionalHolidays: { date: string; name: string; kind: HolidayKind }[];
}
