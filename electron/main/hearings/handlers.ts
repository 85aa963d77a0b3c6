import type { FeatureHandlers } from '../ipc/dispatch.ts';
import type { hearingChannels } from '../../../shared/ipc/channels/hearings.ts';
import { addRoom, listRooms, listStaff, saveStaff } from './staff-service.ts';
import { previewReschedule, previewSchedule, recordAttendance, rescheduleSession, scheduleSession, sessionsInRange } from './hearing-service.ts';
import { exportHearings } from './hearing-export.ts';

export const hearingHandlers: FeatureHandlers<typeof hearingChannels> = {
  'staff:list': (_req, ctx) => listStaff(ctx),
  'staff:save': (req, ctx) => saveStaff(ctx, req),
  'rooms:list': (_req, ctx) => listRooms(ctx),
  'rooms:add': (req, ctx) => addRoom(ctx, req),
  'hearings:range': (req, ctx) => sessionsInRange(ctx, req),
  'hearings:export': (req, ctx) => exportHearings(ctx, req, req.format),
  'hearings:schedule': (req, ctx) => scheduleSession(ctx, req),
  'hearings:reschedule': (req, ctx) => rescheduleSession(ctx, req),
  'hearings:checkSchedule': (req, ctx) => previewSchedule(ctx, req).check,
  'hearings:checkReschedule': (req, ctx) => previewReschedule(ctx, req).check,
  'hearings:attendance': (req, ctx) => recordAttendance(ctx, req),
};
