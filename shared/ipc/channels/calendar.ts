import { z } from 'zod';
import { channel } from '../define.ts';
import { ADMIN, ALL } from '../../accounts/roles.ts';
import {
  addWorkdaysSchema,
  calendarSetYearSchema,
  calendarYearSchema,
  holidayInputSchema,
  holidayRemoveSchema,
  holidayUpdateSchema,
  workdaysBetweenSchema,
} from '../../calendar/schemas.ts';
import type { CalendarData, HolidayRow, HolidayYearDetail, HolidayYearSummary } from '../../calendar/schemas.ts';

/** Everyone reads the working-day calendar and computes with it; the administrator edits it. */
export const calendarChannels = {
  'calendar:years': channel<HolidayYearSummary[]>()(z.object({}).strict(), { access: ALL }),
  'calendar:year': channel<HolidayYearDetail>()(calendarYearSchema.strict(), { access: ALL }),
  'calendar:data': channel<CalendarData>()(z.object({}).strict(), { access: ALL }),
  'calendar:setYear': channel<HolidayYearSummary>()(calendarSetYearSchema.strict(), { access: ADMIN }),
  'calendar:addHoliday': channel<HolidayRow>()(holidayInputSchema.strict(), { access: ADMIN }),
  'calendar:updateHoliday': channel<HolidayRow>()(holidayUpdateSchema.strict(), { access: ADMIN }),
  'calendar:removeHoliday': channel<{ id: number }>()(holidayRemoveSchema.strict(), { access: ADMIN }),
  'calendar:addWorkdays': channel<{ date: string; isWorkday: boolean; provisional: number[] }>()(addWorkdaysSchema.strict(), { access: ALL }),
  'calendar:workdaysBetween': channel<{ workdays: number; calendarDays: number; provisional: number[] }>()(workdaysBetweenSchema.strict(), { access: ALL }),
} as const;
