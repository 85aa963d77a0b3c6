import type { z } from 'zod';
import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import { AppError, notFound } from '../errors.ts';
import type { Db } from '../db/connection.ts';
import { scheduleWarnings, summons2Due } from '../examination/calendar-port.ts';
import { checkOverride } from '../deadlines/schedule-check.ts';
import { requireAccused, requireCase, selectTeam } from '../examination/exam-queries.ts';
import { absentCount, findConflicts, insertSession, lastMissedDate, selectCalendarRange, selectSession, setAttendance, updateSessionSlot, writeSessionExaminers } from './session-queries.ts';
import type { NewSessionRow } from './session-queries.ts';
import { roomExists } from './staff-queries.ts';
import { bapIdOfSession } from '../examination/record-queries.ts';
import { slotTimes } from '../../../shared/examination/schedule-rules.ts';
import { onAbsent, onNotAbsent, onSummons2Scheduled } from '../examination/deadline-hooks.ts';
import { nextStepPrompt } from '../../../shared/examination/next-step.ts';
import type { Prompt } from '../../../shared/examination/next-step.ts';
import { inExamination } from '../../../shared/workflow/states.ts';
import type { CalendarRange, ExamSession, ScheduleCheck, ScheduleOutcome } from '../../../shared/examination/types.ts';
import { hasStarted, startLabel } from '../../../shared/examination/held.ts';
import { localIsoMinute } from '../../../shared/calendar/iso-day.ts';
import type { attendanceSchema, sessionRangeSchema, sessionRescheduleSchema, sessionScheduleSchema } from '../../../shared/examination/schemas.ts';
import { checkVersion, differingFields } from '../records/record-version.ts';

function requireSession(db: Db, id: number): ExamSession {
  const s = selectSession(db, id);
  if (!s) throw notFound('schedule.sessionNotFound');
  return s;
}

function requireRoom(db: Db, roomId: number | null | undefined): void {
  if (roomId && !roomExists(db, roomId)) throw notFound('room.notFound');
}

/** Conflicts and legal warnings of a slot; both must be overridden with a reason to save. */
function checkSlot(ctx: AppContext, slot: Parameters<typeof findConflicts>[1], rule: { date: string; summonsDate: string; summonsNo: 1 | 2; missedDate: string | null }): ScheduleCheck {
  return { conflicts: findConflicts(ctx.db, slot), warnings: scheduleWarnings(ctx, rule) };
}

/**
 * Everything scheduling a new session decides before writing: the case is in examination,
 * the accused and examiners belong to it, and the slot's conflicts and deadline warnings.
 * Read-only; `npm run bench` times this as schedule.conflicts.p95_ms.
 */
export function previewSchedule(ctx: AppContext, input: z.output<typeof sessionScheduleSchema>) {
  const core = requireCase(ctx.db, input.caseId);
  if (!inExamination(core.state)) throw new AppError('CONFLICT', 'schedule.wrongState', { state: core.state });
  const accused = requireAccused(ctx.db, core.id, input.accusedId);
  const missedDate = lastMissedDate(ctx.db, core.id, accused.id);
  if (input.summonsNo === 2 && !missedDate) throw new AppError('CONFLICT', 'schedule.summons2NeedsAbsence', {}, { summonsNo: 'schedule.summons2NeedsAbsence' });
  const teamIds = new Set(selectTeam(ctx.db, core.id).filter((m) => m.role !== 'secretary').map((m) => m.staffId));
  if (input.examinerIds.some((id) => !teamIds.has(id))) throw new AppError('INVALID_INPUT', 'schedule.examinerNotInTeam', {}, { examinerIds: 'schedule.examinerNotInTeam' });
  requireRoom(ctx.db, input.roomId);
  const { startAt, endAt } = slotTimes(input.date, input.startTime, input.durationMin);
  const roomId = input.roomId ?? null;
  const check = checkSlot(ctx, { startAt, endAt, selfId: 0, roomId, accusedNip: accused.nip, examinerIds: input.examinerIds }, { ...input, missedDate });
  return { core, accused, startAt, endAt, roomId, check };
}

/**
 * Puts an examination on the calendar. A conflict (examiner, room or accused booked at an
 * overlapping time) or a broken deadline rule returns the findings unsaved; sending the
 * same request with an override reason saves it and records the reason.
 */
export function scheduleSession(ctx: AppContext, input: z.output<typeof sessionScheduleSchema>): ScheduleOutcome {
  const { core, accused, startAt, endAt, roomId, check } = previewSchedule(ctx, input);
  const override = checkOverride(check, input.overrideReason);
  if (!override.ok) return { saved: false, check };
  return mutate(ctx, (db) => {
    const now = ctx.now().toISOString();
    const row: NewSessionRow = {
      case_id: core.id,
      accused_id: accused.id,
      accused_nip: accused.nip,
      summons_no: input.summonsNo,
      summons_date: input.summonsDate,
      start_at: startAt,
      end_at: endAt,
      duration_min: input.durationMin,
      room_id: roomId,
      video_link: input.videoLink || null,
      override_reason: override.reason,
    };
    const id = insertSession(db, row, now, ctx.actor());
    writeSessionExaminers(db, id, input.examinerIds, startAt, endAt);
    if (input.summonsNo === 2) onSummons2Scheduled(db, ctx.now(), core.id);
    const audit = { action: 'session.schedule', entity: 'case', entityId: core.id, after: { sessionId: id, ...row, examinerIds: input.examinerIds, check }, reason: row.override_reason };
    return { value: { saved: true as const, session: requireSession(db, id), check }, audit };
  });
}

/**
 * Everything moving a session decides before writing (read-only): the session is not held
 * yet, the place and dates are valid, and the new slot's conflicts and deadline warnings.
 */
export function previewReschedule(ctx: AppContext, input: z.output<typeof sessionRescheduleSchema>) {
  const before = requireSession(ctx.db, input.id);
  const core = requireCase(ctx.db, before.caseId);
  if (!inExamination(core.state)) throw new AppError('CONFLICT', 'schedule.wrongState', { state: core.state });
  if (before.attendance === 'present' || before.attendance === 'absent') throw new AppError('CONFLICT', 'schedule.alreadyHeld');
  const roomId = input.roomId === undefined ? before.roomId : input.roomId;
  const videoLink = input.videoLink === undefined ? before.videoLink : input.videoLink || null;
  if (!roomId && !videoLink) throw new AppError('INVALID_INPUT', 'schedule.placeRequired', {}, { roomId: 'schedule.placeRequired' });
  requireRoom(ctx.db, roomId);
  if (before.summonsDate > input.date) throw new AppError('INVALID_INPUT', 'schedule.summonsAfterDate', {}, { date: 'schedule.summonsAfterDate' });
  const { startAt, endAt } = slotTimes(input.date, input.startTime, input.durationMin);
  const missedDate = before.summonsNo === 2 ? lastMissedDate(ctx.db, core.id, before.accusedId) : null;
  const check = checkSlot(
    ctx,
    { startAt, endAt, selfId: before.id, roomId, accusedNip: before.accusedNip, examinerIds: before.examinerIds },
    { date: input.date, summonsDate: before.summonsDate, summonsNo: before.summonsNo, missedDate },
  );
  return { before, core, roomId, videoLink, startAt, endAt, check };
}

/** Moves a session (calendar drag or form) with the same checks; a held session stays where it was. */
export function rescheduleSession(ctx: AppContext, input: z.output<typeof sessionRescheduleSchema>): ScheduleOutcome {
  const { before, core, roomId, videoLink, startAt, endAt, check } = previewReschedule(ctx, input);
  const override = checkOverride(check, input.overrideReason);
  if (!override.ok) return { saved: false, check };
  return mutate(ctx, (db) => {
    checkVersion(ctx, 'session', requireSession(db, before.id), input.expectedVersion, () =>
      differingFields({ date: before.date, startTime: before.startTime, durationMin: before.durationMin, roomId: before.roomId }, input),
    );
    const after = { start_at: startAt, end_at: endAt, duration_min: input.durationMin, room_id: roomId, video_link: videoLink, override_reason: override.reason };
    updateSessionSlot(db, before.id, after, ctx.now().toISOString(), ctx.actor());
    writeSessionExaminers(db, before.id, before.examinerIds, startAt, endAt);
    const audit = {
      action: 'session.reschedule',
      entity: 'case',
      entityId: core.id,
      before: { sessionId: before.id, startAt: before.startAt, endAt: before.endAt, roomId: before.roomId, attendance: before.attendance },
      after: { sessionId: before.id, ...after, check },
      reason: after.override_reason,
    };
    return { value: { saved: true as const, session: requireSession(db, before.id), check }, audit };
  });
}

/**
 * Records whether the accused came. The answer carries the step it calls for: absent
 * once, summons II with its due date; absent twice, decision without examination.
 */
export function recordAttendance(ctx: AppContext, input: z.output<typeof attendanceSchema>): { session: ExamSession; prompt: Prompt | null } {
  const before = requireSession(ctx.db, input.id);
  const core = requireCase(ctx.db, before.caseId);
  if (!inExamination(core.state)) throw new AppError('CONFLICT', 'schedule.wrongState', { state: core.state });
  if (bapIdOfSession(ctx.db, before.id) !== undefined) throw new AppError('CONFLICT', 'attendance.hasBap');
  if (input.attendance !== 'postponed' && !hasStarted(before.startAt, localIsoMinute(ctx.now()))) {
    throw new AppError('CONFLICT', 'attendance.notYet', { when: startLabel(before.startAt) });
  }
  return mutate(ctx, (db) => {
    checkVersion(ctx, 'session', requireSession(db, before.id), input.expectedVersion, () =>
      differingFields({ attendance: before.attendance }, { attendance: input.attendance }),
    );
    setAttendance(db, before.id, input.attendance, input.note || null, ctx.now().toISOString(), ctx.actor());
    const session = requireSession(db, before.id);
    const absences = absentCount(db, core.id, before.accusedId);
    const due = input.attendance === 'absent' ? summons2Due(ctx, session.date) : null;
    if (due !== null && session.summonsNo === 1) onAbsent(db, ctx.now(), { caseId: core.id, sessionId: session.id, missedDate: session.date, due });
    else onNotAbsent(db, ctx.now(), { caseId: core.id, sessionId: session.id });
    const prompt = nextStepPrompt({ state: core.state, lastAttendance: input.attendance, absences, summons2Scheduled: false, summons2Due: due, hasBapForLast: false });
    const audit = {
      action: 'session.attendance',
      entity: 'case',
      entityId: core.id,
      before: { sessionId: before.id, attendance: before.attendance },
      after: { sessionId: before.id, attendance: input.attendance, note: input.note || null },
    };
    return { value: { session, prompt }, audit };
  });
}

/** Sessions for the calendar screen, [from, to] inclusive. */
export function sessionsInRange(ctx: AppContext, input: z.output<typeof sessionRangeSchema>): CalendarRange {
  if (input.to < input.from) throw new AppError('INVALID_INPUT', 'schedule.rangeReversed');
  return selectCalendarRange(ctx.db, input.from, input.to, input.perDay);
}
