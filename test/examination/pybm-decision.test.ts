/**
 * Who decides and signs, end to end: the decision resolves the deciding official from the
 * rule table and the accused's position class, takes the OPD head or the PPK as signatory,
 * refuses what the table does not allow, and the SK is headed and signed by that official.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { createOpd } from '../../electron/main/employees/opd-service.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import { opdCreateSchema } from '../../shared/employees/schemas.ts';
import type { PdfFile } from '../../shared/ipc/channels/letters.ts';
import type { Decision } from '../../shared/examination/types.ts';
import type { PybmContext } from '../../shared/examination/pybm-context.ts';
import { dbFingerprint, tempApp, validCase } from '../support/temp-app.ts';
import { extractPdfText } from '../support/pdf-text.ts';
import { callAs, callFail } from '../support/dispatch.ts';
import type { Channel } from '../../shared/ipc/table.ts';

let app: Awaited<ReturnType<typeof tempApp>>;
let disdik: number;

const HEAD = { headTitle: 'KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN KABUPATEN CONTOH', headPrefix: '' as const, headName: 'Dra. SITI AMINAH, M.Pd.', headNip: '197205141998032004', headPangkat: 'Pembina Utama Muda' };

const call = <T>(channel: string, payload: unknown) => callAs<T>(app.ctx, channel, payload);
const fail = (channel: string, payload: unknown) => callFail(app.ctx, channel as Channel, payload);
/** Keeps the PDF in test-results/ for a look (pdftoppm) and returns its text. */
const pdfText = async (file: PdfFile, name?: string) => {
  if (name) {
    mkdirSync('test-results', { recursive: true });
    writeFileSync(`test-results/${name}.pdf`, Buffer.from(file.pdfBase64, 'base64'));
  }
  return textOf(file);
};
const textOf = async (file: PdfFile) => (await extractPdfText(Buffer.from(file.pdfBase64, 'base64'))).join('\n').replace(/\s+/g, ' ');

/** A case at the decision stage with one accused of this class and these violations. */
function decisionCase(accused: Record<string, unknown>, violationCodes: string[], opdId: number | null = disdik) {
  const c = createCase(app.ctx, caseCreateSchema.parse({ ...validCase, opdId, violationCodes, accused: [{ ...validCase.accused[0], ...accused }] }));
  app.ctx.db.prepare("UPDATE cases SET status = 'decision' WHERE id = ?").run(c.id);
  const accusedId = (app.ctx.db.prepare('SELECT id FROM case_accused WHERE case_id = ?').get(c.id) as { id: number }).id;
  return { caseId: c.id, accusedId };
}

beforeEach(async () => {
  app = await tempApp();
  disdik = createOpd(app.ctx, opdCreateSchema.parse({ name: 'Dinas Pendidikan dan Kebudayaan', ...HEAD })).id;
});
afterEach(() => app.close());

describe('deciding official on the decision and the SK', () => {
  it('a teacher (JF Ahli Pertama) with a medium sanction: the head of the OPD decides and signs "KEPUTUSAN KEPALA DINAS ..."', async () => {
    const c = decisionCase({ name: 'Rina Marlina', nip: '199003152015032002', jabatan: 'Guru Ahli Pertama', positionClass: 'jf_ahli_pertama' }, ['N-KAMPANYE-ATRIBUT']);
    const ctx = await call<PybmContext>('examination:pybmContext', { caseId: c.caseId });
    expect(ctx.accused).toEqual([{ id: c.accusedId, positionClass: 'jf_ahli_pertama', opdName: 'Dinas Pendidikan dan Kebudayaan', opdHead: { title: HEAD.headTitle, prefix: '', name: HEAD.headName, nip: HEAD.headNip, pangkat: HEAD.headPangkat }, prior: [] }]);
    const d = await call<Decision>('examination:saveDecision', { expectedVersion: 0, ...c, catalogueId: 'PP94-2021', sanctionCode: 'PP94-SEDANG-TUKIN', durationMonths: 6 });
    expect(d).toMatchObject({ pybmOfficial: 'kepala_opd', pybmRule: 'PYBM-PP94-2021/2026.1#JFP-SEDANG', signatory: { title: HEAD.headTitle, name: HEAD.headName } });
    const text = await pdfText(await call<PdfFile>('letters:draft', { caseId: c.caseId, type: 'sk', subject: `accused:${c.accusedId}` }), 'sk-kepala-dinas');
    expect(text).toContain('KEPUTUSAN KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN KABUPATEN CONTOH NOMOR');
    expect(text).toContain('Dra. SITI AMINAH, M.Pd.');
    expect(text).toContain('NIP. 19720514 199803 2 004');
    expect(text).not.toContain('BUPATI CONTOH,');
    expect(text).not.toContain('KEPUTUSAN BUPATI');
  });

  it('an Administrator with a heavy sanction: the PPK (Bupati) decides and signs "KEPUTUSAN BUPATI ..."', async () => {
    const c = decisionCase({ jabatan: 'Sekretaris Dinas', positionClass: 'administrator' }, ['N-FASILITAS-NEGARA']);
    const d = await call<Decision>('examination:saveDecision', { expectedVersion: 0, ...c, catalogueId: 'PP94-2021', sanctionCode: 'PP94-BERAT-PELAKSANA', durationMonths: 12 });
    expect(d).toMatchObject({ pybmOfficial: 'ppk', pybmRule: 'PYBM-PP94-2021/2026.1#ADM-BERAT', signatory: { title: 'BUPATI CONTOH', name: 'NAMA BUPATI CONTOH' } });
    const text = await pdfText(await call<PdfFile>('letters:draft', { caseId: c.caseId, type: 'sk', subject: `accused:${c.accusedId}` }));
    expect(text).toContain('KEPUTUSAN BUPATI CONTOH NOMOR');
    expect(text).not.toContain('KEPALA DINAS');
  });

  it('the head of the OPD cannot impose a heavy sanction; a Pengawas cannot impose a medium one; no decision is written', async () => {
    const c = decisionCase({ positionClass: 'administrator' }, ['N-FASILITAS-NEGARA']);
    const before = dbFingerprint(app.ctx);
    const e = await fail('examination:saveDecision', { expectedVersion: 0, ...c, catalogueId: 'PP94-2021', sanctionCode: 'PP94-BERAT-PELAKSANA', durationMonths: 12, pybmOfficial: 'kepala_opd' });
    expect(dbFingerprint(app.ctx)).toBe(before);
    expect(e.message).toBe('Pejabat "Kepala OPD (JPT Pratama)" tidak berwenang untuk hukuman ini. Yang berwenang: ppk (PP 94/2021 Pasal 19 ayat (3) huruf c).');
    const t = decisionCase({ nip: '199003152015032002', positionClass: 'jf_ahli_muda' }, ['N-KAMPANYE-ATRIBUT']);
    const e2 = await fail('examination:saveDecision', { expectedVersion: 0, ...t, catalogueId: 'PP94-2021', sanctionCode: 'PP94-SEDANG-TUKIN', durationMonths: 6, pybmOfficial: 'pengawas' });
    expect(e2.code).toBe('INVALID_INPUT');
    expect(app.ctx.db.prepare('SELECT count(*) AS n FROM decisions').get()).toEqual({ n: 0 });
  });

  it('a medium sanction without a recorded position class is refused with what to do; a heavy one does not depend on it', async () => {
    const c = decisionCase({}, ['N-KAMPANYE-ATRIBUT']);
    const e = await fail('examination:saveDecision', { expectedVersion: 0, ...c, catalogueId: 'PP94-2021', sanctionCode: 'PP94-SEDANG-TUKIN', durationMonths: 6 });
    expect(e.message).toContain('Kelas jabatan Budi Santoso belum dicatat');
    const h = decisionCase({ nip: '199003152015032002' }, ['N-FASILITAS-NEGARA']);
    const d = await call<Decision>('examination:saveDecision', { expectedVersion: 0, ...h, catalogueId: 'PP94-2021', sanctionCode: 'PP94-BERAT-PELAKSANA', durationMonths: 12 });
    expect(d).toMatchObject({ pybmOfficial: 'ppk', pybmRule: 'PYBM-PP94-2021/2026.1#*-BERAT' });
  });

  it('a pelaksana with a medium sanction: the Administrator decides, must be named, and a Plh. prints as such', async () => {
    const c = decisionCase({ positionClass: 'pelaksana' }, ['N-KAMPANYE-ATRIBUT']);
    const base = { expectedVersion: 0, ...c, catalogueId: 'PP94-2021', sanctionCode: 'PP94-SEDANG-TUKIN', durationMonths: 6 };
    const e = await fail('examination:saveDecision', base);
    expect(e.message).toContain('Isi nama dan jabatan penandatangan (Pejabat Administrator)');
    const signatory = { title: 'SEKRETARIS DINAS PENDIDIKAN DAN KEBUDAYAAN KABUPATEN CONTOH', prefix: 'Plh.' as const, name: 'AHMAD FAUZI, S.Sos.', pangkat: 'Pembina', nip: '197808082005011003' };
    const d = await call<Decision>('examination:saveDecision', { ...base, signatory });
    expect(d).toMatchObject({ pybmOfficial: 'administrator', pybmRule: 'PYBM-PP94-2021/2026.1#PLK-SEDANG', signatory });
    const text = await pdfText(await call<PdfFile>('letters:draft', { caseId: c.caseId, type: 'sk', subject: `accused:${c.accusedId}` }), 'sk-plh-administrator');
    expect(text).toContain('KEPUTUSAN SEKRETARIS DINAS PENDIDIKAN DAN KEBUDAYAAN KABUPATEN CONTOH NOMOR');
    expect(text).toContain('Plh. SEKRETARIS DINAS PENDIDIKAN DAN KEBUDAYAAN KABUPATEN CONTOH,');
  });

  it('the head of the OPD decides but is not recorded: refused, naming the OPD', async () => {
    const other = createOpd(app.ctx, opdCreateSchema.parse({ name: 'Dinas Kesehatan' })).id;
    const c = decisionCase({ positionClass: 'jf_ahli_muda', jabatan: 'Perawat Ahli Muda' }, ['N-KAMPANYE-ATRIBUT'], other);
    const e = await fail('examination:saveDecision', { expectedVersion: 0, ...c, catalogueId: 'PP94-2021', sanctionCode: 'PP94-SEDANG-TUKIN', durationMonths: 9 });
    expect(e.message).toBe('Kepala OPD Dinas Kesehatan belum dicatat. Isi data kepala OPD di halaman OPD, atau isi penandatangan pada formulir keputusan.');
  });

  it('dismissal of a JF Ahli Utama is the President\'s: Sipena refuses to issue it', async () => {
    const c = decisionCase({ positionClass: 'jf_ahli_utama' }, ['N-FASILITAS-NEGARA']);
    const e = await fail('examination:saveDecision', { expectedVersion: 0, ...c, catalogueId: 'PP94-2021', sanctionCode: 'PP94-BERAT-PDHTAPS' });
    expect(e.message).toContain('ditetapkan oleh Presiden atas usul PPK');
  });

  it('a PPPK dismissal: the PPK decides; the SK terminates the contract (PP 49/2018 Pasal 52 ayat (3)), never "sebagai Pegawai Negeri Sipil"', async () => {
    const c = decisionCase({ name: 'Sri Wahyuni', nip: '198902252024212013', employmentType: 'PPPK', jabatan: 'Guru' }, ['N-DUKUNGAN-KTP']);
    const d = await call<Decision>('examination:saveDecision', { expectedVersion: 0, ...c, catalogueId: 'PP94-2021', sanctionCode: 'PP94-BERAT-PDHTAPS' });
    expect(d).toMatchObject({ pybmOfficial: 'ppk', pybmRule: 'PYBM-PP94-2021/2026.1#PPPK-BERAT' });
    const text = await pdfText(await call<PdfFile>('letters:draft', { caseId: c.caseId, type: 'sk', subject: `accused:${c.accusedId}` }), 'sk-pppk-termination');
    expect(text).toContain('KEPUTUSAN BUPATI CONTOH');
    expect(text).toContain('PEMUTUSAN HUBUNGAN PERJANJIAN KERJA SEBAGAI PEGAWAI PEMERINTAH DENGAN PERJANJIAN KERJA');
    expect(text).toContain('Peraturan Pemerintah Nomor 49 Tahun 2018 Pasal 52 ayat (3)');
    expect(text).toContain('berupa pemutusan hubungan perjanjian kerja kepada');
    expect(text).not.toContain('sebagai Pegawai Negeri Sipil');
  });

  it('a PPPK teacher (no class recorded) with a medium sanction: the head of the OPD, by the PPPK row', async () => {
    const c = decisionCase({ name: 'Sri Wahyuni', nip: '198902252024212013', employmentType: 'PPPK', jabatan: 'Guru' }, ['N-KAMPANYE-ATRIBUT']);
    const d = await call<Decision>('examination:saveDecision', { expectedVersion: 0, ...c, catalogueId: 'PP94-2021', sanctionCode: 'PP94-SEDANG-TUKIN', durationMonths: 6 });
    expect(d).toMatchObject({ pybmOfficial: 'kepala_opd', pybmRule: 'PYBM-PP94-2021/2026.1#PPPK-SEDANG' });
  });
});
