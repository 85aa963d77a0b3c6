/**
 * No lost updates, per record type: two users load the same record, the first saves, and
 * the second save (from the older version) is refused with STALE naming the first user and
 * the time, marking the fields that differ, writing nothing. Each user has a session of
 * their own, as the office server gives every browser.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handlers } from '../../electron/main/handlers.ts';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import type { Envelope } from '../../shared/ipc/envelope.ts';
import type { Session } from '../../electron/main/accounts/session.ts';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { saveStaff } from '../../electron/main/hearings/staff-service.ts';
import { setTeam } from '../../electron/main/examination/team-service.ts';
import { transition } from '../../electron/main/examination/workflow-service.ts';
import { scheduleSession } from '../../electron/main/hearings/hearing-service.ts';
import { verifyAuditChain } from '../../electron/main/audit/audit-log.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import { sessionScheduleSchema, staffSaveSchema, teamSetSchema, transitionSchema } from '../../shared/examination/schemas.ts';
import { addTestUser, dbFingerprint, sessionFor, tempApp, validCase } from '../support/temp-app.ts';

let app: Awaited<ReturnType<typeof tempApp>>;
let clock: Date;
let sari: Session;
let budi: Session;
let caseId: number;
let accusedId: number;
let chair: number;
let sessionId: number;

beforeEach(async () => {
  clock = new Date('2024-11-04T10:00'); // office-local
  app = await tempApp(undefined, { clock: () => clock });
  sari = sessionFor(app.ctx, await addTestUser(app.ctx, 'sari', 'administrator', { displayName: 'Sari Wulandari' }));
  budi = sessionFor(app.ctx, await addTestUser(app.ctx, 'budi', 'administrator', { displayName: 'Budi Hartono' }));
  caseId = createCase(app.ctx, caseCreateSchema.parse(validCase)).id;
  accusedId = (app.ctx.db.prepare('SELECT id FROM case_accused WHERE case_id = ?').get(caseId) as { id: number }).id;
  const staff = (nip: string, name: string, unit: 'inspektorat' | 'bkpsdm' | 'atasan') => saveStaff(app.ctx, staffSaveSchema.parse({ nip, name, unit })).id;
  chair = staff('197501012000031001', 'Ir. Hendra', 'inspektorat');
  const members = [{ staffId: chair, role: 'chair' }, { staffId: staff('198003032005012002', 'Sri Lestari', 'bkpsdm'), role: 'member' }, { staffId: staff('197805052003121003', 'Drs. Agus', 'atasan'), role: 'member' }];
  setTeam(app.ctx, teamSetSchema.parse({ caseId, members }));
  for (const action of ['start_verification', 'start_examination'] as const) transition(app.ctx, transitionSchema.parse({ caseId, action }));
  const s = scheduleSession(
    app.ctx,
    sessionScheduleSchema.parse({ caseId, accusedId, summonsNo: 1, summonsDate: '2024-11-04', date: '2024-11-13', startTime: '09:00', durationMin: 120, videoLink: 'https://m.example/1', examinerIds: [chair] }),
  );
  if (!s.saved) throw new Error('not saved');
  sessionId = s.session.id;
});
afterEach(() => app.close());

/** Moves the clock; both users have been active meanwhile (no idle lock). */
function advance(local: string) {
  clock = new Date(local);
  sari.lastActivity = budi.lastActivity = clock.getTime();
}
const as = (s: Session, channel: string, payload: unknown) => dispatch(app.ctx, handlers, channel, payload, () => {}, s);
async function ok<T>(s: Session, channel: string, payload: unknown): Promise<T> {
  const r = (await as(s, channel, payload)) as Envelope<T>;
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value;
}

/**
 * Sari saves first at 10.42; Budi's save from the same loaded version is refused: STALE,
 * "<what> telah diubah oleh Sari Wulandari (sari) pukul 10.42 ...", the differing fields
 * marked, nothing written; the audit chain still verifies.
 */
async function secondIsRefused(what: string, channel: string, first: unknown, second: unknown, fields: string[]): Promise<void> {
  advance(`${localDay()}T10:42`);
  await ok(sari, channel, first);
  const before = dbFingerprint(app.ctx);
  advance(`${localDay()}T10:50`);
  const refused = await as(budi, channel, second);
  expect(refused).toMatchObject({
    ok: false,
    error: { code: 'STALE', message: `${what} telah diubah oleh Sari Wulandari (sari) pukul 10.42 sejak formulir dibuka: muat ulang, lalu ulangi perubahan Anda. Tidak ada yang disimpan.` },
  });
  if (!refused.ok) expect(Object.keys(refused.error.fields ?? {}).sort()).toEqual([...fields].sort());
  if (!refused.ok && fields.length > 0) expect(Object.values(refused.error.fields!)[0]).toContain('Sari Wulandari (sari)');
  expect(dbFingerprint(app.ctx)).toBe(before);
  expect(verifyAuditChain(app.ctx.db).ok).toBe(true);
}
const localDay = () => `${clock.getFullYear()}-${String(clock.getMonth() + 1).padStart(2, '0')}-${String(clock.getDate()).padStart(2, '0')}`;

describe('no lost updates on every editable record', () => {
  it('case and its accused: the accused are edited in the case form, so the case version guards them', async () => {
    const c = await ok<{ version: number }>(sari, 'cases:get', { id: caseId });
    const form = (patch: Record<string, unknown>) => ({ ...validCase, id: caseId, reason: 'Koreksi', expectedVersion: c.version, ...patch });
    const accused = (pangkat: string) => [{ ...validCase.accused[0]!, pangkat }];
    await secondIsRefused('Kasus ini', 'cases:update', form({ accused: accused('Penata') }), form({ accused: accused('Pembina') }), ['accused']);
    expect(app.ctx.db.prepare('SELECT pangkat, version > 1 AS counted FROM case_accused WHERE id = ?').get(accusedId)).toEqual({ pangkat: 'Penata', counted: 1 });
  });

  it('employee', async () => {
    const e = await ok<{ id: number; nip: string; version: number }>(sari, 'employees:create', { nip: '199203152019032004', name: 'Budi Santoso', employmentType: 'PNS', jabatan: 'Guru' });
    expect(e.version).toBe(1);
    const form = (jabatan: string) => ({ id: e.id, nip: e.nip, name: 'Budi Santoso', employmentType: 'PNS', jabatan, expectedVersion: e.version });
    await secondIsRefused('Data pegawai ini', 'employees:update', form('Kepala Sekolah'), form('Pengawas Sekolah'), ['jabatan']);
    expect(await ok(budi, 'employees:get', { id: e.id })).toMatchObject({ jabatan: 'Kepala Sekolah', version: 2, updatedBy: 'sari' });
  });

  it('hearing session: moved by one user, the other\'s move (or attendance) from the old version is refused', async () => {
    const move = (date: string) => ({ id: sessionId, date, startTime: '09:00', durationMin: 120, overrideReason: 'ruang dipakai rapat', expectedVersion: 1 });
    await secondIsRefused('Jadwal pemeriksaan ini', 'hearings:reschedule', move('2024-11-14'), move('2024-11-15'), ['date']);
    const refused = await as(budi, 'hearings:attendance', { id: sessionId, attendance: 'postponed', expectedVersion: 1 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'STALE' } });
  });

  it('BAP: the first save of a new BAP wins; a second form opened on "no BAP yet" is refused', async () => {
    advance('2024-11-13T10:00');
    await ok(sari, 'hearings:attendance', { id: sessionId, attendance: 'present', expectedVersion: 1 });
    const bap = (answer: string) => ({ sessionId, examinerIds: [chair], examineePresent: true, qa: [{ question: 'Apakah Saudara sehat?', answer }], expectedVersion: 0 });
    await secondIsRefused('BAP ini', 'examination:saveBap', bap('Ya, sehat.'), bap('Sehat.'), ['qa']);
  });

  it('LHP', async () => {
    advance('2024-11-14T10:00');
    app.ctx.db.prepare("UPDATE cases SET status = 'report' WHERE id = ?").run(caseId);
    const lhp = (impact: string) => ({ caseId, accusedId, violationForm: 'Mobil dinas', violationTime: 'Oktober', violationPlace: 'Balai Desa', impact, recommendedSanctionCode: 'PP94-BERAT-PELAKSANA', authorisedOfficial: 'Bupati', expectedVersion: 0 });
    await ok(sari, 'examination:saveLhp', lhp('Ada'));
    const loaded = (app.ctx.db.prepare('SELECT version FROM lhps WHERE case_id = ?').pluck().get(caseId) as number);
    await secondIsRefused('LHP ini', 'examination:saveLhp', { ...lhp('Meresahkan warga'), expectedVersion: loaded }, { ...lhp('Tidak berdampak'), expectedVersion: loaded }, ['impact']);
  });

  it('decision', async () => {
    app.ctx.db.prepare("UPDATE cases SET status = 'decision' WHERE id = ?").run(caseId);
    const decision = (sanctionCode: string, durationMonths: number) => ({ caseId, accusedId, catalogueId: 'PP94-2021', sanctionCode, durationMonths, expectedVersion: 0 });
    await secondIsRefused('Keputusan ini', 'examination:saveDecision', decision('PP94-BERAT-PELAKSANA', 12), decision('PP94-BERAT-TURUN-JABATAN', 12), ['sanctionCode']);
  });

  it('settings: letter settings, the register template and a deadline rule', async () => {
    const { logoFile: _logo, version, ...office } = await ok<Record<string, unknown>>(sari, 'letters:settings', {});
    expect(version).toBe(0);
    await secondIsRefused('Pengaturan ini', 'letters:saveSettings', { ...office, city: 'Sukamaju', expectedVersion: 0 }, { ...office, city: 'Sukajaya', expectedVersion: 0 }, ['city']);

    const template = await ok<{ version: number }>(sari, 'cases:registerTemplate', {});
    await secondIsRefused('Pengaturan ini', 'cases:setRegisterTemplate', { template: '700/{seq}/INSP/{year}', expectedVersion: template.version }, { template: '800/{seq}/INSP/{year}', expectedVersion: template.version }, ['template']);

    const rule = (value: number) => ({ ruleId: 'skDelivery', value, unit: 'days', mode: 'atMost', reason: 'Surat edaran BKD', expectedVersion: 0 });
    await secondIsRefused('Pengaturan ini', 'deadlines:setRule', rule(10), rule(20), ['value']);
    // Reset to the default and changed again: the version keeps counting, so the very first form stays refused.
    await ok(sari, 'deadlines:resetRule', { ruleId: 'skDelivery', reason: 'kembali', expectedVersion: 1 });
    expect(await as(budi, 'deadlines:setRule', rule(20))).toMatchObject({ ok: false, error: { code: 'STALE' } });
    expect(await as(budi, 'deadlines:setRule', { ...rule(20), expectedVersion: 2 })).toMatchObject({ ok: true, value: { version: 3, adjusted: true } });
  });

  it('a form from an earlier day names the day too; a refusal speaks the user\'s language', async () => {
    const e = await ok<{ id: number; nip: string; version: number }>(sari, 'employees:create', { nip: '199203152019032004', name: 'Budi Santoso', employmentType: 'PNS' });
    const form = (jabatan: string) => ({ id: e.id, nip: e.nip, name: 'Budi Santoso', employmentType: 'PNS', jabatan, expectedVersion: e.version });
    advance('2024-11-04T10:42');
    await ok(sari, 'employees:update', form('Guru'));
    advance('2024-11-05T08:00');
    budi.language = 'en';
    expect(await as(budi, 'employees:update', form('Kepala'))).toMatchObject({
      ok: false,
      error: { code: 'STALE', message: 'This employee was changed by Sari Wulandari (sari) on 4 November 2024 at 10.42 since the form was opened: reload, then redo your change. Nothing was saved.' },
    });
  });

  it('requires expectedVersion in every update payload', async () => {
    for (const [channel, payload] of [
      ['employees:update', { id: 1, nip: '199203152019032004', name: 'X', employmentType: 'PNS' }],
      ['hearings:attendance', { id: sessionId, attendance: 'postponed' }],
      ['examination:saveDecision', { caseId, accusedId, catalogueId: 'PP94-2021', sanctionCode: 'PP94-BERAT-PELAKSANA', durationMonths: 12 }],
      ['deadlines:resetRule', { ruleId: 'skDelivery', reason: 'kembali' }],
      ['cases:setRegisterTemplate', { template: '700/{seq}/INSP/{year}' }],
    ] as const) {
      const r = await as(sari, channel, payload);
      expect(r, channel).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { expectedVersion: 'wajib diisi' } } });
    }
  });
});
