import { channel } from '../define.ts';
import { tableFormatSchema } from '../../reports/table-export.ts';
import type { TableFile } from '../../reports/table-export.ts';
import { ALL, INTAKE, STAFF } from '../../accounts/roles.ts';
import { emptyRequest } from './system.ts';
import {
  attendanceSchema,
  roomSaveSchema,
  sessionRangeSchema,
  sessionRescheduleSchema,
  sessionScheduleSchema,
  staffSaveSchema,
} from '../../examination/schemas.ts';
import type { CalendarRange, ExamSession, Room, ScheduleCheck, ScheduleOutcome, Staff } from '../../examination/types.ts';
import type { Prompt } from '../../examination/next-step.ts';

export const hearingChannels = {
  'staff:list': channel<Staff[]>()(emptyRequest, { access: ALL }),
  'staff:save': channel<Staff>()(staffSaveSchema, { access: INTAKE }),
  'rooms:list': channel<Room[]>()(emptyRequest, { access: ALL }),
  'rooms:add': channel<Room>()(roomSaveSchema, { access: INTAKE }),
  'hearings:range': channel<CalendarRange>()(sessionRangeSchema, { access: ALL }),
  'hearings:export': channel<TableFile>()(sessionRangeSchema.omit({ perDay: true }).extend({ format: tableFormatSchema }).strict(), { access: ALL }),
  'hearings:schedule': channel<ScheduleOutcome>()(sessionScheduleSchema, { access: STAFF }),
  'hearings:reschedule': channel<ScheduleOutcome>()(sessionRescheduleSchema, { access: STAFF }),
  /** The schedule dialog's re-check on every change: the conflicts and warnings saving would meet, nothing written. */
  'hearings:checkSchedule': channel<ScheduleCheck>()(sessionScheduleSchema, { access: STAFF }),
  'hearings:checkReschedule': channel<ScheduleCheck>()(sessionRescheduleSchema, { access: STAFF }),
  'hearings:attendance': channel<{ session: ExamSession; prompt: Prompt | null }>()(attendanceSchema, { access: STAFF }),
} as const;
