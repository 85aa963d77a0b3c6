import { z } from 'zod';
import { channel } from '../define.ts';
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

export const calendarChannels = {
  'calendar:years': channel<HolidayYearSummary[]>()(z.object({}).strict()),
  'calendar:year': channel<HolidayYearDetail>()(calendarYearSchema.strict()),
  'calendar:data': channel<CalendarData>()(z.object({}).strict()),
  'calendar:setYear': channel<HolidayYearSummary>()(calendarSetYearSchema.strict()),
  'calendar:addHoliday': channel<HolidayRow>()(holidayInputSchema.strict()),
  'calendar:updateHoliday': channel<HolidayRow>()(holidayUpdateSchema.strict()),
  'calendar:removeHoliday': channel<{ id: number }>()(holidayRemoveSchema.strict()),
  'calendar:addWorkdays': channel<{ date: string; isWorkday: boolean }>()(addWorkdaysSchema.strict()),
  'calendar:workdaysBetween': channel<{ workdays: number; calendarDays: number }>()(workdaysBetweenSchema.strict()),
} as const;
