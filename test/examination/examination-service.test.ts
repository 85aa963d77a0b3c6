import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import { addRoom, saveStaff } from '../../electron/main/hearings/staff-service.ts';
import { recordAttendance, rescheduleSession, scheduleSession } from '../../electron/main/hearings/hearing-service.ts';
import { examinationOverview, transition } from '../../electron/main/examination/workflow-service.ts';
import { setTeam } from '../../electron/main/examination/team-service.ts';
import { saveBap, saveLhp } from '../../electron/main/examination/record-service.ts';
import { saveDecision } from '../../electron/main/examination/decision-service.ts';
import { recordDelivery } from '../../electron/main/examination/delivery-service.ts';
import { issueLetter } from '../../electron/main/letters/issue-service.ts';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import { handlers } from '../../electron/main/handlers.ts';
import { AppError } from '../../electron/main/errors.ts';
import { setRule } from '../../electron/main/deadlines/rule-settings.ts';
import {
  bapSaveSchema,
  decisionSaveSchema,
  deliverySaveSchema,
  lhpSaveSchema,
  sessionRescheduleSchema,
  sessionScheduleSchema,
  staffSaveSchema,
  teamSetSchema,
  transitionSchema,
} from '../../shared/examination/schemas.ts';
import type { WorkflowAction } from '../../shared/workflow/states.ts';
import { addTestUser, dbFingerprint, tempApp, validCase } from '../support/temp-app.ts';
import { sessionVersion } from '../support/record-versions.ts';

let app: Awaited<ReturnType<typeof tempApp>>;
let clock: Date;
/** Moves main's clock to an office-local time: attendance, BAP and LHP follow the hearing. */
const setClock = (local: string) => (clock = new Date(local));
beforeEach(async () => {
  clock = new Date('2024-11-04T03:00:00Z');
  app = await tempApp(undefined, { clock: () => clock });
  // These schedules were written for the reading of PP 94/2021 Pasal 26 as a minimum gap, which
  // the office may still choose; the default (a maximum, PerBKN 6/2022) is tested in summons-timing.test.ts.
  setRule(app.ctx, { ruleId: 'summons1Notice', value: 7, unit: 'workdays', mode: 'atLeast', reason: 'tafsiran kantor: jarak paling sedikit', expectedVersion: 0 });
});
afterEach(() => app.close());

const NIP_B = '198902252024211013';

type CaseOverrides = Partial<Omit<typeof validCase, 'accused'>> & { accused?: { name: string; nip: string; employmentType: 'PNS' | 'PPPK' | 'NON_ASN'; jabatan?: string; unitKerja?: string }[] };

function newCase(overrides: CaseOverrides = {}): { id: number; accusedId: number } {
  const { id } = createCase(app.ctx, caseCreateSchema.parse({ ...validCase, ...overrides }));
  const accusedId = (app.ctx.db.prepare('SELECT id FROM case_accused WHERE case_id = ?').get(id) as { id: number }).id;
  return { id, accusedId };
}
function staff(nip: string, name: string, unit: 'inspektorat' | 'bkpsdm' | 'atasan' | 'lainnya') {
  return saveStaff(app.ctx, staffSaveSchema.parse({ nip, name, unit, pangkat: 'Penata (III/c)', jabatan: 'Auditor' })).id;
}
function team() {
  return {
    chair: staff('197501012000031001', 'Ir. Hendra', 'inspektorat'),
    bkpsdm: staff('198003032005012002', 'Sri Lestari', 'bkpsdm'),
    atasan: staff('197805052003121003', 'Drs. Agus', 'atasan'),
    sec: staff('199001012015032004', 'Rina', 'lainnya'),
  };
}
const step = (caseId: number, action: WorkflowAction, reason?: string) => transition(app.ctx, transitionSchema.parse({ caseId, action, reason }));
const errorKey = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e.key;
    throw e;
  }
  throw new Error('expected a refusal');
};

/** A case at summons I with a complete team and one room. */
function examiningCase(t = team(), overrides: CaseOverrides = {}) {
  const c = newCase(overrides);
  setTeam(app.ctx, teamSetSchema.parse({ caseId: c.id, members: [{ staffId: t.chair, role: 'chair' }, { staffId: t.bkpsdm, role: 'member' }, { staffId: t.atasan, role: 'member' }, { staffId: t.sec, role: 'secretary' }] }));
  step(c.id, 'start_verification');
  step(c.id, 'start_examination');
  return c;
}
const schedule = (p: Record<string, unknown>) => scheduleSession(app.ctx, sessionScheduleSchema.parse({ summonsNo: 1, summonsDate: '2024-11-04', startTime: '09:00', durationMin: 120, ...p }));

describe('workflow through the service', () => {
  it('refuses to start the examination of a heavy case until the team is complete, and says why in Indonesian', async () => {
    const c = newCase();
    step(c.id, 'start_verification');
    const before = dbFingerprint(app.ctx);
    const env = await dispatch(app.ctx, handlers, 'examination:transition', { caseId: c.id, action: 'start_examination' });
    expect(env).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('Tim pemeriksa belum memenuhi ketentuan') } });
    expect(dbFingerprint(app.ctx)).toBe(before);
    const bad = await dispatch(app.ctx, handlers, 'examination:transition', { caseId: c.id, action: 'close' });
    expect(bad).toMatchObject({ ok: false, error: { message: 'Langkah "Tutup kasus" tidak dapat dilakukan pada status "Telaah".' } });
  });

  it('records who, when and why for each step, in its log and in the audit chain', () => {
    const c = newCase();
    step(c.id, 'start_verification');
    step(c.id, 'not_pursue', 'Bukan pelanggaran netralitas menurut telaah');
    const o = examinationOverview(app.ctx, c.id);
    expect(o.state).toBe('not_pursued');
    expect(o.transitions.map((t) => [t.from, t.to, t.actor, t.reason])).toEqual([
      ['registered', 'verification', 'admin', null],
      ['verification', 'not_pursued', 'admin', 'Bukan pelanggaran netralitas menurut telaah'],
    ]);
    const audit = app.ctx.db.prepare("SELECT action, reason FROM audit_log WHERE entity = 'case' AND action LIKE 'workflow.%' ORDER BY id").all();
    expect(audit).toEqual([
      { action: 'workflow.start_verification', reason: null },
      { action: 'workflow.not_pursue', reason: 'Bukan pelanggaran netralitas menurut telaah' },
    ]);
    expect(o.actions).toEqual([]);
  });

  it('checks the signed-in role: a clerk may not start an examination, an examiner may', async () => {
    const t = team();
    const c = newCase();
    setTeam(app.ctx, teamSetSchema.parse({ caseId: c.id, members: [{ staffId: t.chair, role: 'chair' }, { staffId: t.bkpsdm, role: 'member' }, { staffId: t.atasan, role: 'member' }] }));
    step(c.id, 'start_verification');
    await addTestUser(app.ctx, 'kasir', 'clerk', { signIn: true });
    expect(errorKey(() => step(c.id, 'start_examination'))).toBe('workflow.roleNotAllowed');
    await addTestUser(app.ctx, 'pemeriksa', 'examiner', { signIn: true });
    expect(step(c.id, 'start_examination')).toEqual({ state: 'summons_1' });
  });
});

describe('hearing scheduling', () => {
  it('saves a session that respects the rules, with its examiners', () => {
    const c = examiningCase();
    const room = addRoom(app.ctx, { name: 'Ruang Rapat Inspektorat' });
    const o = examinationOverview(app.ctx, c.id);
    const r = schedule({ caseId: c.id, accusedId: c.accusedId, date: '2024-11-13', roomId: room.id, examinerIds: o.team.filter((m) => m.role !== 'secretary').map((m) => m.staffId) });
    expect(r.saved).toBe(true);
    if (r.saved) expect(r.session).toMatchObject({ startAt: '2024-11-13T09:00', endAt: '2024-11-13T11:00', roomName: 'Ruang Rapat Inspektorat', summonsNo: 1 });
    expect(r.check).toEqual({ conflicts: [], warnings: [] });
  });

  it('finds the examiner, the room and the accused booked twice, and saves only with a recorded reason', () => {
    const t = team();
    const a = examiningCase(t);
    const b = examiningCase(t, { accused: [{ name: 'Sri Wahyuni', nip: NIP_B, employmentType: 'PPPK', jabatan: 'Guru', unitKerja: 'SDN 1' }] });
    const room = addRoom(app.ctx, { name: 'Ruang 1' });
    const first = schedule({ caseId: a.id, accusedId: a.accusedId, date: '2024-11-13', roomId: room.id, examinerIds: [t.chair] });
    expect(first.saved).toBe(true);
    const before = dbFingerprint(app.ctx);
    const clash = schedule({ caseId: b.id, accusedId: b.accusedId, date: '2024-11-13', startTime: '10:30', roomId: room.id, examinerIds: [t.chair, t.bkpsdm] });
    expect(clash.saved).toBe(false);
    expect(clash.check.conflicts.map((x) => [x.kind, x.who]).sort()).toEqual([['examiner', 'Ir. Hendra'], ['room', 'Ruang 1']]);
    expect(dbFingerprint(app.ctx)).toBe(before);
    // Back to back is not a conflict.
    expect(schedule({ caseId: b.id, accusedId: b.accusedId, date: '2024-11-13', startTime: '11:00', roomId: room.id, examinerIds: [t.chair] }).saved).toBe(true);
    const forced = schedule({ caseId: b.id, accusedId: b.accusedId, date: '2024-11-13', startTime: '10:00', videoLink: 'https://zoom.example/j/1', examinerIds: [t.bkpsdm], overrideReason: 'Terlapor minta diperiksa daring, sudah disepakati' });
    expect(forced.saved).toBe(true);
    expect(forced.check.conflicts.map((x) => x.kind)).toEqual(['accused']);
    const reason = app.ctx.db.prepare("SELECT reason FROM audit_log WHERE action = 'session.schedule' ORDER BY id DESC LIMIT 1").get();
    expect(reason).toEqual({ reason: 'Terlapor minta diperiksa daring, sudah disepakati' });
  });

  it('warns when the summons is fewer than 7 working days before, or the day is the 2024 election holiday', () => {
    const t = team();
    const c = examiningCase(t);
    const r = schedule({ caseId: c.id, accusedId: c.accusedId, summonsDate: '2024-11-11', date: '2024-11-13', videoLink: 'https://meet.example/x', examinerIds: [t.chair] });
    expect(r.saved).toBe(false);
    expect(r.check.warnings.map((w) => w.key)).toEqual(['deadlines.warnSummonsTooLate']);
    const e = schedule({ caseId: c.id, accusedId: c.accusedId, date: '2024-11-27', videoLink: 'https://meet.example/x', examinerIds: [t.chair] });
    expect(e.check.warnings.map((w) => w.key)).toContain('deadlines.warnHoliday');
  });

  it('refuses examiners outside the team and sessions outside the examination stage', () => {
    const t = team();
    const c = examiningCase(t);
    const outsider = staff('198512122010011005', 'Orang Luar', 'lainnya');
    expect(errorKey(() => schedule({ caseId: c.id, accusedId: c.accusedId, date: '2024-11-13', videoLink: 'https://m.example/1', examinerIds: [outsider] }))).toBe('schedule.examinerNotInTeam');
    const fresh = newCase({ accused: [{ name: 'Sri Wahyuni', nip: NIP_B, employmentType: 'PPPK', jabatan: 'Guru', unitKerja: 'SDN 1' }] });
    expect(errorKey(() => schedule({ caseId: fresh.id, accusedId: fresh.accusedId, date: '2024-11-13', videoLink: 'https://m.example/1', examinerIds: [t.chair] }))).toBe('schedule.wrongState');
  });
});

describe('attendance, summons II and decision without examination', () => {
  it('absent once prompts summons II by its due date (counting past the 27 November election day), twice prompts a decision without examination', () => {
    const t = team();
    const c = examiningCase(t);
    const s1 = schedule({ caseId: c.id, accusedId: c.accusedId, date: '2024-11-20', videoLink: 'https://m.example/1', examinerIds: [t.chair] });
    if (!s1.saved) throw new Error('not saved');
    setClock('2024-11-20T11:00');
    const a1 = recordAttendance(app.ctx, { id: s1.session.id, attendance: 'absent', expectedVersion: sessionVersion(app.ctx, s1.session.id) });
    expect(a1.prompt).toEqual({ key: 'attendance.promptSummons2', params: { due: '2024-12-02' }, action: 'issue_summons_2' });
    expect(app.ctx.db.prepare("SELECT rule_id, due_date, status FROM deadlines WHERE case_id = ?").all(c.id)).toEqual([{ rule_id: 'summons2Issue', due_date: '2024-12-02', status: 'open' }]);
    expect(errorKey(() => step(c.id, 'decide_without_examination'))).toBe('workflow.invalidFrom');
    step(c.id, 'issue_summons_2');
    expect(examinationOverview(app.ctx, c.id).prompt?.key).toBe('attendance.promptScheduleSummons2');
    const s2 = schedule({ caseId: c.id, accusedId: c.accusedId, summonsNo: 2, summonsDate: '2024-11-22', date: '2024-12-04', videoLink: 'https://m.example/2', examinerIds: [t.chair] });
    expect(s2.saved).toBe(true);
    expect(app.ctx.db.prepare("SELECT status FROM deadlines WHERE case_id = ? AND rule_id = 'summons2Issue'").get(c.id)).toEqual({ status: 'met' });
    if (!s2.saved) return;
    expect(errorKey(() => step(c.id, 'decide_without_examination'))).toBe('workflow.needTwoAbsences');
    setClock('2024-12-04T11:00');
    const a2 = recordAttendance(app.ctx, { id: s2.session.id, attendance: 'absent', expectedVersion: sessionVersion(app.ctx, s2.session.id) });
    expect(a2.prompt).toEqual({ key: 'attendance.promptDecideWithout', params: {}, action: 'decide_without_examination' });
    expect(step(c.id, 'decide_without_examination')).toEqual({ state: 'decided_without_examination' });
    const d = saveDecision(app.ctx, decisionSaveSchema.parse({ expectedVersion: 0, caseId: c.id, accusedId: c.accusedId, catalogueId: 'PP94-2021', sanctionCode: 'PP94-BERAT-PELAKSANA', durationMonths: 12 }));
    expect(d.withoutExamination).toBe(true);
  });

  it('reschedules a postponed session with the same checks, but never a held one', () => {
    const t = team();
    const c = examiningCase(t);
    const s = schedule({ caseId: c.id, accusedId: c.accusedId, date: '2024-11-13', videoLink: 'https://m.example/1', examinerIds: [t.chair] });
    if (!s.saved) throw new Error('not saved');
    recordAttendance(app.ctx, { id: s.session.id, attendance: 'postponed', expectedVersion: sessionVersion(app.ctx, s.session.id) });
    expect(examinationOverview(app.ctx, c.id).prompt?.key).toBe('attendance.promptReschedule');
    const early = rescheduleSession(app.ctx, sessionRescheduleSchema.parse({ id: s.session.id, expectedVersion: sessionVersion(app.ctx, s.session.id), date: '2024-11-08', startTime: '09:00', durationMin: 60 }));
    expect(early.saved).toBe(false);
    const moved = rescheduleSession(app.ctx, sessionRescheduleSchema.parse({ id: s.session.id, expectedVersion: sessionVersion(app.ctx, s.session.id), date: '2024-11-18', startTime: '13:00', durationMin: 60 }));
    expect(moved.saved && moved.session).toMatchObject({ startAt: '2024-11-18T13:00', attendance: null });
    setClock('2024-11-18T13:30');
    recordAttendance(app.ctx, { id: s.session.id, attendance: 'present', expectedVersion: sessionVersion(app.ctx, s.session.id) });
    expect(errorKey(() => rescheduleSession(app.ctx, sessionRescheduleSchema.parse({ id: s.session.id, expectedVersion: sessionVersion(app.ctx, s.session.id), date: '2024-11-19', startTime: '13:00', durationMin: 60 })))).toBe('schedule.alreadyHeld');
  });
});

describe('BAP, LHP and decision', () => {
  it('runs from examination to delivery with numbered Q/A, refusal to sign, LHP and a checked sanction with computed dates', async () => {
    const t = team();
    const c = examiningCase(t);
    const s = schedule({ caseId: c.id, accusedId: c.accusedId, date: '2024-11-13', videoLink: 'https://m.example/1', examinerIds: [t.chair, t.bkpsdm] });
    if (!s.saved) throw new Error('not saved');
    expect(errorKey(() => saveBap(app.ctx, bapSaveSchema.parse({ expectedVersion: 0, sessionId: s.session.id, examinerIds: [t.chair], examineePresent: true, qa: [{ question: 'Q', answer: 'A' }] })))).toBe('bap.notAttended');
    setClock('2024-11-13T11:00');
    recordAttendance(app.ctx, { id: s.session.id, attendance: 'present', expectedVersion: sessionVersion(app.ctx, s.session.id) });
    expect(errorKey(() => step(c.id, 'complete_examination'))).toBe('workflow.bapMissing');
    const bap = saveBap(
      app.ctx,
      bapSaveSchema.parse({
        expectedVersion: 0,
        sessionId: s.session.id,
        examinerIds: [t.chair, t.bkpsdm],
        examineePresent: true,
        place: 'Ruang Rapat Inspektorat',
        refusedToSign: true,
        refusalNote: 'Terperiksa menolak menandatangani tanpa alasan',
        qa: [
          { question: 'Apakah Saudara dalam keadaan sehat?', answer: 'Ya, sehat.' },
          { question: 'Apakah Saudara memakai mobil dinas pada 20 Oktober 2024?', answer: 'Ya.' },
        ],
      }),
    );
    expect(bap.qa.map((q) => q.no)).toEqual([1, 2]);
    expect(bap).toMatchObject({ refusedToSign: true, examinerIds: [t.chair, t.bkpsdm].sort((x, y) => x - y) });
    step(c.id, 'complete_examination');
    expect(errorKey(() => step(c.id, 'submit_report'))).toBe('workflow.lhpMissing');
    saveLhp(
      app.ctx,
      lhpSaveSchema.parse({
        expectedVersion: 0,
        caseId: c.id,
        accusedId: c.accusedId,
        violationForm: 'Menggunakan mobil dinas untuk kampanye',
        violationTime: '20 Oktober 2024',
        violationPlace: 'Balai Desa Sukamaju',
        aggravating: 'Pejabat struktural',
        mitigating: 'Mengakui perbuatan',
        impact: 'Menurunkan kepercayaan publik',
        recommendedSanctionCode: 'PP94-BERAT-TURUN-JABATAN',
        authorisedOfficial: 'Bupati selaku PPK',
      }),
    );
    step(c.id, 'submit_report');
    const before = dbFingerprint(app.ctx);
    const light = decisionSaveSchema.parse({ expectedVersion: 0, caseId: c.id, accusedId: c.accusedId, catalogueId: 'PP94-2021', sanctionCode: 'PP94-SEDANG-TUKIN', durationMonths: 6 });
    expect(errorKey(() => saveDecision(app.ctx, light))).toBe('decision.levelTooLight');
    expect(dbFingerprint(app.ctx)).toBe(before);
    const d = saveDecision(
      app.ctx,
      decisionSaveSchema.parse({ expectedVersion: 0, caseId: c.id, accusedId: c.accusedId, catalogueId: 'PP94-2021', sanctionCode: 'PP94-BERAT-TURUN-JABATAN', durationMonths: 12 }),
    );
    // No SK number or date until the SK is issued; no running dates until it is delivered.
    expect(d).toMatchObject({ skNumber: null, skDate: null, effectiveDate: null, endDate: null, repeatOffender: false, level: 'berat', sanctionTitle: 'Penurunan jabatan setingkat lebih rendah' });
    expect(errorKey(() => step(c.id, 'deliver'))).toBe('workflow.deliveryMissing');

    // The same person in a later case, once the first sanction is imposed, is flagged as a repeat offender and may get a heavier sanction.
    const again = examiningCase(t, { violationCodes: ['N-KAMPANYE-ATRIBUT'] });
    const s2 = schedule({ caseId: again.id, accusedId: again.accusedId, date: '2024-11-14', videoLink: 'https://m.example/9', examinerIds: [t.atasan] });
    if (!s2.saved) throw new Error('not saved');
    setClock('2024-11-14T10:00');
    recordAttendance(app.ctx, { id: s2.session.id, attendance: 'present', expectedVersion: sessionVersion(app.ctx, s2.session.id) });
    saveBap(app.ctx, bapSaveSchema.parse({ expectedVersion: 0, sessionId: s2.session.id, examinerIds: [t.atasan], examineePresent: true, qa: [{ question: 'Q1', answer: 'A1' }] }));
    step(again.id, 'complete_examination');
    saveLhp(app.ctx, lhpSaveSchema.parse({ expectedVersion: 0, caseId: again.id, accusedId: again.accusedId, violationForm: 'Atribut', violationTime: 'Oktober', violationPlace: 'Lapangan', impact: 'Ada', recommendedSanctionCode: 'PP94-BERAT-PELAKSANA', authorisedOfficial: 'Bupati' }));
    step(again.id, 'submit_report');
    // The SK of the first case takes its number and date from issuing: only then is its sanction imposed.
    setClock('2024-12-02T09:00');
    const { letter } = await issueLetter(app.ctx, { caseId: c.id, type: 'sk', subject: `accused:${c.accusedId}` });
    const heavier = saveDecision(app.ctx, decisionSaveSchema.parse({ expectedVersion: 0, caseId: again.id, accusedId: again.accusedId, catalogueId: 'PP94-2021', sanctionCode: 'PP94-BERAT-PELAKSANA', durationMonths: 12 }));
    expect(heavier.repeatOffender).toBe(true);

    // The delivery fixes the sanction's dates.
    expect(examinationOverview(app.ctx, c.id).decisions[0]).toMatchObject({ skNumber: letter.number, skDate: '2024-12-02', skLetterId: letter.id, effectiveDate: null });
    setClock('2024-12-05T09:00');
    const delivered = recordDelivery(app.ctx, deliverySaveSchema.parse({ caseId: c.id, accusedId: c.accusedId, deliveredOn: '2024-12-04', method: 'langsung', receivedBy: 'Budi Santoso', deliveredByName: 'Agus Salim', deliveredByJabatan: 'Pengadministrasi Umum' }));
    // Day 15 counted in calendar days from 4 Dec 2024; twelve months later, less a day.
    expect(delivered).toMatchObject({ deliveredOn: '2024-12-04', effectiveDate: '2024-12-19', endDate: '2025-12-18' });
    expect(step(c.id, 'deliver')).toEqual({ state: 'delivered' });
  });
});
