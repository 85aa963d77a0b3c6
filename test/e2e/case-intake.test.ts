import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, startHarness } from './browser.ts';
import { handlers } from '../../electron/main/handlers.ts';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import { validCase } from '../support/temp-app.ts';

const shots = resolve(import.meta.dirname, '..', '..', 'test-results');
let h: Awaited<ReturnType<typeof startHarness>>;
let page: Page;
let errors: string[] = [];

// A real 1x1 PNG and a one-page PDF: small, but previews must render them.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 120]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const REGISTRY = { nip: '198902252024211013', name: 'Sri Wahyuni Lestari' };
const NEW_NIP = '198203152006041004';
/** The case the search and edit tests work on, registered in beforeAll: no test depends on another having run. */
const SEEDED = { name: 'Súgiharto Wibowo', nip: '197501012000031002', place: 'Pasar Cibodas' };
let seededId = 0;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  h = await startHarness(new Date());
  const db = h.app.ctx.db;
  const opd = Number(db.prepare("INSERT INTO opds (name) VALUES ('Dinas Kesehatan')").run().lastInsertRowid);
  db.prepare(
    `INSERT INTO employees (nip, name, employment_type, pangkat, jabatan, unit_kerja, opd_id, created_at, updated_at)
     VALUES (?, ?, 'PPPK', 'IX', 'Perawat Terampil', 'Puskesmas Cibodas', ?, '2024-01-01', '2024-01-01')`,
  ).run(REGISTRY.nip, REGISTRY.name, opd);
  const seeded = await dispatch(h.app.ctx, handlers, 'cases:create', {
    ...validCase,
    sourceRef: '014/Rek/Bawaslu-Kab/IX/2024',
    accused: [{ name: SEEDED.name, nip: SEEDED.nip, employmentType: 'PNS', jabatan: 'Pengemudi', unitKerja: 'Puskesmas Cibodas' }],
    incidentDate: '2024-09-15',
    incidentPlace: SEEDED.place,
    chronology: 'Terlapor membagikan selebaran pasangan calon dari mobil dinas puskesmas.',
  });
  if (!seeded.ok) throw new Error(seeded.error.message);
  seededId = (seeded.value as { id: number }).id;
});
afterAll(async () => h?.stop());
// Each test on a page of its own, from the case list: none starts where another left the screen.
beforeEach(async () => {
  ({ page, errors } = await openPage(h.browser, { height: 900 }));
  await page.goto(h.server.url);
  await page.getByRole('heading', { name: 'Daftar Kasus' }).waitFor();
});
afterEach(async () => {
  await page.close();
  expect(errors).toEqual([]);
});

describe('case intake in Chromium: two accused, two evidence files, find, open, edit, history', () => {
  it('registers a case with an accused from the registry, one added on the spot and two evidence files', async () => {
    await page.getByRole('link', { name: 'Registrasi Kasus' }).first().click();
    await page.getByTestId('employee-picker').fill('Wahyuni');
    await page.getByRole('option', { name: new RegExp(REGISTRY.name) }).click();
    await expect.poll(() => page.getByTestId('accused-0').getByLabel('Nama terlapor').inputValue()).toBe(REGISTRY.name);
    await page.getByRole('button', { name: 'Tambah terlapor' }).click();
    const second = page.getByTestId('accused-1');
    await second.getByLabel('Nama terlapor').fill('Hendra Kurniawan');
    await second.getByLabel('NIP').fill('19820315 200604 1 004');
    await page.getByRole('combobox', { name: 'Jenis pelanggaran' }).click();
    await page.getByRole('option', { name: /fasilitas negara/i }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('textbox', { name: 'Tanggal kejadian' }).fill('20/10/2024');
    await page.keyboard.press('Tab');
    await page.getByLabel('Tempat kejadian').fill('Halaman Kantor Desa Cibodas');
    // The time of day is typed in 24-hour fields (never "02:05 PM"), whatever the OS locale.
    await page.getByRole('spinbutton', { name: 'Jam', exact: true }).click();
    await page.keyboard.type('1405');
    expect(await page.getByRole('spinbutton', { name: 'Jam', exact: true }).inputValue()).toBe('14');
    expect(await page.getByRole('spinbutton', { name: 'Menit', exact: true }).inputValue()).toBe('05');
    await page.getByLabel('Kronologi').fill('Kedua terlapor memasang spanduk pasangan calon memakai mobil dinas puskesmas.');
    await page.locator('input[type=file]').setInputFiles([
      { name: 'foto-lokasi.png', mimeType: 'image/png', buffer: PNG },
      { name: 'laporan-bawaslu.pdf', mimeType: 'application/pdf', buffer: PDF },
    ]);
    await page.getByRole('button', { name: 'Registrasi kasus' }).click();
    await page.getByTestId('case-register-no').waitFor();
    const caseId = Number(/#\/cases\/(\d+)/.exec(page.url())![1]);
    const accused = h.app.ctx.db.prepare('SELECT name, nip, employee_id FROM case_accused WHERE case_id = ? ORDER BY position').all(caseId) as { name: string; nip: string; employee_id: number }[];
    const registryId = (h.app.ctx.db.prepare('SELECT id FROM employees WHERE nip = ?').get(REGISTRY.nip) as { id: number }).id;
    expect(accused.map((a) => a.nip)).toEqual([REGISTRY.nip, NEW_NIP]);
    expect(accused[0]!.employee_id).toBe(registryId);
    expect(h.app.ctx.db.prepare('SELECT incident_time AS t FROM cases WHERE id = ?').get(caseId)).toEqual({ t: '14:05' });
    await expect.poll(() => page.getByTestId('evidence-item').count()).toBe(2);
    expect(await page.getByTestId('evidence-hash').allTextContents()).toEqual([sha(PNG), sha(PDF)]);
    await page.getByTestId('evidence-image').waitFor();
    await page.locator('[data-testid="pdf-preview"][data-state="ready"]').waitFor();
    await page.getByRole('button', { name: 'Verifikasi' }).first().click();
    await expect.poll(() => page.getByTestId('verify-result').first().textContent()).toContain('Cocok');
    // Evidence arriving later: a link, kept as text.
    await page.getByRole('button', { name: 'Tambah tautan' }).click();
    await page.getByRole('textbox', { name: 'Tautan', exact: true }).fill('https://www.instagram.com/p/contoh-unggahan');
    await page.getByRole('button', { name: 'Lampirkan' }).click();
    await expect.poll(() => page.getByTestId('evidence-link').count()).toBe(1);
    await page.screenshot({ path: resolve(shots, 'case-intake-detail.png'), fullPage: true });
  });

  it('finds the case by NIP and by a word of the chronology', async () => {
    await page.goto(h.server.url);
    await page.getByRole('link', { name: 'Daftar Kasus' }).first().click();
    const search = page.getByRole('textbox', { name: 'Cari' });
    await search.fill(SEEDED.nip.slice(6, 14));
    await expect.poll(() => page.getByTestId('case-total').textContent()).toBe('1 kasus');
    await expect.poll(() => page.getByRole('cell', { name: /Súgiharto Wibowo/ }).count()).toBe(1);
    // The violation by its name, not the catalogue code.
    expect(await page.getByRole('cell', { name: 'Menjadi peserta kampanye dengan menggunakan fasilitas negara' }).count()).toBe(1);
    expect(await page.getByTestId('case-rows').textContent()).not.toContain('N-FASILITAS-NEGARA');
    await search.fill('SELEBARAN');
    await expect.poll(() => page.getByTestId('case-total').textContent()).toBe('1 kasus');
    await search.fill('sugiharto');
    await expect.poll(() => page.getByTestId('case-total').textContent()).toBe('1 kasus');
    await page.screenshot({ path: resolve(shots, 'case-list-search.png') });
    await page.getByRole('link', { name: /^REG\// }).click();
    await page.getByTestId('case-register-no').waitFor();
    expect(page.url()).toContain(`#/cases/${seededId}`);
  });

  it('edits the case with a reason and shows the change in its history', async () => {
    await page.goto(`${h.server.url.split('#')[0]}#/cases/${seededId}`);
    await page.getByRole('link', { name: 'Ubah data kasus' }).click();
    await page.getByLabel('Tempat kejadian').fill('Halaman Puskesmas Cibodas');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => page.getByText('Alasan perubahan').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('wajib diisi').count()).toBe(1);
    await page.getByLabel('Alasan perubahan').fill('Koreksi tempat sesuai foto lokasi');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByTestId('case-register-no').waitFor();
    const history = page.getByTestId('case-history');
    await expect.poll(() => history.getByText('Data kasus diubah').count()).toBe(1);
    await expect.poll(() => history.getByText('Koreksi tempat sesuai foto lokasi').count()).toBe(1);
    const changes = history.getByTestId('history-changes').last();
    expect(await changes.textContent()).toContain('Pasar Cibodas');
    expect(await changes.textContent()).toContain('Halaman Puskesmas Cibodas');
    await page.screenshot({ path: resolve(shots, 'case-history.png'), fullPage: true });
  });
});
