import type { Db } from '../db/connection.ts';
import { cachedStatement } from '../db/connection.ts';
import type { Attendance, CalendarRange, CalendarSession, ExamSession, ScheduleConflict } from '../../../shared/examination/types.ts';

interface SessionRow {
  id: number;
  case_id: number;
  register_no: string;
  accused_id: number;
  accused_name: string;
  accused_nip: string;
  summons_no: 1 | 2;
  summons_date: string;
  start_at: string;
  end_at: string;
  duration_min: number;
  room_id: number | null;
  room_name: string | null;
  video_link: string | null;
  attendance: Attendance | null;
  attendance_note: string | null;
  override_reason: string | null;
  examiner_ids: string | null;
  version: number;
  updated_at: string;
  updated_by: string | null;
}

const SESSION_SELECT = `
  SELECT s.id, s.case_id, c.register_no, s.accused_id, a.name AS accused_name, s.accused_nip, s.summons_no, s.summons_date,
         s.start_at, s.end_at, s.duration_min, s.room_id, r.name AS room_name, s.video_link, s.attendance, s.attendance_note,
         s.override_reason, s.version, s.updated_at, s.updated_by,
         (SELECT group_concat(staff_id) FROM session_examiners WHERE session_id = s.id) AS examiner_ids
  FROM exam_sessions s
  JOIN cases c ON c.id = s.case_id
  JOIN case_accused a ON a.id = s.accused_id
  LEFT JOIN rooms r ON r.id = s.room_id`;

function toSession(r: SessionRow): ExamSession {
  return {
    id: r.id,
    caseId: r.case_id,
    registerNo: r.register_no,
    accusedId: r.accused_id,
    accusedName: r.accused_name,
    accusedNip: r.accused_nip,
    summonsNo: r.summons_no,
    summonsDate: r.summons_date,
    date: r.start_at.slice(0, 10),
    startTime: r.start_at.slice(11, 16),
    durationMin: r.duration_min,
    startAt: r.start_at,
    endAt: r.end_at,
    roomId: r.room_id,
    roomName: r.room_name,
    videoLink: r.video_link,
    examinerIds: r.examiner_ids ? r.examiner_ids.split(',').map(Number).sort((x, y) => x - y) : [],
    attendance: r.attendance,
    attendanceNote: r.attendance_note,
    overrideReason: r.override_reason,
    version: r.version,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}

/** One session by id. */
export function selectSession(db: Db, id: number): ExamSession | undefined {
  const row = db.prepare(`${SESSION_SELECT} WHERE s.id = ?`).get(id) as SessionRow | undefined;
  return row && toSession(row);
}

/** The sessions of a case, oldest first. */
export function selectCaseSessions(db: Db, caseId: number): ExamSession[] {
  return (cachedStatement(db, `${SESSION_SELECT} WHERE s.case_id = ? ORDER BY s.start_at, s.id`).all(caseId) as SessionRow[]).map(toSession);
}

// The calendar reads only what it draws: a month of the busiest demo office is 1,200+
// sessions, and the full records (examiners, notes, summons data) tripled the answer.
const CALENDAR_SELECT = `
  SELECT s.id, s.case_id AS caseId, c.register_no AS registerNo, a.name AS accusedName, r.name AS roomName,
         s.start_at AS startAt, s.end_at AS endAt, s.attendance, s.version
  FROM exam_sessions s
  JOIN cases c ON c.id = s.case_id
  JOIN case_accused a ON a.id = s.accused_id
  LEFT JOIN rooms r ON r.id = s.room_id`;

/**
 * Sessions starting in [from, to] (ISO dates, inclusive), for the calendar. With `perDay`,
 * only the first `perDay` of each day (by start time) and the number left out per day.
 */
export function selectCalendarRange(db: Db, from: string, to: string, perDay?: number): CalendarRange {
  const range = [`${from}T00:00`, `${to}T99`];
  if (perDay === undefined) {
    return { sessions: db.prepare(`${CALENDAR_SELECT} WHERE s.start_at >= ? AND s.start_at < ? ORDER BY s.start_at, s.id LIMIT 5000`).all(...range) as CalendarSession[], more: [] };
  }
  // The ranking reads the start-time index only; the joins run for the sessions kept.
  const sessions = db
    .prepare(
      `WITH ranked AS (
         SELECT id, row_number() OVER (PARTITION BY substr(start_at, 1, 10) ORDER BY start_at, id) AS rn
         FROM exam_sessions WHERE start_at >= ? AND start_at < ?
       )
       ${CALENDAR_SELECT} JOIN ranked k ON k.id = s.id AND k.rn <= ?
       ORDER BY s.start_at, s.id`,
    )
    .all(...range, perDay) as CalendarSession[];
  const more = db
    .prepare(
      `SELECT substr(start_at, 1, 10) AS date, count(*) - ? AS count FROM exam_sessions
       WHERE start_at >= ? AND start_at < ? GROUP BY date HAVING count(*) > ? ORDER BY date`,
    )
    .all(perDay, ...range, perDay) as { date: string; count: number }[];
  return { sessions, more };
}

export interface Slot {
  startAt: string;
  endAt: string;
  /** The session being moved, excluded from its own conflicts (0 for a new one). */
  selfId: number;
  roomId: number | null;
  accusedNip: string;
  examinerIds: readonly number[];
}

// Sessions never cross midnight, so an overlapping one starts on the same day: each check
// is one short index range (resource, day start .. new end).
const OVERLAP = `s.start_at >= @dayStart AND s.start_at < @endAt AND s.end_at > @startAt AND s.id != @selfId AND coalesce(s.attendance, '') != 'postponed'`;

/** The three overlap checks, each prepared once per connection (cachedStatement). */
const CONFLICT_SQL = {
  room: `SELECT s.id AS sessionId, c.register_no AS registerNo, s.start_at AS startAt, s.end_at AS endAt, r.name AS who
         FROM exam_sessions s JOIN cases c ON c.id = s.case_id JOIN rooms r ON r.id = s.room_id
         WHERE s.room_id = @roomId AND ${OVERLAP}`,
  accused: `SELECT s.id AS sessionId, c.register_no AS registerNo, s.start_at AS startAt, s.end_at AS endAt, a.name AS who
         FROM exam_sessions s JOIN cases c ON c.id = s.case_id JOIN case_accused a ON a.id = s.accused_id
         WHERE s.accused_nip = @nip AND ${OVERLAP}`,
  examiner: `SELECT s.id AS sessionId, c.register_no AS registerNo, s.start_at AS startAt, s.end_at AS endAt, st.name AS who
         FROM session_examiners se JOIN exam_sessions s ON s.id = se.session_id JOIN cases c ON c.id = s.case_id JOIN staff st ON st.id = se.staff_id
         WHERE se.staff_id = @staffId AND se.start_at >= @dayStart AND se.start_at < @endAt AND se.end_at > @startAt
           AND s.id != @selfId AND coalesce(s.attendance, '') != 'postponed'`,
} as const;

/** Other sessions that hold the same room, accused or examiner at an overlapping time. */
export function findConflicts(db: Db, slot: Slot): ScheduleConflict[] {
  const base = { startAt: slot.startAt, endAt: slot.endAt, dayStart: `${slot.startAt.slice(0, 10)}T00:00`, selfId: slot.selfId };
  type Hit = Omit<ScheduleConflict, 'kind'>;
  const out: ScheduleConflict[] = [];
  if (slot.roomId !== null) for (const h of cachedStatement(db, CONFLICT_SQL.room).all({ ...base, roomId: slot.roomId }) as Hit[]) out.push({ kind: 'room', ...h });
  for (const h of cachedStatement(db, CONFLICT_SQL.accused).all({ ...base, nip: slot.accusedNip }) as Hit[]) out.push({ kind: 'accused', ...h });
  for (const staffId of new Set(slot.examinerIds)) {
    for (const h of cachedStatement(db, CONFLICT_SQL.examiner).all({ ...base, staffId }) as Hit[]) out.push({ kind: 'examiner', ...h });
  }
  return out;
}

/** Replaces a session's examiners, copying its times for the examiner index. */
export function writeSessionExaminers(db: Db, sessionId: number, examinerIds: readonly number[], startAt: string, endAt: string): void {
  db.prepare('DELETE FROM session_examiners WHERE session_id = ?').run(sessionId);
  const ins = db.prepare('INSERT INTO session_examiners (session_id, staff_id, start_at, end_at) VALUES (?, ?, ?, ?)');
  for (const id of new Set(examinerIds)) ins.run(sessionId, id, startAt, endAt);
}

/** Missed examinations per accused of the case. */
export function absencesByAccused(db: Db, caseId: number): Map<number, number> {
  const rows = db
    .prepare("SELECT accused_id AS id, count(*) AS n FROM exam_sessions WHERE case_id = ? AND attendance = 'absent' GROUP BY accused_id")
    .all(caseId) as { id: number; n: number }[];
  return new Map(rows.map((r) => [r.id, r.n]));
}

/** The date of the accused's latest missed examination, or null. */
export function lastMissedDate(db: Db, caseId: number, accusedId: number): string | null {
  const row = db
    .prepare("SELECT max(start_at) AS at FROM exam_sessions WHERE case_id = ? AND accused_id = ? AND attendance = 'absent'")
    .get(caseId, accusedId) as { at: string | null };
  return row.at ? row.at.slice(0, 10) : null;
}

/** Absences of one accused in the case. */
export function absentCount(db: Db, caseId: number, accusedId: number): number {
  return (db.prepare("SELECT count(*) AS n FROM exam_sessions WHERE case_id = ? AND accused_id = ? AND attendance = 'absent'").get(caseId, accusedId) as { n: number }).n;
}

/** The earliest held (present or absent) session of the accused that starts after `minute`, or null. */
export function firstHeldSessionAfter(db: Db, caseId: number, accusedId: number, minute: string): string | null {
  const row = db
    .prepare("SELECT min(start_at) AS at FROM exam_sessions WHERE case_id = ? AND accused_id = ? AND attendance IN ('present', 'absent') AND start_at > ?")
    .get(caseId, accusedId, minute) as { at: string | null };
  return row.at;
}

/** A new session's stored columns. */
export interface NewSessionRow {
  case_id: number;
  accused_id: number;
  accused_nip: string;
  summons_no: 1 | 2;
  summons_date: string;
  start_at: string;
  end_at: string;
  duration_min: number;
  room_id: number | null;
  video_link: string | null;
  override_reason: string | null;
}

/** Puts a session on the calendar; returns its id (examiners are written apart). */
export function insertSession(db: Db, row: NewSessionRow, now: string, actor: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO exam_sessions (case_id, accused_id, accused_nip, summons_no, summons_date, start_at, end_at, duration_min, room_id, video_link,
                                    override_reason, created_at, created_by, updated_at, updated_by)
         VALUES (@case_id, @accused_id, @accused_nip, @summons_no, @summons_date, @start_at, @end_at, @duration_min, @room_id, @video_link,
                 @override_reason, @now, @actor, @now, @actor)`,
      )
      .run({ ...row, now, actor }).lastInsertRowid,
  );
}

/** Moves a session: new slot and place, and its attendance cleared. */
export function updateSessionSlot(
  db: Db,
  id: number,
  slot: { start_at: string; end_at: string; duration_min: number; room_id: number | null; video_link: string | null; override_reason: string | null },
  now: string,
  by: string,
): void {
  db.prepare(
    `UPDATE exam_sessions SET start_at=@start_at, end_at=@end_at, duration_min=@duration_min, room_id=@room_id, video_link=@video_link,
            override_reason=@override_reason, attendance=NULL, attendance_note=NULL, updated_at=@now, updated_by=@by WHERE id=@id`,
  ).run({ ...slot, now, by, id });
}

/** Records whether the accused came. */
export function setAttendance(db: Db, id: number, attendance: Attendance, note: string | null, now: string, by: string): void {
  db.prepare('UPDATE exam_sessions SET attendance = ?, attendance_note = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(attendance, note, now, by, id);
}

export interface SessionData {
  id: number;
  accusedId: number;
  summonsNo: 1 | 2;
  summonsDate: string;
  startAt: string;
  roomName: string | null;
  videoLink: string | null;
  attendance: string | null;
}

/** The sessions of a case as the letters read them, oldest first. */
export function selectSessionsForLetters(db: Db, caseId: number): SessionData[] {
  return db
    .prepare(
      `SELECT s.id, s.accused_id AS accusedId, s.summons_no AS summonsNo, s.summons_date AS summonsDate, s.start_at AS startAt,
              r.name AS roomName, s.video_link AS videoLink, s.attendance
       FROM exam_sessions s LEFT JOIN rooms r ON r.id = s.room_id
       WHERE s.case_id = ? ORDER BY s.start_at, s.id`,
    )
    .all(caseId) as SessionData[];
}

/** Held sessions and their examiners prepared once, for bulk loads (the demo's hearings). */
export function sessionBulkWriter(db: Db) {
  const insSession = db.prepare(
    `INSERT INTO exam_sessions (case_id, accused_id, accused_nip, summons_no, summons_date, start_at, end_at, duration_min, room_id, video_link,
                                attendance, attendance_note, created_at, created_by, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insExaminer = db.prepare('INSERT INTO session_examiners (session_id, staff_id, start_at, end_at) VALUES (?, ?, ?, ?)');
  return {
    insertSession: (s: {
      caseId: number;
      accusedId: number;
      nip: string;
      summonsNo: 1 | 2;
      summonsDate: string;
      startAt: string;
      endAt: string;
      durationMin: number;
      roomId: number | null;
      videoLink: string | null;
      attendance: string | null;
      note: string | null;
      createdAt: string;
      createdBy: string;
    }): number =>
      Number(
        insSession.run(s.caseId, s.accusedId, s.nip, s.summonsNo, s.summonsDate, s.startAt, s.endAt, s.durationMin, s.roomId, s.videoLink, s.attendance, s.note, s.createdAt, s.createdBy, s.createdAt)
          .lastInsertRowid,
      ),
    insertExaminer: (sessionId: number, staffId: number, startAt: string, endAt: string): void => void insExaminer.run(sessionId, staffId, startAt, endAt),
  };
}

/** The case's first summons-I session, or undefined. */
export function firstSummons1SessionId(db: Db, caseId: number): number | undefined {
  return db.prepare('SELECT id FROM exam_sessions WHERE case_id = ? AND summons_no = 1 ORDER BY start_at, id LIMIT 1').pluck().get(caseId) as number | undefined;
}
