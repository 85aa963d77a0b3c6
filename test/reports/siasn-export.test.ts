/**
 * The SIASN export: one row of SIASN's disciplinary record per issued disciplinary SK,
 * field by field, from the real path (decision, issued SK, recorded delivery, appeal
 * outcome); rows that cannot be exported are named with the reason; CSV and XLSX keep
 * every cell text (NIPs whole) and neutralise formulas.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../../electron/cli/main.ts';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSiasnRow, EMPTY_SIASN_MAPPING, SIASN_COLUMNS } from '../../shared/reports/siasn.ts';
import type { SiasnExportResult, SiasnFacts, SiasnMapping } from '../../shared/reports/siasn.ts';
import type { Decision } from '../../shared/examination/types.ts';
import { addTestUser, tempApp } from '../support/temp-app.ts';
import { decidedCase, HANDED_OVER } from '../support/decided-case.ts';
import { callFail, callOk } from '../support/dispatch.ts';

let app: Awaited<ReturnType<typeof tempApp>>;
let now: Date;
beforeEach(() => {
  now = new Date('2024-12-02T03:00:00Z');
});
afterEach(() => app.close());
const at = (iso: string) => {
  now = new Date(iso);
  app.ctx.session.lastActivity = now.getTime();
};

const MAPPING: SiasnMapping = {
  sanction: { 'PP94-SEDANG-TUKIN': '21', 'PP94-BERAT-TURUN-JABATAN': '31', 'PP94-BERAT-PDHTAPS': '35' },
  reason: { 'N-FASILITAS-NEGARA': '804', 'N-KAMPANYE-ATRIBUT': '802' },
  golongan: { 'III/b': '32', IX: '109' },
  kedudukanHukum: '01',
};

const decided = (sanctionCode: string, durationMonths: number | null, accused: { name: string; nip: string; golongan?: string }) => decidedCase(app.ctx, sanctionCode, durationMonths, accused);

const exportRows = async (from: string, to: string) => {
  const res = await callOk(app.ctx, 'reports:siasnExport', { from, to, format: 'csv' });
  const text = Buffer.from(res.fileBase64, 'base64').toString('utf8');
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true });
  return { res, rows: parsed.data, header: parsed.meta.fields };
};

describe('SIASN export', () => {
  it('writes one row per delivered disciplinary SK, field by field (medium, heavy, annulled), and names every row it leaves out', async () => {
    app = await tempApp(undefined, { clock: () => now });
    const medium = await decided('PP94-SEDANG-TUKIN', 9, { name: 'Sri Wahyuni', nip: '198902252015032013', golongan: 'III/b' });
    const heavy = await decided('PP94-BERAT-TURUN-JABATAN', 12, { name: 'Budi Santoso', nip: '198609262015051001', golongan: 'III/b' });
    const dismissed = await decided('PP94-BERAT-PDHTAPS', null, { name: 'Agus Salim', nip: '197501012000031002', golongan: 'III/b' });
    await decided('PP94-BERAT-TURUN-JABATAN', 12, { name: 'Dewi Lestari', nip: '199001012015042002' });
    at('2024-12-05T03:00:00Z');
    for (const c of [medium, heavy, dismissed]) {
      await callOk(app.ctx, 'examination:recordDelivery', { caseId: c.id, accusedId: c.accusedId, deliveredOn: '2024-12-04', ...HANDED_OVER });
    }
    const filed = await callOk(app.ctx, 'examination:fileAppeal', { caseId: dismissed.id, accusedId: dismissed.accusedId, kind: 'banding', filedOn: '2024-12-05', addressedTo: 'Badan Pertimbangan Aparatur Sipil Negara' });
    at('2025-02-03T03:00:00Z');
    await callOk(app.ctx, 'examination:appealOutcome', { id: (filed as Decision).appeals[0]!.id, outcome: 'annulled', outcomeNumber: 'BPASN/1/2025', outcomeDate: '2025-02-03' });

    // Nothing is mapped yet: every row is left out, each with every reason.
    const unmapped = await exportRows('2024-12-01', '2024-12-31');
    expect(unmapped.res.exported).toBe(0);
    expect(unmapped.res.skipped.find((s) => s.name === 'Sri Wahyuni')!.reason).toBe(
      'kode jenis hukuman PP94-SEDANG-TUKIN belum dipetakan ke ID SIASN; kode alasan hukuman N-KAMPANYE-ATRIBUT belum dipetakan ke ID SIASN; kode golongan III/b belum dipetakan ke ID SIASN; kode kedudukan hukum aktif belum dipetakan ke ID SIASN',
    );

    expect(await callOk(app.ctx, 'reports:saveSiasnMapping', { ...MAPPING, expectedVersion: 0 })).toEqual({ mapping: MAPPING, version: 1 });
    // A form loaded before that save is refused: the table is saved whole, so a stale save would undo it.
    expect((await callFail(app.ctx, 'reports:saveSiasnMapping', { ...EMPTY_SIASN_MAPPING, expectedVersion: 0 })).code).toBe('STALE');
    expect(await callOk(app.ctx, 'reports:siasnMapping', {})).toMatchObject({ mapping: MAPPING, version: 1 });
    app.ctx.db.prepare("UPDATE employees SET siasn_person_id = 'A8ACA7-PNS-0001' WHERE nip = '198609262015051001'").run();
    const { res, rows, header } = await exportRows('2024-12-01', '2024-12-31');
    expect(header).toEqual([...SIASN_COLUMNS]);
    expect(res).toMatchObject({ exported: 3, fileName: 'siasn-hukdis-2024-12-01-2024-12-31.csv' });
    expect(res.skipped).toEqual([{ registerNo: expect.any(String), nip: '199001012015042002', name: 'Dewi Lestari', reason: 'SK belum tercatat disampaikan, sehingga tanggal mulai hukuman belum diketahui' }]);
    const byNip = new Map(rows.map((r) => [r.nip, r]));
    // Medium: 9 months cut in allowance from day 15 after receipt (4 Dec -> 19 Dec 2024).
    expect(byNip.get('198902252015032013')).toEqual({
      nip: '198902252015032013',
      nama: 'Sri Wahyuni',
      pnsOrangId: '',
      skNomor: medium.skNumber,
      skTanggal: '02-12-2024',
      hukumanTanggal: '19-12-2024',
      akhirHukumanTanggal: '18-09-2025',
      masaTahun: '0',
      masaBulan: '9',
      jenisHukumanId: '21',
      jenisTingkatHukumanId: 'S',
      alasanHukumanDisiplinId: '802',
      nomorPp: '94 Tahun 2021',
      keterangan: expect.stringContaining('Pemotongan tunjangan kinerja sebesar 25%'),
      golonganId: '32',
      kedudukanHukumId: '01',
      skPembatalanNomor: '',
      skPembatalanTanggal: '',
      // The case the row comes from, and which state of it (the case bundles sent to the province carry the same pair).
      caseUuid: app.ctx.db.prepare('SELECT case_uuid FROM cases WHERE id = ?').pluck().get(medium.id),
      revision: String(app.ctx.db.prepare('SELECT revision FROM cases WHERE id = ?').pluck().get(medium.id)),
    });
    expect(byNip.get('198609262015051001')).toMatchObject({ pnsOrangId: 'A8ACA7-PNS-0001', skNomor: heavy.skNumber, hukumanTanggal: '19-12-2024', akhirHukumanTanggal: '18-12-2025', masaTahun: '1', masaBulan: '0', jenisHukumanId: '31', jenisTingkatHukumanId: 'B', alasanHukumanDisiplinId: '804' });
    // Annulled by BPASN: the annulment's number and date, and the sanction ended that day.
    expect(byNip.get('197501012000031002')).toMatchObject({
      skNomor: dismissed.skNumber,
      jenisHukumanId: '35',
      jenisTingkatHukumanId: 'B',
      masaTahun: '0',
      masaBulan: '0',
      akhirHukumanTanggal: '03-02-2025',
      skPembatalanNomor: 'BPASN/1/2025',
      skPembatalanTanggal: '03-02-2025',
      keterangan: expect.stringContaining('banding administratif dibatalkan dengan keputusan BPASN/1/2025 tanggal 03-02-2025'),
    });
    // The period is the SK date: nothing was issued in November.
    expect((await exportRows('2024-11-01', '2024-11-30')).res).toMatchObject({ exported: 0, skipped: [] });
  });

  it('exports the sanction in force: a later upheld appeal leaves the lightened sanction standing (as the register shows it)', async () => {
    app = await tempApp(undefined, { clock: () => now });
    const c = await decided('PP94-BERAT-TURUN-JABATAN', 12, { name: 'Budi Santoso', nip: '198609262015051001', golongan: 'III/b' });
    at('2024-12-05T03:00:00Z');
    await callOk(app.ctx, 'examination:recordDelivery', { caseId: c.id, accusedId: c.accusedId, deliveredOn: '2024-12-04', ...HANDED_OVER });
    const first = await callOk(app.ctx, 'examination:fileAppeal', { caseId: c.id, accusedId: c.accusedId, kind: 'keberatan', filedOn: '2024-12-05', addressedTo: 'Bupati Contoh selaku Pejabat Pembina Kepegawaian' });
    at('2025-01-06T03:00:00Z');
    await callOk(app.ctx, 'examination:appealOutcome', { id: (first as Decision).appeals[0]!.id, outcome: 'lightened', outcomeNumber: '800/2/2025', outcomeDate: '2025-01-06', sanctionCode: 'PP94-SEDANG-TUKIN', durationMonths: 6 });
    const second = await callOk(app.ctx, 'examination:fileAppeal', { caseId: c.id, accusedId: c.accusedId, kind: 'keberatan', filedOn: '2025-01-06', addressedTo: 'Bupati Contoh selaku Pejabat Pembina Kepegawaian' });
    at('2025-02-03T03:00:00Z');
    await callOk(app.ctx, 'examination:appealOutcome', { id: (second as Decision).appeals.at(-1)!.id, outcome: 'upheld', outcomeNumber: '800/9/2025', outcomeDate: '2025-02-03' });
    await callOk(app.ctx, 'reports:saveSiasnMapping', { ...MAPPING, expectedVersion: 0 });
    const [row] = (await exportRows('2024-12-01', '2024-12-31')).rows;
    const [inRegister] = (await callOk(app.ctx, 'sanctions:list', { status: 'all' })).rows;
    expect(inRegister).toMatchObject({ sanctionCode: 'PP94-SEDANG-TUKIN', durationMonths: 6 });
    expect(row).toMatchObject({ jenisHukumanId: '21', jenisTingkatHukumanId: 'S', masaTahun: '0', masaBulan: '6', skPembatalanNomor: '' });
    expect(row!.keterangan).toContain('keberatan diperingan dengan keputusan 800/2/2025 tanggal 06-01-2025');
  });

  it('writes XLSX with every cell as text: NIPs whole, formulas neutralised, header frozen and filterable', async () => {
    app = await tempApp(undefined, { clock: () => now });
    await decided('PP94-BERAT-TURUN-JABATAN', 12, { name: '=HYPERLINK("http://x")', nip: '198609262015051001', golongan: 'III/b' });
    at('2024-12-05T03:00:00Z');
    const c = app.ctx.db.prepare('SELECT case_id AS id, accused_id AS accusedId FROM decisions').get() as { id: number; accusedId: number };
    await callOk(app.ctx, 'examination:recordDelivery', { caseId: c.id, accusedId: c.accusedId, deliveredOn: '2024-12-04', ...HANDED_OVER });
    await callOk(app.ctx, 'reports:saveSiasnMapping', { ...MAPPING, expectedVersion: 0 });
    const res: SiasnExportResult = await callOk(app.ctx, 'reports:siasnExport', { from: '2024-12-01', to: '2024-12-31', format: 'xlsx' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(res.fileBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('hukdis')!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...SIASN_COLUMNS]);
    expect(sheet.getCell('A2').value).toBe('198609262015051001');
    expect(typeof sheet.getCell('A2').value).toBe('string');
    expect(sheet.getCell('B2').value).toBe('\'=HYPERLINK("http://x")');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
  });

  it('builds a light sanction row with level R and no period (a pure check: neutrality violations carry no light sanction)', () => {
    const facts: SiasnFacts = {
      registerNo: 'REG/0001/INSP/2024',
      caseUuid: '1b4e28ba-2fa1-4d2b-883f-0016d3cca427',
      revision: 7,
      nip: '198609262015051001',
      name: 'Budi Santoso',
      pnsOrangId: null,
      golongan: null,
      skNumber: '800/1/SK-HD/2024',
      skDate: '2024-12-02',
      effectiveDate: '2024-12-19',
      endDate: null,
      sanctionCode: 'PP94-RINGAN-TERTULIS',
      level: 'ringan',
      durationMonths: null,
      violationCodes: ['X-1'],
      regulationNumber: '94 Tahun 2021',
      annulment: null,
      note: 'Teguran tertulis',
    };
    const mapping = { ...EMPTY_SIASN_MAPPING, sanction: { 'PP94-RINGAN-TERTULIS': '12' }, reason: { 'X-1': '9' }, kedudukanHukum: '01' };
    expect(buildSiasnRow(facts, mapping)).toEqual({
      ok: true,
      row: expect.objectContaining({ caseUuid: '1b4e28ba-2fa1-4d2b-883f-0016d3cca427', revision: '7', jenisTingkatHukumanId: 'R', jenisHukumanId: '12', masaTahun: '0', masaBulan: '0', hukumanTanggal: '19-12-2024', akhirHukumanTanggal: '', golonganId: '' }),
    });
  });

  it('cli export siasn: writes the file by its extension and the issued SK PDFs beside it, and prints what it left out', async () => {
    app = await tempApp(undefined, { clock: () => now });
    const done = await decided('PP94-BERAT-TURUN-JABATAN', 12, { name: 'Budi Santoso', nip: '198609262015051001', golongan: 'III/b' });
    const pending = await decided('PP94-SEDANG-TUKIN', 6, { name: 'Dewi Lestari', nip: '199001012015042002' });
    at('2024-12-05T03:00:00Z');
    await callOk(app.ctx, 'examination:recordDelivery', { caseId: done.id, accusedId: done.accusedId, deliveredOn: '2024-12-04', ...HANDED_OVER });
    await callOk(app.ctx, 'reports:saveSiasnMapping', { ...MAPPING, expectedVersion: 0 });
    const issued = app.ctx.db.prepare("SELECT pdf FROM issued_letters WHERE number = ?").get(done.skNumber) as { pdf: Buffer } | undefined;
    const pendingRegister = (app.ctx.db.prepare('SELECT register_no AS r FROM cases WHERE id = ?').get(pending.id) as { r: string }).r;
    app.ctx.db.close();
    const out: string[] = [];
    const code = await runCli(['export', 'siasn', '--from', '2024-12-01', '--to', '2024-12-31', '--out', join(app.dir, 'hukdis.xlsx'), '--data', app.dir], { out: (l) => out.push(l), err: (l) => out.push(l) });
    expect(code).toBe(0);
    expect(out).toEqual(['exported 1, skipped 1', `skipped ${pendingRegister} 199001012015042002 Dewi Lestari: SK belum tercatat disampaikan, sehingga tanggal mulai hukuman belum diketahui`]);
    expect(existsSync(join(app.dir, 'hukdis.xlsx'))).toBe(true);
    const pdfs = readdirSync(join(app.dir, 'hukdis-sk'));
    expect(pdfs).toEqual([`${done.skNumber.replace(/[^A-Za-z0-9.]+/g, '-')}.pdf`]);
    const bytes = readFileSync(join(app.dir, 'hukdis-sk', pdfs[0]!));
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.equals(issued!.pdf)).toBe(true);
    expect(await runCli(['export', 'siasn', '--from', '2024-12-01', '--to', '2024-12-31', '--out', join(app.dir, 'x.txt'), '--data', app.dir], { out: () => undefined, err: (l) => out.push(l) })).toBe(1);
    expect(out.at(-1)).toBe('export: --out must end in .csv or .xlsx (got "' + join(app.dir, 'x.txt') + '")');
  });

  it('lets clerks and officials export, only the administrator change the mapping; refuses a period that ends before it starts', async () => {
    app = await tempApp(undefined, { clock: () => now });
    await addTestUser(app.ctx, 'sari', 'clerk', { signIn: true });
    expect(await callOk(app.ctx, 'reports:siasnExport', { from: '2024-01-01', to: '2024-12-31' })).toMatchObject({ exported: 0 });
    expect(await callFail(app.ctx, 'reports:saveSiasnMapping', { ...MAPPING, expectedVersion: 0 })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await callFail(app.ctx, 'reports:siasnExport', { from: '2024-12-31', to: '2024-01-01' })).toMatchObject({ code: 'INVALID_INPUT', fields: { to: 'tanggal akhir sebelum tanggal awal' } });
    await addTestUser(app.ctx, 'pengamat', 'viewer', { signIn: true });
    expect(await callFail(app.ctx, 'reports:siasnExport', { from: '2024-01-01', to: '2024-12-31' })).toMatchObject({ code: 'FORBIDDEN' });
  });
});
