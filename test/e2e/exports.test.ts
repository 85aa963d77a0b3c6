/**
 * Exports in Chromium: the SIASN export screen (the administrator maps the codes, exports
 * the period and gets the file as a download; a row that cannot be exported is named with
 * why) and the case list's "Ekspor" (the filtered list as an Excel download).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, startHarness, downloadedFile } from './browser.ts';
import { handlers } from '../../electron/main/handlers.ts';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import { decidedCase, HANDED_OVER } from '../support/decided-case.ts';

const shots = resolve(import.meta.dirname, '..', '..', 'test-results');
let h: Awaited<ReturnType<typeof startHarness>>;
let page: Page;
let errors: string[] = [];
let now = new Date('2024-12-02T03:00:00Z');
let skNumber = '';

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  h = await startHarness(undefined, { clock: () => now });
  skNumber = (await decidedCase(h.app.ctx, 'PP94-BERAT-TURUN-JABATAN', 12, { name: 'Budi Santoso', nip: '198609262015051001', golongan: 'III/b' })).skNumber;
  await decidedCase(h.app.ctx, 'PP94-SEDANG-TUKIN', 6, { name: 'Dewi Lestari', nip: '199001012015042002' });
  now = new Date('2024-12-05T03:00:00Z');
  h.app.ctx.session.lastActivity = now.getTime();
  const done = h.app.ctx.db.prepare("SELECT case_id AS caseId, accused_id AS accusedId FROM decisions WHERE accused_nip = '198609262015051001'").get() as { caseId: number; accusedId: number };
  const r = await dispatch(h.app.ctx, handlers, 'examination:recordDelivery', { ...done, deliveredOn: '2024-12-04', ...HANDED_OVER });
  if (!r.ok) throw new Error(r.error.message);
});
afterAll(async () => h?.stop());
// Each test on a page of its own: none starts where another left the screen.
beforeEach(async () => {
  ({ page, errors } = await openPage(h.browser, { height: 1100 }));
  await page.goto(h.server.url);
});
afterEach(async () => page.close());

describe('SIASN export screen', () => {
  it('maps the codes, exports the period as XLSX and names the SK that has no recorded delivery', async () => {
    await page.getByRole('link', { name: 'Ekspor SIASN' }).click();
    await page.getByRole('heading', { name: 'Ekspor riwayat hukuman disiplin ke SIASN' }).waitFor();
    await page.getByLabel('Kedudukan hukum pegawai aktif (kedudukanHukumId)').fill('01');
    await page.getByRole('button', { name: /Jenis hukuman \(jenisHukumanId\)/ }).click();
    await page.getByLabel('ID SIASN PP94-BERAT-TURUN-JABATAN').fill('31');
    await page.getByLabel('ID SIASN PP94-SEDANG-TUKIN').fill('21');
    await page.getByRole('button', { name: /Alasan hukuman/ }).click();
    await page.getByLabel('ID SIASN N-FASILITAS-NEGARA', { exact: true }).fill('804');
    await page.getByLabel('ID SIASN N-KAMPANYE-ATRIBUT', { exact: true }).fill('802');
    await page.getByRole('button', { name: /Golongan \(golonganId\)/ }).click();
    await page.getByLabel('ID SIASN III/b', { exact: true }).fill('32');
    await page.getByRole('button', { name: 'Simpan pemetaan' }).click();
    await page.getByText('Pemetaan SIASN disimpan.').waitFor();

    await page.getByRole('textbox', { name: 'SK diterbitkan dari tanggal' }).fill('1 Des 2024');
    await page.getByRole('textbox', { name: 'SK diterbitkan dari tanggal' }).press('Tab');
    const download = page.waitForEvent('download');
    await page.getByTestId('siasn-export').click();
    const file = await download;
    await page.getByText('1 baris diekspor, 1 dilewati.').waitFor();
    expect(await page.getByTestId('siasn-skipped').textContent()).toContain('SK belum tercatat disampaikan');
    expect(await page.getByTestId('siasn-skipped').textContent()).toContain('Dewi Lestari');
    await page.screenshot({ path: resolve(shots, 'siasn-export.png'), fullPage: true });

    expect(file.suggestedFilename()).toMatch(/^siasn-hukdis-2024-12-01-\d{4}-12-31\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await downloadedFile(file, h.app.dir));
    const sheet = book.getWorksheet('hukdis')!;
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getCell('A2').value).toBe('198609262015051001');
    expect(sheet.getCell('D2').value).toBe(skNumber);
    expect(errors).toEqual([]);
  });
});

describe('case list export', () => {
  it('downloads the filtered list as XLSX with the rows the list shows', async () => {
    await page.goto(h.server.url);
    await page.getByRole('link', { name: 'Daftar Kasus' }).first().click();
    await page.getByRole('textbox', { name: 'Cari' }).fill('Dewi');
    await expect.poll(() => page.getByTestId('case-total').textContent()).toBe('1 kasus');
    await page.getByTestId('list-export').click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'Excel (XLSX)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('daftar-kasus-2024-12-05.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await downloadedFile(file, h.app.dir));
    const sheet = book.getWorksheet('Kasus')!;
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getCell('E2').value).toBe('Dewi Lestari');
    expect(errors).toEqual([]);
  });
});

describe('the other lists export what they show', () => {
  const download = async (menuItem: string) => {
    await page.getByTestId('list-export').click();
    const next = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: menuItem }).click();
    return next;
  };

  it('employees (filtered by name), sanctions in force and issued SKs', async () => {
    await page.goto(h.server.url);
    await page.getByRole('link', { name: 'Pegawai' }).first().click();
    // The case list has a search box of the same name: type only once the registry is on screen.
    await page.getByRole('heading', { name: 'Daftar Pegawai' }).waitFor();
    await page.getByRole('textbox', { name: 'Cari' }).fill('Budi');
    await page.getByText('1 pegawai').waitFor();
    const employees = await download('CSV');
    expect(employees.suggestedFilename()).toBe('daftar-pegawai-2024-12-05.csv');
    const csv = (await import('node:fs')).readFileSync(await downloadedFile(employees, h.app.dir), 'utf8');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(2);
    expect(csv).toContain('"198609262015051001","Budi Santoso"');

    await page.getByRole('link', { name: 'Hukuman Berjalan' }).click();
    await page.getByTestId('sanctions-total').waitFor();
    await page.getByTestId('sanctions-filter').getByText('Semua').click();
    const sanctions = await download('Excel (XLSX)');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await downloadedFile(sanctions, h.app.dir));
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getCell('I2').value).toBe(skNumber);

    await page.getByRole('link', { name: 'Cetak Massal' }).click();
    await page.getByLabel('Jenis naskah').first().click();
    await page.getByRole('option', { name: /Keputusan/ }).first().click();
    const letters = await download('Excel (XLSX)');
    const lbook = new ExcelJS.Workbook();
    await lbook.xlsx.readFile(await downloadedFile(letters, h.app.dir));
    expect(lbook.worksheets[0]!.getColumn(1).values).toContain(skNumber);
    expect(errors).toEqual([]);
  });
});
