/**
 * Recaps against a hand-counted register: six cases in two OPDs (one outside the period),
 * seven accused, decided, sanctioned and annulled through the real services; every pivot
 * cell and total checked; the XLSX read back cell by cell; the CLI; who may call.
 *
 * The register (incident dates; period 1 Oct - 31 Dec 2024):
 *   C1 OPD A  Bawaslu rekomendasi  FAS        P1 PNS   decided heavy, SK issued        -> status decision
 *   C2 OPD A  Bawaslu temuan       KAMP, FAS  P2 PNS, P3 PPPK  not decided            -> summons_1
 *   C3 OPD B  BKN (kind unset)     KAMP       P4 PPPK  decided medium, no SK          -> decision
 *   C4 OPD B  public complaint     FAS        P5 PNS                                  -> registered
 *   C5 OPD A  Bawaslu rekomendasi  FAS        P6 PNS   (15 Sep 2024: outside)          -> registered
 *   C6 OPD B  Bawaslu rekomendasi  FAS        P7 PNS   decided heavy, SK issued, annulled on appeal -> closed
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main.ts';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { createOpd } from '../../electron/main/employees/opd-service.ts';
import { saveDecision } from '../../electron/main/examination/decision-service.ts';
import { issueLetter } from '../../electron/main/letters/issue-service.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import { opdCreateSchema } from '../../shared/employees/schemas.ts';
import { decisionSaveSchema } from '../../shared/examination/schemas.ts';
import type { Decision } from '../../shared/examination/types.ts';
import type { RecapCounts, RecapQuery, RecapResult } from '../../shared/reports/recap.ts';
import { addTestUser, tempApp, validCase } from '../support/temp-app.ts';
import { HANDED_OVER } from '../support/decided-case.ts';
import { callFail, callOk } from '../support/dispatch.ts';
import { extractPdfText, pdfPageSizes } from '../support/pdf-text.ts';
import { renderPdf } from '../../electron/main/letters/render-pdf.ts';

const FAS = 'N-FASILITAS-NEGARA';
const KAMP = 'N-KAMPANYE-ATRIBUT';
const PERIOD = { from: '2024-10-01', to: '2024-12-31' };

let app: Awaited<ReturnType<typeof tempApp>>;
let now: Date;
beforeEach(() => {
  now = new Date('2024-12-02T03:00:00Z');
});
afterEach(() => app.close());

type Person = { name: string; nip: string; employmentType: 'PNS' | 'PPPK' };
const P = {
  p1: { name: 'Budi Santoso', nip: '198609262015051001', employmentType: 'PNS' },
  p2: { name: 'Sri Wahyuni', nip: '198902252015032013', employmentType: 'PNS' },
  p3: { name: 'Rina Marlina', nip: '198902252024211013', employmentType: 'PPPK' },
  p4: { name: 'Yusuf Hidayat', nip: '199103122023211007', employmentType: 'PPPK' },
  p5: { name: 'Agus Salim', nip: '197501012000031002', employmentType: 'PNS' },
  p6: { name: 'Dewi Lestari', nip: '199001012015042002', employmentType: 'PNS' },
  p7: { name: 'Hendra Gunawan', nip: '198512312010011004', employmentType: 'PNS' },
} satisfies Record<string, Person>;

interface Fixture {
  opdA: number;
  opdB: number;
}

async function buildRegister(): Promise<Fixture> {
  const ctx = app.ctx;
  const opd = (name: string) => createOpd(ctx, opdCreateSchema.parse({ name, headTitle: `KEPALA ${name.toUpperCase()}`, headName: 'Dra. SITI AMINAH', headNip: '197205141998032004', headPangkat: 'Pembina Utama Muda' })).id;
  const opdA = opd('Dinas Pendidikan');
  const opdB = opd('Dinas Kesehatan');
  let n = 0;
  const add = (opdId: number, source: string, sourceKind: string, incidentDate: string, violationCodes: string[], people: Person[]) => {
    const c = createCase(
      ctx,
      caseCreateSchema.parse({
        ...validCase,
        source,
        sourceKind,
        sourceRef: `REF/${++n}`,
        opdId,
        incidentDate,
        violationCodes,
        accused: people.map((p) => ({ ...p, jabatan: 'Guru', unitKerja: 'SDN 1', positionClass: 'pengawas' })),
        ...(source === 'public_complaint' ? { reporter: { anonymous: true } } : {}),
        acknowledgeDuplicates: true,
      }),
    );
    const accused = ctx.db.prepare('SELECT id FROM case_accused WHERE case_id = ? ORDER BY position').all(c.id) as { id: number }[];
    return { id: c.id, accused: accused.map((a) => a.id) };
  };
  const decide = (c: { id: number; accused: number[] }, sanctionCode: string, durationMonths: number | null) => {
    ctx.db.prepare("UPDATE cases SET status = 'decision' WHERE id = ?").run(c.id);
    saveDecision(ctx, decisionSaveSchema.parse({ expectedVersion: 0, caseId: c.id, accusedId: c.accused[0]!, catalogueId: 'PP94-2021', sanctionCode, durationMonths }));
  };
  const c1 = add(opdA, 'bawaslu', 'recommendation', '2024-10-20', [FAS], [P.p1]);
  const c2 = add(opdA, 'bawaslu', 'finding', '2024-11-05', [KAMP, FAS], [P.p2, P.p3]);
  const c3 = add(opdB, 'bkn', '', '2024-11-20', [KAMP], [P.p4]);
  const c4 = add(opdB, 'public_complaint', '', '2024-12-01', [FAS], [P.p5]);
  add(opdA, 'bawaslu', 'recommendation', '2024-09-15', [FAS], [P.p6]);
  const c6 = add(opdB, 'bawaslu', 'recommendation', '2024-10-25', [FAS], [P.p7]);
  decide(c1, 'PP94-BERAT-TURUN-JABATAN', 12);
  await issueLetter(ctx, { caseId: c1.id, type: 'sk', subject: `accused:${c1.accused[0]}` });
  decide(c3, 'PP94-SEDANG-TUKIN', 6);
  decide(c6, 'PP94-BERAT-PDHTAPS', null);
  await issueLetter(ctx, { caseId: c6.id, type: 'sk', subject: `accused:${c6.accused[0]}` });
  now = new Date('2024-12-05T03:00:00Z');
  ctx.session.lastActivity = now.getTime();
  await callOk(ctx, 'examination:recordDelivery', { caseId: c6.id, accusedId: c6.accused[0]!, deliveredOn: '2024-12-04', ...HANDED_OVER });
  const filed = await callOk(ctx, 'examination:fileAppeal', { caseId: c6.id, accusedId: c6.accused[0]!, kind: 'banding', filedOn: '2024-12-05', addressedTo: 'Badan Pertimbangan Aparatur Sipil Negara' });
  now = new Date('2025-02-03T03:00:00Z');
  ctx.session.lastActivity = now.getTime();
  await callOk(ctx, 'examination:appealOutcome', { id: (filed as Decision).appeals[0]!.id, outcome: 'annulled', outcomeNumber: 'BPASN/1/2025', outcomeDate: '2025-02-03' });
  // The statuses the register reads (the examination steps themselves are not the point here).
  const setStatus = ctx.db.prepare('UPDATE cases SET status = ? WHERE id = ?');
  setStatus.run('decision', c1.id);
  setStatus.run('summons_1', c2.id);
  setStatus.run('decision', c3.id);
  setStatus.run('registered', c4.id);
  setStatus.run('closed', c6.id);
  return { opdA, opdB };
}

const counts = (accused: number, recommended: number, decided: number, sanctioned: number): RecapCounts => ({ accused, recommended, decided, sanctioned });
const recap = (q: Omit<RecapQuery, 'filters'> & { filters?: Partial<RecapQuery['filters']> }) => callOk(app.ctx, 'reports:recap', { ...q, filters: { ...PERIOD, ...q.filters } } as RecapQuery);

/** The table as { row label: { column label: accused } } for reading the assertions like the printed table. */
function grid(r: RecapResult): Record<string, Record<string, number>> {
  return Object.fromEntries(r.rows.map((h, i) => [h.label, Object.fromEntries(r.columns.map((c, j) => [c.label, r.cells[i]![j]!.accused]))]));
}

describe('recaps', () => {
  it('counts every pivot cell and total as hand-counted, each person once in the totals', async () => {
    app = await tempApp(undefined, { clock: () => now });
    await buildRegister();

    const byOpd = await recap({ rows: 'opd' });
    // Three accused each: equal totals are ordered by name.
    expect(byOpd.rows.map((h) => h.label)).toEqual(['Dinas Kesehatan', 'Dinas Pendidikan']);
    const opdTotals = Object.fromEntries(byOpd.rows.map((h, i) => [h.label, byOpd.rowTotals[i]]));
    // A: P1 (recommended, decided, sanctioned), P2 and P3 (a Bawaslu finding, not decided).
    expect(opdTotals['Dinas Pendidikan']).toEqual(counts(3, 1, 1, 1));
    // B: P4 (BKN with the kind unset: a recommendation; decided, no SK), P5, P7 (recommended, decided, SK annulled on appeal).
    expect(opdTotals['Dinas Kesehatan']).toEqual(counts(3, 2, 2, 0));
    expect(byOpd.total).toEqual(counts(6, 3, 3, 1));
    expect(byOpd.cases).toBe(5);
    expect(byOpd.columns).toEqual([]);

    const opdByType = await recap({ rows: 'opd', columns: 'employment' });
    expect(opdByType.columns.map((c) => c.label)).toEqual(['PNS', 'PPPK']);
    expect(grid(opdByType)).toEqual({ 'Dinas Pendidikan': { PNS: 2, PPPK: 1 }, 'Dinas Kesehatan': { PNS: 2, PPPK: 1 } });
    expect(opdByType.columnTotals).toEqual([counts(4, 2, 2, 1), counts(2, 1, 1, 0)]);
    expect(opdByType.total).toEqual(counts(6, 3, 3, 1));

    // By violation a person counts under each violation of the case (C2 names two), the OPD totals each person once.
    const violationByOpd = await recap({ rows: 'violation', columns: 'opd' });
    const v = grid(violationByOpd);
    const fas = violationByOpd.rows.find((h) => h.key === FAS)!.label;
    const kamp = violationByOpd.rows.find((h) => h.key === KAMP)!.label;
    expect(violationByOpd.rows.map((h) => h.key)).toEqual([FAS, KAMP]);
    expect(v).toEqual({ [fas]: { 'Dinas Pendidikan': 3, 'Dinas Kesehatan': 2 }, [kamp]: { 'Dinas Pendidikan': 2, 'Dinas Kesehatan': 1 } });
    expect(violationByOpd.rowTotals).toEqual([counts(5, 2, 2, 1), counts(3, 1, 1, 0)]);
    expect(violationByOpd.columns.map((c) => c.label)).toEqual(['Dinas Kesehatan', 'Dinas Pendidikan']);
    expect(violationByOpd.columnTotals).toEqual([counts(3, 2, 2, 0), counts(3, 1, 1, 1)]);
    expect(violationByOpd.total.accused).toBe(6);
    // The same split the other way round: the violation totals are then the row totals' twins.
    const opdByViolation = await recap({ rows: 'opd', columns: 'violation' });
    expect(opdByViolation.rowTotals.map((c) => c.accused)).toEqual([3, 3]);
    expect(opdByViolation.columnTotals).toEqual([counts(5, 2, 2, 1), counts(3, 1, 1, 0)]);

    const statusByLevel = await recap({ rows: 'status', columns: 'level' });
    expect(statusByLevel.rows.map((h) => h.key)).toEqual(['registered', 'summons_1', 'decision', 'closed']);
    expect(statusByLevel.rows.map((h) => h.label)).toEqual(['Teregistrasi', 'Pemeriksaan (Panggilan I)', 'Keputusan', 'Selesai']);
    expect(statusByLevel.columns.map((h) => h.label)).toEqual(['Sedang', 'Berat', 'Belum diputus']);
    expect(statusByLevel.cells.map((row) => row.map((c) => c.accused))).toEqual([
      [0, 0, 1],
      [0, 0, 2],
      [1, 1, 0],
      [0, 1, 0],
    ]);

    const bySanction = await recap({ rows: 'sanction', columns: 'source' });
    expect(bySanction.rows.slice(0, 3).map((h) => h.key).sort()).toEqual(['PP94-BERAT-PDHTAPS', 'PP94-BERAT-TURUN-JABATAN', 'PP94-SEDANG-TUKIN']);
    expect(bySanction.rows.at(-1)).toEqual({ key: 'none', label: 'Belum diputus' });
    expect(bySanction.rowTotals.at(-1)).toEqual(counts(3, 0, 0, 0));
    expect(bySanction.columns.map((h) => h.label)).toEqual(['Bawaslu', 'BKN', 'Pengaduan masyarakat']);
    expect(bySanction.columnTotals).toEqual([counts(4, 2, 2, 1), counts(1, 1, 1, 0), counts(1, 0, 0, 0)]);

    const byMonth = await recap({ rows: 'period' });
    expect(byMonth.rows).toEqual([
      { key: '2024-10', label: 'Oktober 2024' },
      { key: '2024-11', label: 'November 2024' },
      { key: '2024-12', label: 'Desember 2024' },
    ]);
    expect(byMonth.rowTotals.map((c) => c.accused)).toEqual([2, 3, 1]);
  });

  it('counts a person as recommended when the recommendation register names them, whatever the case source (a KemenPANRB letter)', async () => {
    app = await tempApp(undefined, { clock: () => now });
    const { id } = await callOk(app.ctx, 'recommendations:create', {
      issuer: 'kemenpanrb',
      issuerName: 'Kementerian PANRB',
      letterNumber: 'B/101/KASN/11/2024',
      letterDate: '2024-11-01',
      receivedDate: '2024-11-04',
      employees: [{ name: 'Rina Kartika', nip: '199203142020122001', employmentType: 'PNS', violationCode: FAS }],
    });
    await callOk(app.ctx, 'recommendations:createCases', { recommendationId: id, incidentDate: '2024-10-20', incidentPlace: 'Kantor Desa' });
    // A person the register does not name, in a case from the same source, is not counted.
    createCase(app.ctx, caseCreateSchema.parse({ ...validCase, source: 'kemenpanrb', incidentDate: '2024-10-21', acknowledgeDuplicates: true }));
    const r = await recap({ rows: 'source' });
    expect(r.rows.map((h) => h.key)).toEqual(['kemenpanrb']);
    expect(r.total).toEqual(counts(2, 1, 0, 0));
  });

  it('applies every filter and the period', async () => {
    app = await tempApp(undefined, { clock: () => now });
    const { opdA } = await buildRegister();
    const total = async (filters: Partial<RecapQuery['filters']>) => {
      const r = await recap({ rows: 'opd', filters });
      return { ...r.total, cases: r.cases };
    };
    expect(await total({ employmentType: 'PPPK' })).toEqual({ ...counts(2, 1, 1, 0), cases: 2 });
    expect(await total({ violationCode: KAMP })).toEqual({ ...counts(3, 1, 1, 0), cases: 2 });
    expect(await total({ level: 'berat' })).toEqual({ ...counts(2, 2, 2, 1), cases: 2 });
    expect(await total({ sanctionCode: 'none' })).toEqual({ ...counts(3, 0, 0, 0), cases: 2 });
    expect(await total({ source: 'bkn' })).toEqual({ ...counts(1, 1, 1, 0), cases: 1 });
    expect(await total({ status: 'decision' })).toEqual({ ...counts(2, 2, 2, 1), cases: 2 });
    expect(await total({ opdId: opdA })).toEqual({ ...counts(3, 1, 1, 1), cases: 2 });
    // September takes C5 in.
    expect(await total({ from: '2024-09-01' })).toEqual({ ...counts(7, 4, 3, 1), cases: 6 });
    expect(await total({ from: '2025-01-01', to: '2025-12-31' })).toEqual({ ...counts(0, 0, 0, 0), cases: 0 });
    const filtered = await recap({ rows: 'status', filters: { opdId: opdA, employmentType: 'PNS' } });
    expect(filtered.filterLines).toEqual(['OPD: Dinas Pendidikan', 'Jenis kepegawaian: PNS']);
  });

  it('writes XLSX with real numbers and dates, the header frozen and filtered, formulas neutralised', async () => {
    app = await tempApp(undefined, { clock: () => now });
    const { opdA } = await buildRegister();
    app.ctx.db.prepare("UPDATE opds SET name = '=SUM(A1)' WHERE id = ?").run(opdA);
    const { logoFile: _logo, version, ...office } = (await callOk(app.ctx, 'letters:settings', {})) as unknown as Record<string, unknown> & { version: number };
    await callOk(app.ctx, 'letters:saveSettings', { ...office, bknInstansiCode: '3317', expectedVersion: version } as never);
    const file = await callOk(app.ctx, 'reports:recapExport', { query: { filters: PERIOD, rows: 'period', columns: 'opd' }, format: 'xlsx' });
    expect(file.fileName).toBe('rekap-period-opd-2024-10-01-2024-12-31.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.fileBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Rekap')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Bulan kejadian', "'=SUM(A1)", 'Dinas Kesehatan', 'Terlapor', 'Rekomendasi', 'Diputus', 'Dijatuhi hukuman']);
    // Equal totals, ordered by name ("=" before "D"). October: P1 (A), P7 (B); November: P2 and P3 (A), P4 (B); December: P5 (B).
    const row = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(row(2)).toEqual([new Date('2024-10-01T00:00:00Z'), 1, 1, 2, 2, 2, 1]);
    expect(row(3)).toEqual([new Date('2024-11-01T00:00:00Z'), 2, 1, 3, 1, 1, 0]);
    expect(row(4)).toEqual([new Date('2024-12-01T00:00:00Z'), 0, 1, 1, 0, 0, 0]);
    expect(row(5)).toEqual(['Jumlah', 3, 3, 6, 3, 3, 1]);
    expect(sheet.getCell('A2').value).toBeInstanceOf(Date);
    expect(sheet.getCell('A2').numFmt).toBe('mmm yyyy');
    expect(typeof sheet.getCell('B2').value).toBe('number');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 1 });
    // The filter covers the header and the months, not the total row.
    expect(sheet.autoFilter).toBe('A1:G4');

    const data = book.getWorksheet('Data')!;
    expect((data.getRow(1).values as unknown[]).slice(1)).toEqual(['Bulan kejadian', 'OPD', 'Terlapor', 'Rekomendasi', 'Diputus', 'Dijatuhi hukuman']);
    expect(data.rowCount).toBe(1 + 5);
    expect((data.getRow(2).values as unknown[]).slice(1)).toEqual([new Date('2024-10-01T00:00:00Z'), "'=SUM(A1)", 1, 1, 1, 1]);
    expect(data.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(data.autoFilter).toBe('A1:F6');

    const info = book.getWorksheet('Keterangan')!;
    const infoRows = new Map<string, unknown>();
    info.eachRow((r) => infoRows.set(String(r.getCell(1).value), r.getCell(2).value));
    expect(infoRows.get('Kejadian dari tanggal')).toEqual(new Date('2024-10-01T00:00:00Z'));
    expect(infoRows.get('sampai tanggal')).toEqual(new Date('2024-12-31T00:00:00Z'));
    expect(infoRows.get('Jumlah kasus')).toBe(5);
    // Who made it: the office and its BKN instansi code, as every export carries them for the province.
    expect(infoRows.get('Dibuat oleh')).toBe('INSPEKTORAT (kode instansi BKN 3317)');
  });

  it('prints the recap on A4 or F4 with the letterhead, the table, both charts and the signature', async () => {
    app = await tempApp(undefined, { clock: () => now });
    await buildRegister();
    const file = await callOk(app.ctx, 'reports:recapExport', { query: { filters: PERIOD, rows: 'opd', columns: 'employment' }, format: 'pdf', paper: 'F4' });
    expect(file.fileName).toBe('rekap-opd-employment-2024-10-01-2024-12-31.pdf');
    const bytes = Buffer.from(file.fileBase64, 'base64');
    // Two columns and four totals fit a portrait F4 page (215 x 330 mm).
    expect((await pdfPageSizes(bytes))[0]).toEqual({ width: 609.45, height: 935.43 });
    const text = (await extractPdfText(bytes)).join('\n').replace(/\s+/g, ' ');
    for (const expected of ['PEMERINTAH KABUPATEN CONTOH', 'INSPEKTORAT', 'REKAPITULASI PENANGANAN PELANGGARAN NETRALITAS APARATUR SIPIL NEGARA', 'MENURUT OPD DAN JENIS KEPEGAWAIAN', 'Periode kejadian 1 Oktober 2024 s.d. 31 Desember 2024', '5 kasus, 6 terlapor', 'Dinas Pendidikan', 'Jumlah terlapor menurut OPD', 'Rekomendasi, diputus, dan dijatuhi hukuman menurut OPD', 'INSPEKTUR KABUPATEN CONTOH']) {
      expect(text).toContain(expected);
    }
    // The charts' SVG text is in the PDF too (the bar values and the legend).
    expect(text).toContain('Dijatuhi hukuman');
    const a4 = await callOk(app.ctx, 'reports:recapExport', { query: { filters: PERIOD, rows: 'opd', columns: 'status' }, format: 'pdf', paper: 'A4' });
    // Four statuses and four totals do not fit a portrait A4: the page turns.
    expect((await pdfPageSizes(Buffer.from(a4.fileBase64, 'base64')))[0]).toEqual({ width: 841.89, height: 595.28 });
  });

  it('renders SVG only where allowed, and never one that reaches outside itself', async () => {
    const dd = (svg: string) => ({ content: [{ svg, width: 100 }], info: { creationDate: new Date('2024-12-02T00:00:00Z') } });
    const resourcesDir = join(import.meta.dirname, '..', '..', 'resources');
    const plain = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect x="0" y="0" width="5" height="5" fill="#000"/></svg>';
    await expect(renderPdf(dd(plain), { resourcesDir })).rejects.toThrow('SVG content is not allowed in letters');
    expect((await renderPdf(dd(plain), { resourcesDir, allowSvg: true })).subarray(0, 5).toString()).toBe('%PDF-');
    const linked = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><image href="/etc/passwd" width="5" height="5"/></svg>';
    await expect(renderPdf(dd(linked), { resourcesDir, allowSvg: true })).rejects.toThrow('SVG content may not reference images, links, styles or scripts');
  });

  it('runs from the CLI: one line, the file written, bad arguments refused with a clear line', async () => {
    app = await tempApp(undefined, { clock: () => now });
    await buildRegister();
    app.ctx.db.close();
    const out: string[] = [];
    const io = { out: (l: string) => out.push(l), err: (l: string) => out.push(l) };
    const file = join(app.dir, 'rekap.xlsx');
    expect(await runCli(['recap', '--by', 'opd', '--from', PERIOD.from, '--to', PERIOD.to, '--out', file, '--data', app.dir], io)).toBe(0);
    expect(out).toEqual([`recap by opd 2024-10-01..2024-12-31: 2 rows, 5 cases, 6 accused, 1 sanctioned -> ${file}`]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect((book.getWorksheet('Rekap')!.getRow(4).values as unknown[]).slice(1)).toEqual(['Jumlah', 6, 3, 3, 1]);
    out.length = 0;
    const pdf = join(app.dir, 'rekap.pdf');
    expect(await runCli(['recap', '--by', 'violation', '--from', PERIOD.from, '--to', PERIOD.to, '--paper', 'F4', '--out', pdf, '--data', app.dir], io)).toBe(0);
    expect(out).toEqual([`recap by violation 2024-10-01..2024-12-31: 2 rows, 5 cases, 6 accused, 1 sanctioned -> ${pdf}`]);
    expect((await pdfPageSizes(readFileSync(pdf)))[0]).toEqual({ width: 609.45, height: 935.43 });

    const refusal = async (args: string[]) => {
      out.length = 0;
      expect(await runCli(['recap', ...args, '--data', app.dir], io)).toBe(1);
      return out.join('\n');
    };
    expect(await refusal(['--by', 'opd', '--from', PERIOD.from, '--to', PERIOD.to])).toBe('recap: usage: recap --by opd|violation|sanction|status|source|employment --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.xlsx|FILE.pdf [--columns DIM] [--paper A4|F4] [--origin own|received|CODE]');
    expect(await refusal(['--by', 'region', '--from', PERIOD.from, '--to', PERIOD.to, '--out', file])).toBe('recap: --by must be one of period, opd, employment, source, violation, level, sanction, status (got "region")');
    expect(await refusal(['--by', 'opd', '--from', '2024-12-31', '--to', '2024-01-01', '--out', file])).toBe('recap: --from/--to must be dates YYYY-MM-DD, the first not after the second (got 2024-12-31 .. 2024-01-01)');
    expect(await refusal(['--by', 'opd', '--from', PERIOD.from, '--to', PERIOD.to, '--out', join(app.dir, 'r.csv')])).toBe(`recap: --out must end in .xlsx or .pdf (got "${join(app.dir, 'r.csv')}")`);
    expect(await refusal(['--by', 'opd', '--paper', 'A3', '--from', PERIOD.from, '--to', PERIOD.to, '--out', file])).toBe('recap: --paper must be A4 or F4 (got "A3")');
    expect(await refusal(['--by', 'opd', '--columns', 'opd', '--from', PERIOD.from, '--to', PERIOD.to, '--out', file])).toBe('recap: --columns must differ from --by (both "opd")');
  });

  it('lets every role read a recap (counts only), and refuses a bad period or the same split twice', async () => {
    app = await tempApp(undefined, { clock: () => now });
    await addTestUser(app.ctx, 'pengamat', 'viewer', { signIn: true });
    expect((await recap({ rows: 'opd' })).total).toEqual(counts(0, 0, 0, 0));
    expect((await callOk(app.ctx, 'reports:recapOptions', {})).dimensions.map((d) => d.key)).toEqual(['period', 'opd', 'employment', 'source', 'violation', 'level', 'sanction', 'status']);
    expect(await callFail(app.ctx, 'reports:recap', { filters: { from: '2024-12-31', to: '2024-01-01' }, rows: 'opd' })).toMatchObject({ code: 'INVALID_INPUT', fields: { 'filters.to': 'Tanggal akhir periode tidak boleh sebelum tanggal awal.' } });
    expect(await callFail(app.ctx, 'reports:recap', { filters: PERIOD, rows: 'opd', columns: 'opd' })).toMatchObject({ code: 'INVALID_INPUT', fields: { columns: 'Baris dan kolom harus menurut hal yang berbeda.' } });
  });
});
