/**
 * Who signs the letters before the decision: the summons by the direct superior or, in a
 * team case, the team chair; the order forming the team by the PPK or the official it
 * appointed, citing PP 94/2021 Pasal 27 (and the appointment). The role is chosen per case
 * with the rule's default; the people come from the team, the case or the office settings.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import { createOpd } from '../../electron/main/employees/opd-service.ts';
import { opdCreateSchema } from '../../shared/employees/schemas.ts';
import { defaultSignerRole } from '../../shared/letters/signer-roles.ts';
import type { CaseSigner } from '../../shared/letters/signer-roles.ts';
import type { PdfFile } from '../../shared/ipc/channels/letters.ts';
import type { LetterOption } from '../../shared/letters/issued.ts';
import type { OfficeSettingsView } from '../../shared/letters/office-settings.ts';
import { addTestUser, tempApp, validCase } from '../support/temp-app.ts';
import { extractPdfText } from '../support/pdf-text.ts';
import { seedExam } from './seed-exam.ts';
import { callAs, callFail } from '../support/dispatch.ts';
import type { Channel } from '../../shared/ipc/table.ts';

describe('default signer roles', () => {
  it('a summons: the team chair in a team case (two or more examiners), else the direct superior; the order: the PPK', () => {
    expect([1, 2, 3].map((teamSize) => defaultSignerRole('summons1', { teamSize }))).toEqual(['superior', 'team_chair', 'team_chair']);
    expect(defaultSignerRole('summons2', { teamSize: 1 })).toBe('superior');
    expect(defaultSignerRole('order', { teamSize: 3 })).toBe('ppk');
  });
});

describe('signers of a case', () => {
  let app: Awaited<ReturnType<typeof tempApp>>;
  let caseId: number;
  let session1: number;
  beforeEach(async () => {
    app = await tempApp(new Date('2024-12-02T03:00:00Z'));
    // The accused's OPD, with its kop: a summons the direct superior signs is headed with it.
    const opdId = createOpd(app.ctx, opdCreateSchema.parse({ name: 'Dinas Pendidikan', address: 'Jalan Pendidikan Nomor 7, Kota Contoh 00001' })).id;
    caseId = createCase(app.ctx, caseCreateSchema.parse({ ...validCase, opdId })).id;
    session1 = seedExam(app.ctx, caseId).session1;
  });
  afterEach(() => app.close());

  const call = <T>(channel: string, payload: unknown) => callAs<T>(app.ctx, channel, payload);
  const fail = (channel: string, payload: unknown) => callFail(app.ctx, channel as Channel, payload);
  const draft = async (type: string, subject = '', name?: string) => {
    const f = await call<PdfFile>('letters:draft', { caseId, type, subject });
    if (name) {
      mkdirSync('test-results', { recursive: true });
      writeFileSync(`test-results/${name}.pdf`, Buffer.from(f.pdfBase64, 'base64'));
    }
    return (await extractPdfText(Buffer.from(f.pdfBase64, 'base64'))).join('\n').replace(/\s+/g, ' ').replace(/([-/]) /g, '$1').replace(/ \d\. /g, ' ');
  };

  it('a team case: the chair signs the summons, the PPK forms the team by order headed and signed as such, citing Pasal 27', async () => {
    const signers = await call<CaseSigner[]>('letters:signers', { id: caseId });
    expect(signers.map((s) => [s.type, s.role, s.defaultRole, s.chosen, s.signatory?.title, s.signatory?.name])).toEqual([
      ['summons1', 'team_chair', 'team_chair', false, 'KETUA TIM PEMERIKSA', 'Dra. Rina Wulandari'],
      ['summons2', 'team_chair', 'team_chair', false, 'KETUA TIM PEMERIKSA', 'Dra. Rina Wulandari'],
      ['order', 'ppk', 'ppk', false, 'BUPATI CONTOH', 'NAMA BUPATI CONTOH'],
    ]);
    const summons = await draft('summons1', `session:${session1}`, 'summons-team-chair');
    expect(summons).toContain('KETUA TIM PEMERIKSA, Dra. Rina Wulandari Pembina Tk. I (IV/b) NIP. 19720315 199803 2 004');
    expect(summons).not.toContain('INSPEKTUR KABUPATEN CONTOH,');
    const order = await draft('order', '', 'order-ppk');
    expect(order).toContain('BUPATI CONTOH SURAT PERINTAH Nomor');
    expect(order).toContain('Pasal 27 Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil, bahwa tim pemeriksa dibentuk oleh Pejabat Pembina Kepegawaian atau pejabat lain yang ditunjuk');
    expect(order).toContain('BUPATI CONTOH, NAMA BUPATI CONTOH');
    expect(order).not.toContain('INSPEKTORAT Jalan Contoh');
  });

  it('the order lists the direct superior recorded for each accused, as the superior part of the examination team (PP 94/2021 Pasal 27)', async () => {
    expect(await draft('order')).not.toContain('Atasan langsung');
    const accusedId = (app.ctx.db.prepare('SELECT id FROM case_accused WHERE case_id = ?').get(caseId) as { id: number }).id;
    await call('examination:setSuperior', { caseId, accusedId, superior: { name: 'H. MULYADI, S.Pd., M.M.', nip: '197105121995031002', pangkat: 'Pembina Tk. I (IV/b)', jabatan: 'Kepala Sekolah SMP Negeri 1 Contoh' } });
    const order = await draft('order', '', 'order-superiors');
    const accusedName = validCase.accused[0]!.name;
    expect(order).toContain('Atasan langsung terperiksa, sebagai unsur atasan langsung dalam Tim Pemeriksa');
    expect(order).toContain(`H. MULYADI, S.Pd., M.M. NIP. 19710512 199503 1 002 Pembina Tk. I (IV/b) Kepala Sekolah SMP Negeri 1 Contoh ${accusedName}`);
  });

  it('the direct superior chosen for a summons must be named; once typed (a Plt.), the summons prints them; audited; the default clears the choice', async () => {
    await call('letters:setSigner', { caseId, type: 'summons1', role: 'superior' });
    const refused = await fail('letters:draft', { caseId, type: 'summons1', subject: `session:${session1}` });
    expect(refused.message).toBe('Surat Panggilan I belum dapat dibuat: atasan langsung terlapor (penandatangan) belum dicatat: catat atasan langsung terlapor ini di halaman Pemeriksaan.');
    const options = await call<LetterOption[]>('letters:options', { id: caseId });
    expect(options.find((o) => o.type === 'summons1')?.missing).toContain('atasan langsung terlapor (penandatangan) belum dicatat');

    const superior = { title: 'KEPALA DINAS PENDIDIKAN KABUPATEN CONTOH', prefix: 'Plt.', name: 'H. MULYADI, S.Pd., M.M.', pangkat: 'Pembina Tk. I (IV/b)', nip: '197105121995031002' };
    const signers = await call<CaseSigner[]>('letters:setSigner', { caseId, type: 'summons1', role: 'superior', signatory: superior });
    expect(signers[0]).toMatchObject({ role: 'superior', chosen: true, signatory: superior, missing: null });
    expect(signers[0]?.basis).toContain('PP 94/2021 Pasal 26');
    const text = await draft('summons1', `session:${session1}`, 'summons-superior');
    expect(text).toContain('Plt. KEPALA DINAS PENDIDIKAN KABUPATEN CONTOH, H. MULYADI, S.Pd., M.M. Pembina Tk. I (IV/b) NIP. 19710512 199503 1 002');
    // Summons II keeps its own (default) signer.
    expect((await call<CaseSigner[]>('letters:signers', { id: caseId }))[1]?.role).toBe('team_chair');
    const audit = app.ctx.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'letter.signer' AND entity = 'case' AND entity_id = ?").get(String(caseId));
    expect(audit).toEqual({ n: 2 });

    const back = await call<CaseSigner[]>('letters:setSigner', { caseId, type: 'summons1', role: 'team_chair' });
    expect(back[0]).toMatchObject({ role: 'team_chair', chosen: false });
    expect(app.ctx.db.prepare('SELECT count(*) AS n FROM letter_signers').get()).toEqual({ n: 0 });
  });

  it('a one-examiner case: the direct superior on the team signs the summons by default', async () => {
    app.ctx.db.prepare('DELETE FROM bap_examiners').run();
    app.ctx.db.prepare('DELETE FROM case_team').run();
    const s = app.ctx.db.prepare("INSERT INTO staff (nip, name, pangkat, jabatan, unit, active, created_at, updated_at) VALUES ('197105121995031002', 'H. Mulyadi, S.Pd., M.M.', 'Pembina Tk. I (IV/b)', 'Sekretaris Dinas Pendidikan', 'atasan', 1, 'x', 'x')").run();
    app.ctx.db.prepare("INSERT INTO case_team (case_id, staff_id, role) VALUES (?, ?, 'member')").run(caseId, s.lastInsertRowid);
    const [summons1] = await call<CaseSigner[]>('letters:signers', { id: caseId });
    expect(summons1).toMatchObject({ role: 'superior', defaultRole: 'superior', chosen: false, signatory: { title: 'SEKRETARIS DINAS PENDIDIKAN', name: 'H. Mulyadi, S.Pd., M.M.' } });
    expect(await draft('summons1', `session:${session1}`)).toContain('SEKRETARIS DINAS PENDIDIKAN, H. Mulyadi, S.Pd., M.M.');
  });

  it('the order by the official the PPK appointed needs the appointment, which it then cites; roles outside the rule are refused', async () => {
    await call('letters:setSigner', { caseId, type: 'order', role: 'appointed' });
    const missing = await fail('letters:draft', { caseId, type: 'order', subject: '' });
    expect(missing.message).toContain('dasar penunjukan pejabat pembentuk tim (keputusan PPK) belum diisi di Pengaturan Naskah');
    const { logoFile: _logo, version, ...office } = await call<OfficeSettingsView>('letters:settings', {});
    await call('letters:saveSettings', { ...office, expectedVersion: version, appointedBy: 'Keputusan Bupati Contoh Nomor 800/12/KEP/2024 tentang Penunjukan Inspektur sebagai Pejabat Pembentuk Tim Pemeriksa' });
    const order = await draft('order', '', 'order-appointed');
    expect(order).toContain('yang ditunjuk Keputusan Bupati Contoh Nomor 800/12/KEP/2024 tentang Penunjukan Inspektur sebagai Pejabat Pembentuk Tim Pemeriksa');
    expect(order).toContain('INSPEKTORAT Jalan Contoh');
    expect(order).toContain('INSPEKTUR KABUPATEN CONTOH, NAMA INSPEKTUR CONTOH');

    const e = await fail('letters:setSigner', { caseId, type: 'summons1', role: 'ppk' });
    expect([e.code, e.message]).toEqual(['INVALID_INPUT', 'Peran penandatangan ini tidak sah untuk naskah ini. Yang sah: superior, team_chair.']);
    const p = await fail('letters:setSigner', { caseId, type: 'order', role: 'ppk', signatory: { title: 'X', name: 'Y' } });
    expect(p.code).toBe('INVALID_INPUT');
    await addTestUser(app.ctx, 'pengamat', 'viewer', { signIn: true });
    expect((await fail('letters:setSigner', { caseId, type: 'order', role: 'ppk' })).code).toBe('FORBIDDEN');
  });
});

describe('demo data', () => {
  it('issues orders by the PPK and by its appointee, and summonses by the team chair and by the direct superior', async () => {
    const { generateDemo } = await import('../../electron/main/demo/demo-generate.ts');
    const { issueDemoLetters } = await import('../../electron/main/demo/demo-letters.ts');
    const app = await tempApp(new Date('2025-01-15T03:00:00Z'));
    try {
      generateDemo(app.ctx, { cases: 120, seed: 'penandatangan' });
      const result = await issueDemoLetters(app.ctx, 40);
      expect(result.skipped, JSON.stringify(result.skipped)).toEqual([]);
      const inputs = (type: string) =>
        (app.ctx.db.prepare('SELECT input_json AS j FROM issued_letters WHERE type = ?').all(type) as { j: string }[]).map((r) => JSON.parse(r.j).input as { signer: { role: string; signatory: { title: string } } });
      expect(new Set(inputs('order').map((i) => i.signer.role))).toEqual(new Set(['ppk', 'appointed']));
      expect(new Set(inputs('summons1').map((i) => i.signer.role))).toEqual(new Set(['team_chair', 'superior']));
      expect(inputs('order').find((i) => i.signer.role === 'appointed')?.signer.signatory.title).toBe('INSPEKTUR KABUPATEN CONTOH');
    } finally {
      app.close();
    }
  }, 120_000);
});
