/**
 * The case list exported as XLSX and CSV: the rows the filters select in the list's order,
 * read back with the same library cell by cell (text stays text, dates are dates, formulas
 * are neutralised, NIP-like values whole).
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import { addTestUser, tempApp, validCase } from '../support/temp-app.ts';
import { callOk } from '../support/dispatch.ts';

let app: Awaited<ReturnType<typeof tempApp>>;
beforeEach(async () => {
  app = await tempApp(new Date('2024-12-02T03:00:00Z'));
  const person = validCase.accused[0]!;
  createCase(app.ctx, caseCreateSchema.parse({ ...validCase, incidentDate: '2024-10-20' }));
  createCase(app.ctx, caseCreateSchema.parse({ ...validCase, source: 'public_complaint', reporter: { anonymous: true }, incidentDate: '2024-11-03', accused: [{ ...person, name: '=SUM(A1:A9)', nip: '199001012015042002' }], acknowledgeDuplicates: true }));
});
afterEach(() => app.close());

describe('case list export', () => {
  it('writes XLSX with the filtered rows in the list order: text cells, real dates, formulas neutralised, frozen filterable header', async () => {
    const file = await callOk(app.ctx, 'cases:export', { sort: 'incident_asc', format: 'xlsx' });
    expect(file).toMatchObject({ rows: 2, fileName: 'daftar-kasus-2024-12-02.xlsx' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.fileBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Kasus')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'No. Registrasi', 'Status', 'Sumber', 'Tanggal kejadian', 'Terlapor', 'Jenis pelanggaran', 'OPD', 'Diregistrasi', 'ID kasus (UUID)', 'Revisi']);
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getCell('A2').value).toMatch(/^REG\//);
    expect(sheet.getCell('B2').value).toBe('Teregistrasi');
    expect(sheet.getCell('C2').value).toBe('Bawaslu');
    expect(sheet.getCell('D2').value).toEqual(new Date('2024-10-20T00:00:00Z'));
    expect(sheet.getCell('D3').value).toEqual(new Date('2024-11-03T00:00:00Z'));
    // Shown as an Indonesian reader writes a date, not Excel's default M/D/YY.
    expect(sheet.getCell('D3').numFmt).toBe('d-m-yyyy');
    expect(sheet.getCell('E2').value).toBe('Budi Santoso');
    expect(sheet.getCell('E3').value).toBe("'=SUM(A1:A9)");
    expect(String(sheet.getCell('F2').value)).toContain('fasilitas negara');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    // The case's identity for exchange and its revision, as stored.
    const first = app.ctx.db.prepare('SELECT case_uuid AS uuid, revision FROM cases WHERE register_no = ?').get(sheet.getCell('A2').value) as { uuid: string; revision: number };
    expect(sheet.getCell('I2').value).toBe(first.uuid);
    expect(sheet.getCell('J2').value).toBe(first.revision);
  });

  it('writes CSV with the same filters (source), every field quoted, UTF-8 with BOM; the viewer may export what the list shows', async () => {
    await addTestUser(app.ctx, 'pengamat', 'viewer', { signIn: true });
    const file = await callOk(app.ctx, 'cases:export', { source: 'public_complaint', format: 'csv' });
    const text = Buffer.from(file.fileBase64, 'base64').toString('utf8');
    expect(text.startsWith('\ufeff"No. Registrasi","Status","Sumber"')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(file.rows).toBe(1);
    expect(rows).toHaveLength(2);
    expect(rows[1]!.slice(1, 5)).toEqual(['Teregistrasi', 'Pengaduan masyarakat', '2024-11-03', "'=SUM(A1:A9)"]);
  });
});
