/**
 * The recap screen in Chromium: the period and a filter change the pivot table, the two charts
 * draw a named bar per row and measure with their legends, and the recap downloads as XLSX
 * (read back) and as the printed PDF.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, seedCase, startHarness, downloadedFile } from './browser.ts';
import { createOpd } from '../../electron/main/employees/opd-service.ts';
import { opdCreateSchema } from '../../shared/employees/schemas.ts';

const shots = resolve(import.meta.dirname, '..', '..', 'test-results');
let h: Awaited<ReturnType<typeof startHarness>>;
let page: Page;
let errors: string[] = [];

const person = (name: string, nip: string, employmentType: 'PNS' | 'PPPK') => ({ name, nip, employmentType, jabatan: 'Guru', unitKerja: 'SDN 1' });

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  h = await startHarness(new Date('2024-12-02T03:00:00Z'));
  const ctx = h.app.ctx;
  const opd = (name: string) => createOpd(ctx, opdCreateSchema.parse({ name })).id;
  const pendidikan = opd('Dinas Pendidikan');
  const kesehatan = opd('Dinas Kesehatan');
  seedCase(ctx, { opdId: pendidikan, incidentDate: '2024-10-20', accused: [person('Budi Santoso', '198609262015051001', 'PNS')] });
  seedCase(ctx, { opdId: kesehatan, incidentDate: '2024-11-01', sourceRef: 'R/2', accused: [person('Rina Marlina', '198902252024211013', 'PPPK')] });
  seedCase(ctx, { opdId: pendidikan, incidentDate: '2024-11-15', sourceRef: 'R/3', acknowledgeDuplicates: true, accused: [person('Sri Wahyuni', '198902252015032013', 'PNS'), person('Yusuf Hidayat', '199103122023211007', 'PPPK')] });
  // Outside the period.
  seedCase(ctx, { opdId: kesehatan, incidentDate: '2023-06-01', sourceRef: 'R/4', accused: [person('Agus Salim', '197501012000031002', 'PNS')] });
  ({ page, errors } = await openPage(h.browser, { height: 1400 }));
  await page.goto(h.server.url);
});
afterAll(async () => h?.stop());

const summary = () => page.getByTestId('recap-summary').textContent();
const rowCells = (key: string) => page.locator(`[data-testid="recap-table"] tr[data-row="${key}"] td`).allTextContents();

async function choose(label: string, option: string) {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('recap screen', () => {
  it('changes the table with the period and the filters, draws the charts, downloads XLSX and PDF', async () => {
    await page.getByRole('link', { name: 'Rekapitulasi' }).click();
    await page.getByRole('heading', { name: 'Rekapitulasi pelanggaran netralitas ASN' }).waitFor();
    await page.getByRole('textbox', { name: 'Kejadian dari tanggal' }).fill('1 Jan 2024');
    await page.getByRole('textbox', { name: 'Kejadian dari tanggal' }).press('Tab');
    await page.getByRole('textbox', { name: 'sampai tanggal' }).fill('31 Des 2024');
    await page.getByRole('textbox', { name: 'sampai tanggal' }).press('Tab');
    await expect.poll(summary).toBe('3 kasus, 4 terlapor');
    // By OPD and status: every case is still registered; Dinas Pendidikan has three accused.
    expect(await page.locator('[data-testid="recap-table"] thead tr').last().locator('th').allTextContents()).toEqual(['OPD', 'Teregistrasi', 'Terlapor', 'Rekomendasi', 'Diputus', 'Dijatuhi hukuman']);
    expect(await page.locator('[data-testid="recap-table"] tbody tr td:first-child').allTextContents()).toEqual(['Dinas Pendidikan', 'Dinas Kesehatan']);
    expect(await rowCells('total')).toEqual(['Jumlah', '4', '4', '4', '0', '0']);

    // The charts: one bar per OPD split by status, then a bar per measure above zero, each named by its row, series and value.
    const bars = (chart: string) => page.getByTestId(`recap-chart-${chart}`).getByRole('img');
    await expect.poll(() => bars('breakdown').evaluateAll((els) => els.map((e) => e.textContent))).toEqual(['Dinas Pendidikan, Teregistrasi: 3', 'Dinas Kesehatan, Teregistrasi: 1']);
    expect(await bars('outcome').evaluateAll((els) => els.map((e) => e.textContent))).toEqual(['Dinas Pendidikan, Terlapor: 3', 'Dinas Pendidikan, Rekomendasi: 3', 'Dinas Kesehatan, Terlapor: 1', 'Dinas Kesehatan, Rekomendasi: 1']);
    expect(await page.getByTestId('recap-chart-breakdown').getByRole('img', { name: 'Dinas Pendidikan, Teregistrasi: 3' }).count()).toBe(1);
    await expect.poll(() => page.getByTestId('recap-chart-outcome').getByRole('listitem').allTextContents()).toEqual(['Terlapor', 'Rekomendasi', 'Diputus', 'Dijatuhi hukuman']);

    // The table comes first: the commit that shows the new recap's total still has the previous charts, marked busy; the
    // charts of the new recap follow in a later frame.
    await page.evaluate(() => {
      const w = window as unknown as { firstCommit?: { charts: string | null | undefined; bars: (string | null)[] } };
      const total = () => document.querySelector('[data-testid="recap-result"]')?.getAttribute('data-total');
      const before = total();
      const seen = new MutationObserver(() => {
        if (total() === before) return;
        const charts = document.querySelector('[data-testid="recap-charts"]');
        w.firstCommit = { charts: charts?.getAttribute('aria-busy'), bars: [...(charts?.querySelectorAll('[data-testid="recap-chart-breakdown"] [role="img"]') ?? [])].map((e) => e.textContent) };
        seen.disconnect();
      });
      seen.observe(document.querySelector('[data-testid="recap-page"]')!, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await choose('Jenis kepegawaian', 'PPPK');
    await expect.poll(summary).toBe('2 kasus, 2 terlapor');
    expect(await page.evaluate(() => (window as unknown as { firstCommit?: unknown }).firstCommit)).toEqual({ charts: 'true', bars: ['Dinas Pendidikan, Teregistrasi: 3', 'Dinas Kesehatan, Teregistrasi: 1'] });
    await expect.poll(() => bars('breakdown').evaluateAll((els) => els.map((e) => e.textContent))).toEqual(['Dinas Kesehatan, Teregistrasi: 1', 'Dinas Pendidikan, Teregistrasi: 1']);
    expect(await page.getByTestId('recap-charts').getAttribute('aria-busy')).toBe('false');
    expect(await page.locator('[data-testid="recap-table"] tbody tr td:first-child').allTextContents()).toEqual(['Dinas Kesehatan', 'Dinas Pendidikan']);

    await choose('Kolom menurut', 'Bulan kejadian');
    await expect.poll(() => page.locator('[data-testid="recap-table"] thead tr').last().locator('th').allTextContents()).toEqual(['OPD', 'November 2024', 'Terlapor', 'Rekomendasi', 'Diputus', 'Dijatuhi hukuman']);
    await page.getByTestId('recap-reset').click();
    await expect.poll(summary).toBe('3 kasus, 4 terlapor');
    await expect.poll(() => rowCells('total')).toEqual(['Jumlah', '1', '3', '4', '4', '0', '0']);
    await expect.poll(() => bars('breakdown').count()).toBe(3);
    await page.screenshot({ path: resolve(shots, 'recap-screen.png'), fullPage: true });

    const xlsx = page.waitForEvent('download');
    await page.getByTestId('recap-xlsx').click();
    const file = await xlsx;
    expect(file.suggestedFilename()).toBe('rekap-opd-period-2024-01-01-2024-12-31.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await downloadedFile(file, h.app.dir));
    const sheet = book.getWorksheet('Rekap')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['OPD', new Date('2024-10-01T00:00:00Z'), new Date('2024-11-01T00:00:00Z'), 'Terlapor', 'Rekomendasi', 'Diputus', 'Dijatuhi hukuman']);
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(['Dinas Pendidikan', 1, 2, 3, 3, 0, 0]);

    const pdf = page.waitForEvent('download');
    await page.getByTestId('recap-pdf').click();
    const printed = await pdf;
    expect(printed.suggestedFilename()).toBe('rekap-opd-period-2024-01-01-2024-12-31.pdf');
    expect(readFileSync(await downloadedFile(printed, h.app.dir)).subarray(0, 5).toString()).toBe('%PDF-');
    expect(errors).toEqual([]);
  });
});
