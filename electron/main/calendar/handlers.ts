import type { FeatureHandlers } from '../ipc/dispatch.ts';
import type { calendarChannels } from '../../../shared/ipc/channels/calendar.ts';
import { addHoliday, calcAddWorkdays, calcWorkdaysBetween, calendarData, getYear, listYears, removeHoliday, setYearSource, updateHoliday } from './calendar-service.ts';

export const calendarHandlers: FeatureHandlers<typeof calendarChannels> = {
  'calendar:years': (_req, ctx) => listYears(ctx),
  'calendar:year': (req, ctx) => getYear(ctx, req.year),
  'calendar:data': (_req, ctx) => calendarData(ctx),
  'calendar:setYear': (req, ctx) => setYearSource(ctx, req),
  'calendar:addHoliday': (req, ctx) => addHoliday(ctx, req),
  'calendar:updateHoliday': (req, ctx) => updateHoliday(ctx, req),
  'calendar:removeHoliday': (req, ctx) => removeHoliday(ctx, req),
  'calendar:addWorkdays': (req, ctx) => calcAddWorkdays(ctx, req.date, req.n),
  'calendar:workdaysBetween': (req, ctx) => calcWorkdaysBetween(ctx, req.from, req.to),
};
