/**
 * Events cannot be recorded before they happen: attendance (present or absent), the BAP
 * and the LHP of a hearing days ahead are refused by main with the hearing's time;
 * postponing ahead is allowed. Time is moved with the app's clock, never waited for.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handlers } from '../../electron/main/handlers.ts';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { saveStaff } from '../../electron/main/hearings/staff-service.ts';
import { setTeam } from '../../electron/main/examination/team-service.ts';
import { transition } from '../../electron/main/examination/workflow-service.ts';
import { scheduleSession } from '../../electron/main/hearings/hearing-service.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import { sessionScheduleSchema, staffSaveSchema, teamSetSchema, transitionSchema } from '../../shared/examination/schemas.ts';
import { hasStarted } from '../../shared/examination/held.ts';
import { dbFingerprint, tempApp, validCase } from '../support/temp-app.ts';
import { sessionVersion } from '../support/record-versions.ts';

let app: Awaited<ReturnType<typeof tempApp>>;
let clock: Date;
let caseId: number;
let accusedId: number;
let chair: number;
let sessionId: number;

beforeEach(async () => {
  clock = new Date('2024-11-04T10:00'); // office-local
  app = await tempApp(undefined, { clock: () => clock });
  caseId = createCase(app.ctx, caseCreateSchema.parse(validCase)).id;
  accusedId = (app.ctx.db.prepare('SELECT id FROM case_accused WHERE case_id = ?').get(caseId) as { id: number }).id;
  const staff = (nip: string, name: string, unit: 'inspektorat' | 'bkpsdm' | 'atasan') => saveStaff(app.ctx, staffSaveSchema.parse({ nip, name, unit })).id;
  chair = staff('197501012000031001', 'Ir. Hendra', 'inspektorat');
  const members = [{ staffId: chair, role: 'chair' }, { staffId: staff('198003032005012002', 'Sri Lestari', 'bkpsdm'), role: 'member' }, { staffId: staff('197805052003121003', 'Drs. Agus', 'atasan'), role: 'member' }];
  setTeam(app.ctx, teamSetSchema.parse({ caseId, members }));
  for (const action of ['start_verification', 'start_examination'] as const) transition(app.ctx, transitionSchema.parse({ caseId, action }));
  // Nine days ahead of the clock.
  const s = scheduleSession(
    app.ctx,
    sessionScheduleSchema.parse({ caseId, accusedId, summonsNo: 1, summonsDate: '2024-11-04', date: '2024-11-13', startTime: '09:00', durationMin: 120, videoLink: 'https://m.example/1', examinerIds: [chair] }),
  );
  if (!s.saved) throw new Error('not saved');
  sessionId = s.session.id;
});
afterEach(() => app.close());

/** Moves the clock; the user has been active meanwhile (no idle lock). */
function advance(local: string) {
  clock = new Date(local);
  app.ctx.session.lastActivity = clock.getTime();
}
const call = (channel: string, payload: unknown) => dispatch(app.ctx, handlers, channel, payload);
const bap = () => ({ expectedVersion: 0, sessionId, examinerIds: [chair], examineePresent: true, qa: [{ question: 'Apakah Saudara sehat?', answer: 'Ya.' }] });

describe('a hearing that has not begun', () => {
  it('refuses present and absent with the hearing time, writes nothing, and allows postponing', async () => {
    const before = dbFingerprint(app.ctx);
    for (const attendance of ['present', 'absent']) {
      const r = await call('hearings:attendance', { id: sessionId, expectedVersion: sessionVersion(app.ctx, sessionId), attendance });
      expect(r).toEqual({
        ok: false,
        error: {
          code: 'CONFLICT',
          message: 'Kehadiran belum dapat dicatat: pemeriksaan dijadwalkan 13 November 2024 pukul 09.00 dan belum dimulai. Sebelum itu hanya "Ditunda" yang dapat dicatat.',
        },
      });
    }
    expect(dbFingerprint(app.ctx)).toBe(before);
    expect((await call('hearings:attendance', { id: sessionId, expectedVersion: sessionVersion(app.ctx, sessionId), attendance: 'postponed' })).ok).toBe(true);
  });

  it('one minute before the start is still early; at the start minute it is recorded, then the BAP', async () => {
    advance('2024-11-13T08:59');
    expect((await call('hearings:attendance', { id: sessionId, expectedVersion: sessionVersion(app.ctx, sessionId), attendance: 'present' })).ok).toBe(false);
    advance('2024-11-13T09:00');
    expect((await call('hearings:attendance', { id: sessionId, expectedVersion: sessionVersion(app.ctx, sessionId), attendance: 'present' })).ok).toBe(true);
    expect((await call('examination:saveBap', bap())).ok).toBe(true);
  });

  it('refuses a BAP and an LHP for a hearing still ahead, even when its attendance was written early', async () => {
    // Data from before this rule: attendance recorded for a future hearing.
    app.ctx.db.prepare("UPDATE exam_sessions SET attendance = 'present' WHERE id = ?").run(sessionId);
    const b = await call('examination:saveBap', bap());
    expect(b).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'BAP belum dapat dicatat: pemeriksaan dijadwalkan 13 November 2024 pukul 09.00 dan belum dimulai.' } });
    app.ctx.db.prepare("UPDATE cases SET status = 'report' WHERE id = ?").run(caseId);
    const lhp = { expectedVersion: 0, caseId, accusedId, violationForm: 'Mobil dinas', violationTime: 'Oktober', violationPlace: 'Balai Desa', impact: 'Ada', recommendedSanctionCode: 'PP94-BERAT-PELAKSANA', authorisedOfficial: 'Bupati' };
    const l = await call('examination:saveLhp', lhp);
    expect(l).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'LHP belum dapat dicatat: pemeriksaan terlapor ini tanggal 13 November 2024 pukul 09.00 belum berlangsung.' } });
    advance('2024-11-14T10:00');
    expect((await call('examination:saveLhp', lhp)).ok).toBe(true);
  });

  it('compares office-local minutes', () => {
    expect(hasStarted('2024-11-13T09:00', '2024-11-13T08:59')).toBe(false);
    expect(hasStarted('2024-11-13T09:00', '2024-11-13T09:00')).toBe(true);
    expect(hasStarted('2024-11-13T09:00', '2024-11-16T10:00')).toBe(true);
  });
});
