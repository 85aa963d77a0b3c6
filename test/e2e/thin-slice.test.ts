import { readFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, downloadedFile } from './browser.ts';
import { extractPdfText } from '../support/pdf-text.ts';
import { step } from '../support/step.ts';

const shots = resolve(import.meta.dirname, '..', '..', 'test-results');
let h: Awaited<ReturnType<typeof startHarness>>;
let page: Page;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  // Real clock: the date picker refuses future dates relative to today.
  h = await startHarness(new Date());
  page = await h.browser.newPage({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(h.server.url);
  await page.getByRole('heading', { name: 'Daftar Kasus' }).waitFor();
  expect(errors).toEqual([]);
});
afterAll(async () => h?.stop());

// Each step starts where the one before left the app, so the steps are one journey test (a
// failure names its step), never `it`s that pass only in the order they are written.
it('thin slice in Chromium: register, list, open, receipt PDF', async () => {
  await step('shows Indonesian field errors from the shared schema before anything is sent', async () => {
    await page.getByRole('link', { name: 'Registrasi Kasus' }).first().click();
    await page.getByLabel('NIP').fill('1986092620150');
    await page.getByRole('button', { name: 'Registrasi kasus' }).click();
    await expect.poll(() => page.getByText('NIP harus 18 digit').count()).toBe(1);
    await expect.poll(() => page.getByText('pilih minimal satu jenis pelanggaran').count()).toBe(1);
    expect(await h.app.ctx.db.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 0 });
  });

  await step('registers a minimal case and lands on its record', async () => {
    await page.getByLabel('Nama terlapor').fill('Budi Santoso');
    await page.getByLabel('NIP').fill('198609262015051001');
    await page.getByRole('combobox', { name: 'Jenis pelanggaran' }).click();
    await page.getByRole('option', { name: /fasilitas negara/i }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('textbox', { name: 'Tanggal kejadian' }).fill('20/10/2024');
    await page.keyboard.press('Tab');
    await page.getByLabel('Tempat kejadian').fill('Balai Desa Sukamaju');
    await page.getByRole('button', { name: 'Registrasi kasus' }).click();
    const heading = page.getByTestId('case-register-no');
    await heading.waitFor();
    const year = new Date().getFullYear();
    expect(await heading.textContent()).toBe(`REG/0001/INSP/${year}`);
    await expect.poll(() => page.getByText('Minggu, 20 Oktober 2024').count()).toBe(1);
    await expect.poll(() => page.getByText('19860926 201505 1 001').count()).toBe(1);
  });

  await step('lists the case and finds it by NIP', async () => {
    await page.getByRole('link', { name: 'Daftar Kasus' }).first().click();
    await page.getByTestId('case-total').waitFor();
    expect(await page.getByTestId('case-total').textContent()).toBe('1 kasus');
    await page.getByRole('textbox', { name: 'Cari' }).fill('2015051001');
    await expect.poll(() => page.getByRole('cell', { name: 'Budi Santoso' }).count()).toBe(1);
    await page.getByRole('textbox', { name: 'Cari' }).fill('tidak ada yang cocok');
    await expect.poll(async () => page.getByTestId('case-total').textContent()).toBe('0 kasus');
    await page.getByRole('textbox', { name: 'Cari' }).fill('');
    await page.getByRole('link', { name: /^REG\/0001/ }).click();
    await page.getByTestId('case-register-no').waitFor();
  });

  await step('produces the Tanda Terima Laporan, shows it, and saves a PDF with the right text', async () => {
    await page.getByRole('button', { name: 'Buat tanda terima' }).click();
    await page.locator('[data-testid="pdf-preview"][data-state="ready"]').waitFor();
    expect(await page.locator('[data-testid="pdf-preview"] canvas').count()).toBe(1);
    await page.screenshot({ path: resolve(shots, 'thin-slice-receipt.png'), fullPage: true });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Simpan PDF' }).click()]);
    // The receipt button shows the common draft (watermarked, unnumbered), named like every draft.
    expect(download.suggestedFilename()).toMatch(/^Tanda-Terima-Laporan-draft-REG-0001-INSP-\d{4}\.pdf$/);
    const bytes = readFileSync(await downloadedFile(download, h.app.dir));
    const [text] = await extractPdfText(bytes);
    expect(text).toContain('TANDA TERIMA LAPORAN');
    expect(text).toContain('REG/0001/INSP/');
    expect(text).toContain('Budi Santoso');
    expect(text).toContain('19860926 201505 1 001');
    expect(text).toMatch(/fasilitas negara/i);
    expect(text).toContain('20 Oktober 2024');
    expect(text).toContain('DRAFT');
  });
}, 4 * 120_000);
