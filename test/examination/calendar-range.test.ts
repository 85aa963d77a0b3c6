/**
 * The hearing calendar's range answer: only the fields the calendar draws, and with a
 * per-day limit (the month view) the first sessions of each day plus a count of the rest.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import { handlers } from '../../electron/main/handlers.ts';
import { tempApp, validCase } from '../support/temp-app.ts';
import type { CalendarRange } from '../../shared/examination/types.ts';

async function range(req: Record<string, unknown>): Promise<CalendarRange> {
  const r = await dispatch(app.ctx, handlers, 'hearings:range', req);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as CalendarRange;
}

let app: Awaited<ReturnType<typeof tempApp>>;
beforeEach(async () => {
  app = await tempApp();
  const { id } = createCase(app.ctx, caseCreateSchema.parse(validCase));
  const accusedId = (app.ctx.db.prepare('SELECT id FROM case_accused WHERE case_id = ?').get(id) as { id: number }).id;
  const room = Number(app.ctx.db.prepare("INSERT INTO rooms (name) VALUES ('Ruang Rapat 1')").run().lastInsertRowid);
  const insert = app.ctx.db.prepare(
    `INSERT INTO exam_sessions (case_id, accused_id, accused_nip, summons_no, summons_date, start_at, end_at, duration_min, room_id, created_at, created_by, updated_at)
     VALUES (?, ?, '198609262015051001', 1, '2024-11-01', ?, ?, 60, ?, '2024-11-01T00:00:00Z', 'test', '2024-11-01T00:00:00Z')`,
  );
  // Five sessions on 13 November (inserted out of order), two on the 14th, one outside the range.
  for (const h of ['15', '09', '13', '08', '10']) insert.run(id, accusedId, `2024-11-13T${h}:00`, `2024-11-13T${h}:30`, room);
  for (const h of ['09', '10']) insert.run(id, accusedId, `2024-11-14T${h}:00`, `2024-11-14T${h}:30`, room);
  insert.run(id, accusedId, '2024-12-02T09:00', '2024-12-02T09:30', room);
});
afterEach(() => app.close());

describe('hearings:range', () => {
  it('answers every session in the range with the calendar fields only', async () => {
    const r = { value: await range({ from: '2024-11-11', to: '2024-11-17' }) };
    expect(r.value.more).toEqual([]);
    expect(r.value.sessions.map((s) => s.startAt)).toEqual(['2024-11-13T08:00', '2024-11-13T09:00', '2024-11-13T10:00', '2024-11-13T13:00', '2024-11-13T15:00', '2024-11-14T09:00', '2024-11-14T10:00']);
    expect(Object.keys(r.value.sessions[0]!).sort()).toEqual(['accusedName', 'attendance', 'caseId', 'endAt', 'id', 'registerNo', 'roomName', 'startAt', 'version']);
    expect(r.value.sessions[0]).toMatchObject({ accusedName: 'Budi Santoso', roomName: 'Ruang Rapat 1', endAt: '2024-11-13T08:30', attendance: null });
  });

  it('keeps the first sessions of a day by start time and counts the rest per day', async () => {
    const r = { value: await range({ from: '2024-10-28', to: '2024-12-08', perDay: 3 }) };
    expect(r.value.sessions.map((s) => s.startAt)).toEqual(['2024-11-13T08:00', '2024-11-13T09:00', '2024-11-13T10:00', '2024-11-14T09:00', '2024-11-14T10:00', '2024-12-02T09:00']);
    expect(r.value.more).toEqual([{ date: '2024-11-13', count: 2 }]);
  });

  it('refuses a per-day limit outside 1-50', async () => {
    const r = await dispatch(app.ctx, handlers, 'hearings:range', { from: '2024-11-01', to: '2024-11-30', perDay: 0 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('INVALID_INPUT');
  });
});
