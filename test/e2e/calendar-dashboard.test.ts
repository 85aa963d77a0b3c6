import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness } from './browser.ts';
import { addRoom, saveStaff } from '../../electron/main/hearings/staff-service.ts';
import { staffSaveSchema } from '../../shared/examination/schemas.ts';
import { step } from '../support/step.ts';

const shots = resolve(import.meta.dirname, '..', '..', 'test-results');
let h: Awaited<ReturnType<typeof startHarness>>;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  // Monday 4 November 2024: inside the shipped calendar, three weeks before Pilkada day.
  h = await startHarness(new Date('2024-11-04T03:00:00Z'));
  const insert = h.app.ctx.db.prepare(
    `INSERT INTO cases (register_no, register_year, register_seq, source, incident_date, status, catalogue_version, created_at, created_by, updated_at)
     VALUES (?, 2024, ?, 'bawaslu', '2024-09-20', 'registered', 'test', ?, 'test', ?)`,
  );
  insert.run('REG/0001/INSP/2024', 1, '2024-10-01T02:00:00.000Z', '2024-10-01T02:00:00.000Z'); // follow-up due 15 Oct: overdue
  insert.run('REG/0002/INSP/2024', 2, '2024-10-23T02:00:00.000Z', '2024-10-23T02:00:00.000Z'); // due 6 Nov: due soon
  page = await h.browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(h.server.url);
});
afterAll(async () => h?.stop());

// Each step starts where the one before left the app, so the steps are one journey test (a
// failure names its step), never `it`s that pass only in the order they are written.
it('needs-action dashboard, working-day calendar and deadline rules in Chromium', async () => {
  await step('lists the overdue and due-soon recommendation follow-ups, first in the navigation', async () => {
    const nav = page.locator('nav a, [class*="Navbar"] a');
    await nav.first().waitFor();
    expect((await nav.first().textContent())?.trim()).toBe('Perlu Tindakan');
    await page.getByRole('link', { name: 'Perlu Tindakan' }).first().click();
    await page.getByTestId('overdue-count').waitFor();
    expect(await page.getByTestId('overdue-count').textContent()).toBe('1 terlambat');
    expect(await page.getByTestId('due-soon-count').textContent()).toBe('1 jatuh tempo dalam 5 hari kerja');
    await expect.poll(() => page.getByText('terlambat 20 hari').count()).toBe(1);
    await expect.poll(() => page.getByText('Rabu, 6 November 2024').count()).toBe(1);
    expect(await page.locator('tr[data-state="overdue"]').count()).toBe(1);
    await page.screenshot({ path: resolve(shots, 'dashboard-needs-action.png'), fullPage: true });
  });

  await step('shows the 2024 official list with its decrees, removes a holiday with a reason, and computes working days', async () => {
    await page.getByRole('link', { name: 'Kalender Kerja' }).first().click();
    await page.getByTestId('year-source').waitFor();
    await page.getByRole('combobox', { name: 'Tahun' }).click();
    await page.getByRole('option', { name: '2024' }).click();
    await expect.poll(async () => page.getByTestId('year-source').textContent()).toContain('Nomor 855 Tahun 2023');
    await expect.poll(() => page.getByText('Hari Pemungutan Suara Pemilihan Kepala Daerah Serentak Tahun 2024').count()).toBe(1);
    expect(await page.getByText('Cuti bersama Hari Raya Idul Fitri 1445 Hijriah').count()).toBe(4);
    // Adding a year is titled as such (not "Ubah sumber"), and the existing year's source edit keeps its year.
    await page.getByRole('button', { name: 'Tambah tahun' }).click();
    await expect.poll(() => page.getByRole('dialog').getByRole('heading').textContent()).toBe('Tambah tahun');
    await page.getByRole('dialog').getByRole('button', { name: 'Tutup' }).click();
    await page.getByRole('button', { name: 'Ubah sumber' }).click();
    await expect.poll(() => page.getByRole('dialog').getByRole('heading').textContent()).toBe('Ubah sumber');
    expect(await page.getByRole('dialog').getByRole('textbox', { name: 'Tahun' }).getAttribute('readonly')).not.toBeNull();
    await page.getByRole('dialog').getByRole('button', { name: 'Tutup' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    const calc = page.locator('div').filter({ has: page.getByRole('heading', { name: 'Hitung hari kerja' }) }).last();
    await calc.getByRole('textbox', { name: 'Tanggal awal' }).fill('05/04/2024');
    await page.keyboard.press('Tab');
    await calc.getByRole('textbox', { name: 'Jumlah hari kerja' }).fill('1');
    await calc.getByRole('button', { name: 'Hitung' }).click();
    await expect.poll(async () => page.getByTestId('calc-result').textContent()).toContain('Selasa, 16 April 2024');
    await page.screenshot({ path: resolve(shots, 'calendar-2024.png'), fullPage: true });

    const row = page.getByRole('row', { name: /Cuti bersama Hari Raya Natal/ });
    await row.getByRole('button', { name: 'Hapus' }).click();
    await page.getByRole('dialog').getByLabel('Alasan perubahan').fill('Uji penghapusan');
    await page.getByRole('dialog').getByRole('button', { name: 'Hapus' }).click();
    await expect.poll(() => page.getByText('Cuti bersama Hari Raya Natal').count()).toBe(0);
    const audit = h.app.ctx.db.prepare("SELECT action, reason FROM audit_log WHERE entity = 'holiday'").all();
    expect(audit).toEqual([{ action: 'holiday.delete', reason: 'Uji penghapusan' }]);
  });

  await step('marks the years without an official list as provisional (perkiraan) and warns about a short list', async () => {
    await page.getByRole('link', { name: 'Kalender Kerja' }).first().click();
    await page.getByTestId('year-source').waitFor();
    expect(await page.getByTestId('provisional-years').textContent()).toContain('Tahun 2027, 2028 belum punya daftar hari libur resmi');
    const calc = page.locator('div').filter({ has: page.getByRole('heading', { name: 'Hitung hari kerja' }) }).last();
    await calc.getByRole('textbox', { name: 'Tanggal awal' }).fill('30/12/2026');
    await page.keyboard.press('Tab');
    await calc.getByRole('textbox', { name: 'Jumlah hari kerja' }).fill('3');
    await calc.getByRole('button', { name: 'Hitung' }).click();
    await expect.poll(async () => page.getByTestId('calc-result').textContent()).toContain('Selasa, 5 Januari 2027');
    expect(await page.getByTestId('calc-result').textContent()).toContain('(perkiraan: tahun 2027 belum punya daftar hari libur resmi');
    // A year entered with a handful of dates is warned about.
    await page.getByRole('button', { name: 'Tambah tahun' }).click();
    await page.getByRole('dialog').getByRole('textbox', { name: 'Tahun' }).fill('2027');
    await page.getByRole('dialog').getByRole('textbox', { name: /Sumber/ }).fill('SKB 3 Menteri tentang Hari Libur Nasional dan Cuti Bersama Tahun 2027 (uji)');
    await page.getByRole('dialog').getByRole('button', { name: 'Simpan' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('short-year').textContent()).toContain('Daftar tahun 2027 hanya berisi 0 hari libur');
    expect(await page.getByTestId('provisional-years').textContent()).toContain('Tahun 2028, 2029 belum punya');
    await page.screenshot({ path: resolve(shots, 'calendar-provisional.png'), fullPage: true });
  });

  await step('shows each deadline rule with its legal basis and the unverified flag', async () => {
    await page.getByRole('link', { name: 'Aturan Tenggat' }).first().click();
    const summons = page.getByTestId('rule-summons1Notice');
    await summons.waitFor();
    expect(await summons.textContent()).toContain('PP 94/2021 Pasal 26');
    expect(await summons.textContent()).toContain('perlu diverifikasi');
    expect(await summons.textContent()).toContain('bawaan menurut PerBKN 6/2022');
    expect(await page.getByTestId('rule-note-summons1Notice').textContent()).toContain('Jarak tepat 7 hari kerja memenuhi kedua tafsiran.');
    expect(await page.getByTestId('rule-appealWindow').textContent()).toContain('PP 79/2021');
    // A refusal to receive the SK counts as its delivery that day: a yes/no rule, to verify, switched with a reason.
    const refusal = page.getByTestId('procedure-rule-refusalCountsAsDelivery');
    expect(await refusal.textContent()).toContain('Penolakan menerima SK dihitung sebagai penyampaian pada hari itu');
    expect(await refusal.textContent()).toContain('perlu diverifikasi');
    expect(await refusal.textContent()).toContain('Berlaku: Ya · Bawaan: Ya');
    await refusal.getByRole('switch').click({ force: true });
    await refusal.getByRole('textbox', { name: 'Alasan' }).fill('Menunggu kajian biro hukum');
    await refusal.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => refusal.textContent()).toContain('Berlaku: Tidak · Bawaan: Ya');
    expect(await refusal.textContent()).toContain('diubah kantor');
    await page.screenshot({ path: resolve(shots, 'deadline-rules.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  await step('shows the administrator a first-run checklist whose steps link to their screens and tick from the data; the menu is grouped', async () => {
    await page.goto(`${h.server.url}#/dashboard`);
    const list = page.getByTestId('setup-checklist');
    await list.waitFor();
    const state = async () =>
      Object.fromEntries(await list.locator('[data-step]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-step'), e.getAttribute('data-done')])));
    // Holidays: the shipped 2024 list covers the clock's year; nothing else is set on a fresh install.
    expect(await state()).toEqual({
      letterhead: 'false',
      logo: 'false',
      signatories: 'false',
      registerNumber: 'false',
      holidays: 'true',
      employees: 'false',
      examinersRooms: 'false',
      users: 'false',
      backup: 'false',
    });
    expect(await list.getByRole('heading').textContent()).toBe('Persiapan sebelum kasus pertama (1/9)');
    await list.getByRole('link', { name: 'Akun petugas lain dan perannya' }).click();
    await page.getByRole('button', { name: 'Tambah pengguna' }).waitFor();
    // Daily work apart from administration.
    const daily = page.getByRole('group', { name: 'Pekerjaan harian' });
    const admin = page.getByRole('group', { name: 'Administrasi' });
    expect(await daily.getByRole('link', { name: 'Daftar Kasus' }).count()).toBe(1);
    expect(await daily.getByRole('link', { name: 'Kalender Kerja' }).count()).toBe(0);
    expect(await admin.getByRole('link', { name: 'Kalender Kerja' }).count()).toBe(1);
    expect(await admin.getByRole('link', { name: 'Pengguna' }).count()).toBe(1);
    // A step done elsewhere is ticked on the next visit.
    addRoom(h.app.ctx, { name: 'Ruang Rapat Inspektorat' });
    saveStaff(h.app.ctx, staffSaveSchema.parse({ nip: '197501012000031001', name: 'Ir. Hendra Wijaya', unit: 'inspektorat', pangkat: 'Penata Tk. I (III/d)', jabatan: 'Auditor Muda' }));
    await page.goto(`${h.server.url}#/dashboard`);
    await expect.poll(async () => (await state()).examinersRooms).toBe('true');
    await page.screenshot({ path: resolve(shots, 'dashboard-setup-checklist.png'), fullPage: true });
    expect(errors).toEqual([]);
  });
}, 5 * 120_000);
