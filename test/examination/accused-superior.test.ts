/**
 * "Atasan langsung" is per accused: each accused gets their own direct
 * superior, picked from the employee registry or typed; it is the default signer of that
 * accused's summons and sits on the team as its "atasan langsung" element.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { createOpd } from '../../electron/main/employees/opd-service.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import { opdCreateSchema } from '../../shared/employees/schemas.ts';
import type { AccusedSuperior } from '../../shared/examination/superior.ts';
import type { ExaminationOverview } from '../../shared/examination/types.ts';
import type { PdfFile } from '../../shared/ipc/channels/letters.ts';
import type { Channel } from '../../shared/ipc/table.ts';
import { auditHistory } from '../../electron/main/audit/audit-queries.ts';
import { addTestUser, dbFingerprint, tempApp, validCase } from '../support/temp-app.ts';
import { callAs, callFail } from '../support/dispatch.ts';
import { extractPdfText } from '../support/pdf-text.ts';
import { seedExam } from '../letters/seed-exam.ts';

let app: Awaited<ReturnType<typeof tempApp>>;
let caseId: number;
let budi: number;
let sri: number;
let sessionBudi: number;
let sessionSri: number;
let opdId: number;
let headTeacher: number;

beforeEach(async () => {
  app = await tempApp(new Date('2024-12-02T03:00:00Z'));
  opdId = createOpd(app.ctx, opdCreateSchema.parse({ name: 'Dinas Pendidikan dan Kebudayaan' })).id;
  const accused = [validCase.accused[0]!, { ...validCase.accused[0]!, name: 'Sri Wahyuni', nip: '199001012015032001', jabatan: 'Guru Ahli Pertama' }];
  caseId = createCase(app.ctx, caseCreateSchema.parse({ ...validCase, accused, opdId })).id;
  const seeded = seedExam(app.ctx, caseId);
  budi = seeded.accusedId;
  sessionBudi = seeded.session1;
  sri = (app.ctx.db.prepare('SELECT id FROM case_accused WHERE case_id = ? AND nip = ?').get(caseId, '199001012015032001') as { id: number }).id;
  sessionSri = Number(
    app.ctx.db
      .prepare(
        `INSERT INTO exam_sessions (case_id, accused_id, accused_nip, summons_no, summons_date, start_at, end_at, duration_min, room_id, attendance, created_at, created_by, updated_at)
         VALUES (?, ?, '199001012015032001', 1, '2024-10-21', '2024-10-28T11:00', '2024-10-28T12:00', 60, (SELECT min(id) FROM rooms), NULL, 'x', 'test', 'x')`,
      )
      .run(caseId, sri).lastInsertRowid,
  );
  headTeacher = Number(
    app.ctx.db
      .prepare(
        `INSERT INTO employees (nip, name, employment_type, pangkat, golongan, jabatan, opd_id, created_at, updated_at)
         VALUES ('197105121995031002', 'H. Mulyadi, S.Pd., M.M.', 'PNS', 'Pembina Tingkat I', 'IV/b', 'Kepala SMP Negeri 1 Contoh', ?, 'x', 'x')`,
      )
      .run(opdId).lastInsertRowid,
  );
});
afterEach(() => app.close());

const call = <T>(channel: string, payload: unknown) => callAs<T>(app.ctx, channel, payload);
const fail = (channel: string, payload: unknown) => callFail(app.ctx, channel as Channel, payload);
const summonsText = async (session: number) => {
  const f = await call<PdfFile>('letters:draft', { caseId, type: 'summons1', subject: `session:${session}` });
  return (await extractPdfText(Buffer.from(f.pdfBase64, 'base64'))).join('\n').replace(/\s+/g, ' ');
};
const fromRegistry = { employeeId: 0, name: 'H. Mulyadi, S.Pd., M.M.', nip: '197105121995031002', jabatan: 'Kepala SMP Negeri 1 Contoh' };
const typed = { name: 'Dra. ENDANG LESTARI', nip: '196805171993032003', pangkat: 'Pembina (IV/a)', jabatan: 'Kepala SD Negeri 2 Contoh' };

describe('each accused has their own direct superior', () => {
  it('picked from the registry (pangkat and OPD from it) or typed; audited; shown per accused on the examination overview', async () => {
    await call('examination:setSuperior', { caseId, accusedId: budi, superior: { ...fromRegistry, employeeId: headTeacher } });
    const all = await call<AccusedSuperior[]>('examination:setSuperior', { caseId, accusedId: sri, superior: typed });
    expect(all.map((s) => [s.accusedId, s.name, s.pangkat, s.jabatan, s.opdName])).toEqual([
      [budi, 'H. Mulyadi, S.Pd., M.M.', 'Pembina Tingkat I (IV/b)', 'Kepala SMP Negeri 1 Contoh', 'Dinas Pendidikan dan Kebudayaan'],
      // Typed without an OPD: the accused's (here the case's) OPD.
      [sri, 'Dra. ENDANG LESTARI', 'Pembina (IV/a)', 'Kepala SD Negeri 2 Contoh', 'Dinas Pendidikan dan Kebudayaan'],
    ]);
    const o = await call<ExaminationOverview>('examination:overview', { caseId });
    expect(o.accused.map((a) => [a.name, a.superior?.name])).toEqual([
      ['Budi Santoso', 'H. Mulyadi, S.Pd., M.M.'],
      ['Sri Wahyuni', 'Dra. ENDANG LESTARI'],
    ]);
    const audit = auditHistory(app.ctx.db, 'case', caseId).filter((r) => r.action === 'accused.superior');
    expect(audit).toHaveLength(2);
    expect(JSON.parse(audit[1]!.after_json!)).toMatchObject({ accusedId: sri, superior: { name: 'Dra. ENDANG LESTARI' } });
    // Removed with null.
    expect(await call<AccusedSuperior[]>('examination:setSuperior', { caseId, accusedId: sri, superior: null })).toHaveLength(1);
  });

  it('is the default signer of that accused\'s summons: two accused, two superiors, two signatures', async () => {
    // A one-examiner case, so the superior signs by default.
    app.ctx.db.prepare("DELETE FROM bap_examiners").run();
    app.ctx.db.prepare("DELETE FROM case_team WHERE role = 'member'").run();
    await call('examination:setSuperior', { caseId, accusedId: budi, superior: { ...fromRegistry, employeeId: headTeacher } });
    await call('examination:setSuperior', { caseId, accusedId: sri, superior: typed });
    // The superior's summons is their office's letter: the OPD's kop needs its address first.
    const noKop = await fail('letters:draft', { caseId, type: 'summons1', subject: `session:${sessionBudi}` });
    expect(noKop.message).toContain('alamat kop Dinas Pendidikan dan Kebudayaan belum diisi: lengkapi kop surat OPD di halaman OPD');
    await call('opds:update', { id: opdId, name: 'Dinas Pendidikan dan Kebudayaan', address: 'Jalan Pendidikan Nomor 7, Kota Contoh 00001', phone: '(0000) 111222', email: 'disdikbud@contoh.go.id' });
    const forBudi = await summonsText(sessionBudi);
    expect(forBudi).toContain('PEMERINTAH KABUPATEN CONTOH DINAS PENDIDIKAN DAN KEBUDAYAAN Jalan Pendidikan Nomor 7, Kota Contoh 00001 Telepon (0000) 111222, Pos-el disdikbud@contoh.go.id');
    expect(forBudi).not.toContain('INSPEKTORAT');
    expect(forBudi).toContain('KEPALA SMP NEGERI 1 CONTOH, H. Mulyadi, S.Pd., M.M. Pembina Tingkat I (IV/b) NIP. 19710512 199503 1 002');
    expect(forBudi).not.toContain('ENDANG');
    const forSri = await summonsText(sessionSri);
    expect(forSri).toContain('KEPALA SD NEGERI 2 CONTOH, Dra. ENDANG LESTARI Pembina (IV/a) NIP. 19680517 199303 2 003');
    expect(forSri).not.toContain('Mulyadi');
    expect(forSri).toContain('DINAS PENDIDIKAN DAN KEBUDAYAAN Jalan Pendidikan Nomor 7');
  });

  it('a summons the team chair signs keeps the Inspectorate\'s kop', async () => {
    await call('examination:setSuperior', { caseId, accusedId: budi, superior: { ...fromRegistry, employeeId: headTeacher } });
    const text = await summonsText(sessionBudi);
    expect(text).toContain('PEMERINTAH KABUPATEN CONTOH INSPEKTORAT Jalan Contoh Nomor 1');
    expect(text).toContain('KETUA TIM PEMERIKSA');
  });

  it('counts as the team\'s "atasan langsung" element once every accused has one', async () => {
    // A heavy case with an Inspectorate chair and a BKPSDM member, no superior on the team.
    const problems = async () => (await call<ExaminationOverview>('examination:overview', { caseId })).teamProblems;
    expect(await problems()).toEqual(expect.arrayContaining(['team.needAtasan', 'team.tooFew']));
    await call('examination:setSuperior', { caseId, accusedId: budi, superior: { ...fromRegistry, employeeId: headTeacher } });
    expect(await problems()).toContain('team.needAtasan');
    await call('examination:setSuperior', { caseId, accusedId: sri, superior: typed });
    expect(await problems()).toEqual([]);
  });

  it('refuses the accused as their own superior, a NIP that is not the picked employee\'s, and viewers; nothing is written', async () => {
    const before = dbFingerprint(app.ctx);
    const self = await fail('examination:setSuperior', { caseId, accusedId: budi, superior: { ...typed, nip: '198609262015051001' } });
    expect(self.fields?.nip).toBe('terlapor tidak dapat menjadi atasan langsungnya sendiri');
    const mismatch = await fail('examination:setSuperior', { caseId, accusedId: budi, superior: { ...fromRegistry, employeeId: headTeacher, nip: '196805171993032003' } });
    expect(mismatch.fields?.nip).toBe('NIP tidak sama dengan data pegawai yang dipilih');
    const bad = await fail('examination:setSuperior', { caseId, accusedId: budi, superior: { ...typed, jabatan: '' } });
    expect(bad.fields?.['superior.jabatan']).toBe('wajib diisi');
    expect(dbFingerprint(app.ctx)).toBe(before);
    await addTestUser(app.ctx, 'pengamat', 'viewer', { signIn: true });
    expect((await fail('examination:setSuperior', { caseId, accusedId: budi, superior: typed })).code).toBe('FORBIDDEN');
    expect(app.ctx.db.prepare('SELECT count(*) AS n FROM accused_superiors').get()).toEqual({ n: 0 });
  });
});
