import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness } from './browser.ts';

const shots = resolve(import.meta.dirname, '..', '..', 'test-results');
let h: Awaited<ReturnType<typeof startHarness>>;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  h = await startHarness(new Date());
  page = await h.browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(h.server.url);
  await page.getByRole('heading', { name: 'Daftar Kasus' }).waitFor();
});
afterAll(async () => h?.stop());

describe('intake in Chromium: the violation list follows the incident date', () => {
  it('switches to PP 53/2010 for an incident before 31 Aug 2021, dropping PP 94/2021 codes, and registers the case under it', async () => {
    await page.getByRole('link', { name: 'Registrasi Kasus' }).first().click();
    const catalogue = page.getByLabel('Dasar hukum (katalog)', { exact: true }).first();
    await expect.poll(() => catalogue.inputValue()).toMatch(/^PP 94\/2021/);
    await page.getByRole('combobox', { name: 'Jenis pelanggaran' }).click();
    await page.getByRole('option', { name: /Menggunakan fasilitas negara|fasilitas negara/i }).first().click();
    await page.keyboard.press('Escape');
    await page.getByRole('textbox', { name: 'Tanggal kejadian' }).fill('17/04/2019');
    await page.keyboard.press('Tab');
    await expect.poll(() => catalogue.inputValue()).toMatch(/^PP 53\/2010/);
    // The PP 94/2021 code chosen before the date is gone; PP 53/2010 and its ethics list are offered.
    expect(await page.locator('.mantine-MultiSelect-pill').count()).toBe(0);
    await page.getByRole('combobox', { name: 'Jenis pelanggaran' }).click();
    await page.getByRole('option', { name: /fasilitas yang terkait dengan jabatan dalam kampanye calon kepala daerah/ }).click();
    await page.keyboard.press('Escape');
    await page.screenshot({ path: resolve(shots, 'case-catalogue-date.png'), fullPage: true });

    const accused = page.getByTestId('accused-0');
    await accused.getByLabel('Nama terlapor').fill('Budi Santoso');
    await accused.getByLabel('NIP').fill('198609262015051001');
    await page.getByRole('button', { name: 'Registrasi kasus' }).click();
    await page.getByTestId('case-register-no').waitFor();
    const caseId = Number(/#\/cases\/(\d+)/.exec(page.url())![1]);
    const row = h.app.ctx.db.prepare('SELECT catalogue_version AS v, incident_date AS d FROM cases WHERE id = ?').get(caseId);
    expect(row).toEqual({ v: 'PP53-2010/2024.1', d: '2019-04-17' });
    // Back to a recent date: PP 94/2021 again.
    await page.getByRole('link', { name: 'Registrasi Kasus' }).first().click();
    await page.getByRole('textbox', { name: 'Tanggal kejadian' }).fill('20/10/2024');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.getByLabel('Dasar hukum (katalog)', { exact: true }).first().inputValue()).toMatch(/^PP 94\/2021/);
    expect(errors).toEqual([]);
  });
});
