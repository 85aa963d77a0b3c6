/**
 * Every list screen exports what it shows: employees, sanctions in force, issued letters and
 * the hearing calendar's range, as XLSX read back cell by cell (NIPs stay text, dates are
 * dates, numbers are numbers, formulas are neutralised) and as CSV, with the list's filters.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TableFile } from '../../shared/reports/table-export.ts';
import { seedExam } from '../letters/seed-exam.ts';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import { addTestUser, tempApp, validCase } from '../support/temp-app.ts';
import { decidedCase, HANDED_OVER } from '../support/decided-case.ts';
import { callFail, callOk } from '../support/dispatch.ts';

let app: Awaited<ReturnType<typeof tempApp>>;
let now: Date;
beforeEach(async () => {
  now = new Date('2024-12-02T03:00:00Z');
  app = await tempApp(undefined, { clock: () => now });
});
afterEach(() => app.close());

async function sheetOf(file: TableFile) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(file.fileBase64, 'base64') as unknown as ArrayBuffer);
  return book.worksheets[0]!;
}

function csvRows(file: TableFile): string[][] {
  const text = Buffer.from(file.fileBase64, 'base64').toString('utf8');
  expect(text.startsWith('\ufeff')).toBe(true);
  return Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
}

describe('list exports', () => {
  it('employees: the filtered registry, NIPs as text, formula-like names neutralised, SIASN id beside them', async () => {
    const base = { employmentType: 'PNS' as const, golongan: 'III/b', jabatan: 'Guru Ahli Pertama' };
    await callOk(app.ctx, 'employees:create', { ...base, nip: '198609262015051001', name: 'Budi Santoso' });
    await callOk(app.ctx, 'employees:create', { ...base, nip: '199001012015042002', name: '+Dewi Lestari' });
    await callOk(app.ctx, 'employees:create', { nip: '199203032022211001', name: 'Rudi Hartono', employmentType: 'PPPK', golongan: 'IX' });
    app.ctx.db.prepare("UPDATE employees SET siasn_person_id = 'A8ACA7-0001' WHERE nip = '198609262015051001'").run();

    const file = await callOk(app.ctx, 'employees:export', { employmentType: 'PNS', format: 'xlsx' });
    expect(file).toMatchObject({ rows: 2, fileName: 'daftar-pegawai-2024-12-02.xlsx' });
    const sheet = await sheetOf(file);
    expect(sheet.name).toBe('Pegawai');
    expect(sheet.getRow(1).values).toEqual([undefined, 'NIP / nomor identitas', 'Nama', 'Jenis kepegawaian', 'Pangkat', 'Golongan', 'Jabatan', 'Unit kerja', 'OPD', 'Kelas jabatan', 'ID PNS di SIASN']);
    expect(sheet.rowCount).toBe(3);
    // Sorted by name as the list is: "+Dewi" sorts before "Budi".
    expect(sheet.getCell('A2').value).toBe('199001012015042002');
    expect(sheet.getCell('B2').value).toBe("'+Dewi Lestari");
    expect(sheet.getCell('A3').value).toBe('198609262015051001');
    expect(sheet.getCell('D3').value).toBe('Penata Muda Tingkat I');
    expect(sheet.getCell('J3').value).toBe('A8ACA7-0001');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();

    const csv = csvRows(await callOk(app.ctx, 'employees:export', { search: 'rudi', format: 'csv' }));
    expect(csv).toHaveLength(2);
    expect(csv[1]!.slice(0, 3)).toEqual(['199203032022211001', 'Rudi Hartono', 'PPPK']);
  });

  it('sanctions in force, issued letters and the hearing range export with real dates and numbers; the viewer may not export the register', async () => {
    const c = await decidedCase(app.ctx, 'PP94-SEDANG-TUKIN', 9, { name: 'Sri Wahyuni', nip: '198902252015032013', golongan: 'III/b' });
    now = new Date('2024-12-05T03:00:00Z');
    app.ctx.session.lastActivity = now.getTime();
    await callOk(app.ctx, 'examination:recordDelivery', { caseId: c.id, accusedId: c.accusedId, deliveredOn: '2024-12-04', ...HANDED_OVER });

    const sanctions = await sheetOf(await callOk(app.ctx, 'sanctions:export', { status: 'all', format: 'xlsx' }));
    expect(sanctions.rowCount).toBe(2);
    expect(sanctions.getCell('A2').value).toBe('198902252015032013');
    expect(sanctions.getCell('D2').value).toContain('tunjangan kinerja');
    expect(sanctions.getCell('E2').value).toBe('sedang');
    expect(sanctions.getCell('F2').value).toBe(9);
    expect(sanctions.getCell('G2').value).toEqual(new Date('2024-12-19T00:00:00Z'));
    expect(sanctions.getCell('H2').value).toEqual(new Date('2025-09-18T00:00:00Z'));
    expect(sanctions.getCell('I2').value).toBe(c.skNumber);
    expect(sanctions.getCell('N2').value).toBe('Belum berlaku');
    // Every list beside a case ends with the case's exchange identity.
    const identity = app.ctx.db.prepare('SELECT case_uuid AS uuid, revision FROM cases WHERE id = ?').get(c.id) as { uuid: string; revision: number };
    expect(sanctions.getCell('Q1').value).toBe('ID kasus (UUID)');
    expect(sanctions.getCell('Q2').value).toBe(identity.uuid);
    expect(sanctions.getCell('R2').value).toBe(identity.revision);
    // The status filter applies: nothing has ended yet.
    expect((await callOk(app.ctx, 'sanctions:export', { status: 'ended', format: 'csv' })).rows).toBe(0);

    const letters = csvRows(await callOk(app.ctx, 'letters:export', { type: 'sk', format: 'csv' }));
    expect(letters).toHaveLength(2);
    expect(letters[1]![0]).toBe(c.skNumber);
    expect(letters[1]![5]).toBe('Terbit');
    expect(letters[1]![8]).toMatch(/^[0-9a-f]{64}$/);
    expect(letters[1]!.slice(9)).toEqual([identity.uuid, String(identity.revision)]);

    seedExam(app.ctx, createCase(app.ctx, caseCreateSchema.parse({ ...validCase, acknowledgeDuplicates: true })).id);
    const hearings = await callOk(app.ctx, 'hearings:export', { from: '2024-10-01', to: '2024-12-31', format: 'xlsx' });
    const sessions = app.ctx.db.prepare("SELECT count(*) AS n FROM exam_sessions WHERE start_at BETWEEN '2024-10-01' AND '2025-01-01'").get() as { n: number };
    expect(sessions.n).toBeGreaterThan(0);
    expect(hearings.rows).toBe(sessions.n);
    const hs = await sheetOf(hearings);
    expect(hs.getCell('A2').value).toBeInstanceOf(Date);
    expect(hs.getCell('B2').value).toMatch(/^\d{2}:\d{2}$/);
    expect(hs.getCell('H2').value).toMatch(/^[0-9a-f-]{36}$/);
    expect(typeof hs.getCell('I2').value).toBe('number');
    expect(await callFail(app.ctx, 'hearings:export', { from: '2024-12-31', to: '2024-10-01', format: 'csv' })).toMatchObject({ code: 'INVALID_INPUT' });

    await addTestUser(app.ctx, 'pengamat', 'viewer', { signIn: true });
    expect(await callFail(app.ctx, 'sanctions:export', { status: 'all', format: 'csv' })).toMatchObject({ code: 'FORBIDDEN' });
    expect((await callOk(app.ctx, 'letters:export', { format: 'csv' })).rows).toBe(1);
  });
});
