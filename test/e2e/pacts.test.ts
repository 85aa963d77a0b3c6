/**
 * The integrity-pact screen in Chromium: a clerk records a pact with its scanned document,
 * adds a signer from the registry and imports an attendance list (one refused row shown
 * with its line and reason), sees the counts, exports the signers as XLSX; the case of an
 * accused who signed before the incident shows the flag, and its LHP form takes the fact
 * into the aggravating factors.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, seedCase, startHarness, downloadedFile } from './browser.ts';
import { runImport } from '../../electron/main/employees/import/import-service.ts';
import { employeesCsv, makeEmployees } from '../support/employee-files.ts';

const shots = resolve(import.meta.dirname, '..', '..', 'test-results');
let h: Awaited<ReturnType<typeof startHarness>>;
let page: Page;
let errors: string[] = [];
const people = makeEmployees(6, 77);
let caseId = 0;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  h = await startHarness(new Date('2024-11-04T03:00:00Z'));
  const r = await runImport(h.app.ctx, Buffer.from(employeesCsv(people), 'utf8'), 'pegawai.csv', { strict: true });
  if (!r.written) throw new Error('registry not imported');
  const a = people[1]!;
  caseId = seedCase(h.app.ctx, { incidentDate: '2024-10-20', accused: [{ name: a.name, nip: a.nip, employmentType: a.type, jabatan: a.jabatan, unitKerja: a.unitKerja }] }).id;
  ({ page, errors } = await openPage(h.browser, { height: 1200 }));
  await page.goto(h.server.url);
});
afterAll(async () => h?.stop());

describe('integrity-pact screen', () => {
  it('records a pact with its scan, adds signers from the registry and a file, shows counts, exports, and flags the case', async () => {
    await page.getByRole('link', { name: 'Pakta Integritas' }).click();
    await page.getByRole('heading', { name: 'Pakta integritas netralitas ASN' }).waitFor();
    await page.getByText('Belum ada pakta integritas yang dicatat.').waitFor();
    await page.getByRole('button', { name: 'Catat pakta' }).click();
    const form = page.getByTestId('pact-form');
    // Nothing filled: every required field says so, nothing is saved.
    await form.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => form.getByText('wajib diisi').count()).toBeGreaterThanOrEqual(3);
    await form.getByLabel('Tanggal penandatanganan').fill('2024-02-07');
    await form.getByLabel('Tempat').fill('Aula Kantor Bupati Contoh');
    await form.getByLabel('Pejabat yang memimpin').fill('Pj Bupati Contoh');
    await form.getByLabel('Teks ikrar').fill('Kami ASN Kabupaten Contoh berjanji menjaga netralitas dan tidak memihak kepada calon tertentu.');
    const scan = resolve(shots, 'pakta-scan.pdf');
    writeFileSync(scan, '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const chooser = page.waitForEvent('filechooser');
    await form.getByRole('button', { name: /Unggah pindaian/ }).click();
    await (await chooser).setFiles(scan);
    await form.getByRole('button', { name: 'Simpan' }).click();
    await page.getByTestId('pact-title').waitFor();
    expect(await page.getByTestId('pact-document').textContent()).toContain('pakta-scan.pdf');
    expect(await page.getByTestId('pact-signer-count').textContent()).toBe('Penanda tangan (0)');

    // One signer from the registry.
    const first = people[0]!;
    await page.getByRole('textbox', { name: 'Tambah dari data pegawai' }).fill(first.name.split(' ')[0]!);
    await page.getByRole('option', { name: new RegExp(first.name) }).first().click();
    await expect.poll(() => page.getByTestId('pact-signer-count').textContent()).toBe('Penanda tangan (1)');

    // The attendance list: three known NIPs, one unknown.
    const list = resolve(shots, 'daftar-hadir-pakta.csv');
    writeFileSync(list, ['No;NIP;Nama', ...people.slice(1, 4).map((e, i) => `${i + 1};${e.nip};${e.name}`), '4;199912312099011001;Bukan Pegawai'].join('\r\n'));
    const chooser2 = page.waitForEvent('filechooser');
    await page.getByTestId('pact-import-input').click();
    await (await chooser2).setFiles(list);
    await page.getByTestId('pact-import-result').waitFor();
    expect(await page.getByTestId('pact-import-result').textContent()).toBe('4 baris dibaca: 3 ditambahkan, 0 sudah tercatat, 1 ditolak.');
    expect(await page.getByTestId('import-errors').textContent()).toContain('NIP 199912312099011001 tidak ada di data pegawai');
    await expect.poll(() => page.getByTestId('pact-signer-count').textContent()).toBe('Penanda tangan (4)');
    const types = new Map<string, number>();
    for (const e of people.slice(0, 4)) types.set(e.type, (types.get(e.type) ?? 0) + 1);
    const byType = await page.getByTestId('pact-by-type').textContent();
    for (const [type, n] of types) expect(byType).toContain(`${type}${n}`);
    await page.screenshot({ path: resolve(shots, 'pact-detail.png'), fullPage: true });

    // Export the signers.
    const download = page.waitForEvent('download');
    await page.getByTestId('list-export').click();
    await page.getByRole('menuitem', { name: /Excel/ }).click();
    const file = await download;
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await downloadedFile(file, h.app.dir));
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount).toBe(5);
    const nips = [2, 3, 4, 5].map((r) => sheet.getCell(r, 1).value).sort();
    expect(nips).toEqual(people.slice(0, 4).map((e) => e.nip).sort());

    // Opening the scan and exporting, refused by main: each failure shows beside its own control.
    const pactCalls = (url: URL) => decodeURIComponent(url.pathname).startsWith('/ipc/pacts:');
    const refused = new Map([
      ['/ipc/pacts:document', 'Berkas pindaian pakta tidak ditemukan.'],
      ['/ipc/pacts:export', 'Ekspor ditolak.'],
    ]);
    await page.route(pactCalls, (route) => {
      const message = refused.get(decodeURIComponent(new URL(route.request().url()).pathname));
      if (!message) return route.fallback();
      return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'NOT_FOUND', message } }) });
    });
    await page.getByTestId('pact-document').click();
    const documentCell = page.getByTestId('pact-document').locator('xpath=..');
    await expect.poll(() => documentCell.getByTestId('pact-document-error').textContent()).toBe('Berkas pindaian pakta tidak ditemukan.');
    await page.getByTestId('list-export').click();
    await page.getByRole('menuitem', { name: /Excel/ }).click();
    const exportGroup = page.getByTestId('list-export').locator('xpath=ancestor::div[1]');
    await expect.poll(() => exportGroup.getByTestId('list-export-error').textContent()).toBe('Ekspor ditolak.');
    // Neither failure is put anywhere else on the page.
    expect(await page.getByText('Berkas pindaian pakta tidak ditemukan.').count()).toBe(1);
    expect(await page.getByText('Ekspor ditolak.').count()).toBe(1);
    await page.screenshot({ path: resolve(shots, 'pact-failures.png'), fullPage: true });
    await page.unroute(pactCalls);

    // The list shows the pact with its count.
    await page.getByRole('link', { name: /Kembali ke daftar pakta/ }).click();
    await expect.poll(() => page.getByTestId('pact-list').textContent()).toContain('Aula Kantor Bupati Contoh');
    expect(await page.getByTestId('pact-list').textContent()).toContain('4');

    // The accused signed on 7 February 2024, before the incident of 20 October 2024.
    await page.goto(`${h.server.url}#/cases/${caseId}`);
    await page.getByTestId('pact-flag').waitFor();
    expect(await page.getByTestId('pact-flag').textContent()).toContain(`${people[1]!.name}`);
    expect(await page.getByTestId('pact-flag').textContent()).toContain('Aula Kantor Bupati Contoh');
    await page.screenshot({ path: resolve(shots, 'pact-case-flag.png'), fullPage: true });

    // At the report stage the LHP form offers the fact for the aggravating factors.
    h.app.ctx.db.prepare("UPDATE cases SET status = 'report' WHERE id = ?").run(caseId);
    const accusedId = h.app.ctx.db.prepare('SELECT id FROM case_accused WHERE case_id = ?').pluck().get(caseId) as number;
    await page.goto(`${h.server.url}#/cases/${caseId}/examination`);
    const lhp = page.getByTestId(`lhp-${accusedId}`);
    await lhp.getByTestId(`pact-aggravating-${accusedId}`).click();
    expect(await lhp.getByRole('textbox', { name: 'Hal yang memberatkan' }).inputValue()).toBe(
      `${people[1]!.name} telah menandatangani pakta integritas netralitas ASN (tanggal 7 Februari 2024 di Aula Kantor Bupati Contoh) sebelum pelanggaran dilakukan.`,
    );
    expect(errors).toEqual([]);
  });
});
