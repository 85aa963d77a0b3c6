import { channel } from '../define.ts';
import { emptyRequest } from './system.ts';
import {
  attendanceSchema,
  roomSaveSchema,
  sessionRangeSchema,
  sessionRescheduleSchema,
  sessionScheduleSchema,
  staffSaveSchema,
} from '../../examination/schemas.ts';
import type { ExamSession, Room, ScheduleOutcome, Staff } from '../../examination/types.ts';
import type { Prompt } from '../../examination/next-step.ts';

export const hearingChannels = {
  'staff:list': channel<Staff[]>()(emptyRequest),
  'staff:save': channel<Staff>()(staffSaveSchema),
  'rooms:list': channel<Room[]>()(emptyRequest),
  'rooms:add': channel<Room>()(roomSaveSchema),
  'hearings:range': channel<ExamSession[]>()(sessionRangeSchema),
  'hearings:schedule': channel<ScheduleOutcome>()(sessionScheduleSchema),
  'hearings:reschedule': channel<ScheduleOutcome>()(sessionRescheduleSchema),
  'hearings:attendance': channel<{ session: ExamSession; prompt: Prompt | null }>()(attendanceSchema),
} as const;
