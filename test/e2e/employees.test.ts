import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness } from './browser.ts';
import { step } from '../support/step.ts';

const shots = resolve(import.meta.dirname, '..', '..', 'test-results');
let h: Awaited<ReturnType<typeof startHarness>>;
let page: Page;
const errors: string[] = [];

const FILE = [
  'NIP;Nama;Jenis Kepegawaian;Pangkat/Golongan;Jabatan;Unit Kerja;OPD',
  '198609262015051001;Budi Santoso;PNS;Penata Muda, III/a;Kepala Seksi;Bidang Umum;Dinas Pendidikan',
  '198902252024211013;Siti Aminah;PPPK;IX;Guru Ahli Pertama;SDN 1;Dinas Pendidikan',
  '19860926201505100;Kurang Digit;PNS;;;;Dinas Pendidikan',
  '197501012000031002;Agus Wijaya;PNS;Pembina, IV/a;Sekretaris;Sekretariat;Dinas Kesehatan',
  '198609262015051001;Budi Ganda;PNS;;;;',
].join('\r\n');

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  h = await startHarness(new Date());
  page = await h.browser.newPage({ viewport: { width: 1360, height: 1000 } });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(h.server.url);
  await page.getByRole('link', { name: 'Pegawai' }).first().waitFor();
});
afterAll(async () => h?.stop());

// Each step starts where the one before left the app, so the steps are one journey test (a
// failure names its step), never `it`s that pass only in the order they are written.
it('employees in Chromium: import with bad rows, list, edit, OPDs', async () => {
  await step('imports a CSV through the wizard, showing the two bad rows by line, column and reason', async () => {
    await page.getByRole('link', { name: 'Pegawai' }).first().click();
    await page.getByRole('heading', { name: 'Daftar Pegawai' }).waitFor();
    await page.getByRole('link', { name: 'Impor pegawai' }).click();
    await page.locator('input[type=file]').setInputFiles({ name: 'pegawai.csv', mimeType: 'text/csv', buffer: Buffer.from(FILE) });
    const counts = page.getByTestId('import-counts');
    await counts.waitFor();
    expect(await counts.textContent()).toBe('5 baris: 3 baru, 0 diperbarui, 0 tidak berubah, 2 ditolak');
    const report = page.getByTestId('import-errors');
    expect(await report.getByRole('row').allTextContents()).toEqual([
      'BarisKolomAlasan',
      '4NIPNIP harus 18 digit (tertulis: 19860926201505100)',
      '6NIPNIP 198609262015051001 sudah ada di baris 2 berkas ini; baris ini dilewati',
    ]);
    expect(await page.getByText('OPD baru yang akan ditambahkan: Dinas Pendidikan, Dinas Kesehatan').count()).toBe(1);
    await page.screenshot({ path: resolve(shots, 'employees-import-preview.png'), fullPage: true });
    expect(h.app.ctx.db.prepare('SELECT count(*) AS n FROM employees').get()).toEqual({ n: 0 });

    await page.getByRole('button', { name: 'Impor 3 baris' }).click();
    await page.getByTestId('import-summary').waitFor();
    expect(await page.getByTestId('import-summary').textContent()).toContain('Diimpor 3, diperbarui 0, ditolak 2');
    expect(await page.getByTestId('import-errors').getByRole('row').count()).toBe(3);
    expect(h.app.ctx.db.prepare('SELECT count(*) AS n FROM employees').get()).toEqual({ n: 3 });
  });

  await step('lists the imported employees and finds one by NIP fragment', async () => {
    await page.getByRole('link', { name: 'Daftar Pegawai' }).click();
    await expect.poll(() => page.getByTestId('employee-total').textContent()).toBe('3 pegawai');
    expect(await page.getByRole('cell', { name: '19860926 201505 1 001' }).count()).toBe(1);
    expect(await page.getByRole('cell', { name: 'Penata Muda, III/a' }).count()).toBe(1);
    await page.getByRole('textbox', { name: 'Cari' }).fill('2024211');
    await expect.poll(() => page.getByTestId('employee-total').textContent()).toBe('1 pegawai');
    expect(await page.getByRole('cell', { name: 'Siti Aminah' }).count()).toBe(1);
    await page.getByRole('textbox', { name: 'Cari' }).fill('');
    await expect.poll(() => page.getByTestId('employee-total').textContent()).toBe('3 pegawai');
  });

  await step('names the wrong NIP digits in the add form before anything is sent', async () => {
    await page.getByRole('button', { name: 'Tambah pegawai' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('NIP / nomor identitas').fill('198613262015051001');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => dialog.getByText('NIP: bulan lahir (digit 5-6) harus 01 sampai 12').count()).toBe(1);
    await expect.poll(() => dialog.getByText('wajib diisi').count()).toBe(1);
    await page.screenshot({ path: resolve(shots, 'employees-form-errors.png') });
    await dialog.getByRole('button', { name: 'Batal' }).click();
  });

  await step('edits an employee and shows who changed what in the history', async () => {
    await page.getByRole('cell', { name: 'Budi Santoso' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Jabatan', { exact: true }).fill('Kepala Bidang');
    await dialog.getByLabel('Alasan perubahan').fill('SK mutasi 12/2024');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => page.getByRole('cell', { name: 'Kepala Bidang' }).count()).toBe(1);
    await page.getByRole('cell', { name: 'Budi Santoso' }).click();
    const history = page.getByTestId('employee-history');
    await expect.poll(() => history.textContent()).toContain('Jabatan: Kepala Seksi → Kepala Bidang');
    const text = await history.textContent();
    expect(text).toContain('Ditambahkan lewat impor');
    expect(text).toContain('Diubah · admin');
    expect(text).toContain('SK mutasi 12/2024');
    await page.screenshot({ path: resolve(shots, 'employees-history.png') });
    await page.getByRole('dialog').getByRole('button', { name: 'Batal' }).click();
  });

  await step('shows the OPDs the import added with their employee counts', async () => {
    await page.getByRole('link', { name: 'OPD' }).first().click();
    await page.getByRole('heading', { name: 'Organisasi Perangkat Daerah (OPD)' }).waitFor();
    // The import records no heads: each row says so, for the decision's signatory.
    // The heading shows before the list's answer: wait for the rows, not read them once.
    await expect.poll(() => page.getByRole('row').allTextContents()).toEqual([
      'Nama OPDKodeSingkatanKepala OPDPegawai',
      'Dinas KesehatanKepala OPD belum dicatat1',
      'Dinas PendidikanKepala OPD belum dicatat2',
    ]);
    expect(errors).toEqual([]);
  });

  await step('maps a SIMPEG "Unit Kerja" column of OPD names to OPD and says so; warns when nothing fills the OPD', async () => {
    await page.goto(`${h.server.url}#/employees/import`);
    await page.getByRole('heading', { name: 'Impor Pegawai dari CSV / XLSX' }).waitFor();
    const simpeg = 'NIP;Nama;Unit Kerja;Sub Unit Kerja\r\n197501012000031099;Rina;Dinas Sosial;Bidang Rehabilitasi\r\n';
    await page.locator('input[type=file]').setInputFiles({ name: 'simpeg.csv', mimeType: 'text/csv', buffer: Buffer.from(simpeg) });
    await page.getByTestId('import-counts').waitFor();
    expect(await page.getByRole('combobox', { name: 'OPD', exact: true }).inputValue()).toBe('Unit Kerja');
    expect(await page.getByRole('combobox', { name: 'Unit Kerja', exact: true }).inputValue()).toBe('Sub Unit Kerja');
    expect(await page.getByText('Kolom "Unit Kerja" berisi nama OPD').count()).toBe(1);
    await page.screenshot({ path: resolve(shots, 'employees-import-opd-suggested.png'), fullPage: true });

    await page.getByRole('combobox', { name: 'OPD', exact: true }).click();
    await page.getByRole('option', { name: '(tidak dipakai)' }).click();
    await page.getByRole('button', { name: 'Terapkan pemetaan' }).click();
    await expect.poll(() => page.getByText('Tidak ada kolom yang dipetakan ke OPD').count()).toBe(1);
    await page.getByRole('button', { name: 'Batal' }).click();
    expect(h.app.ctx.db.prepare("SELECT count(*) AS n FROM employees WHERE name = 'Rina'").get()).toEqual({ n: 0 });
    expect(errors).toEqual([]);
  });
}, 6 * 120_000);
