import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness } from './browser.ts';
import { addTestUser, signInAs, validCase } from '../support/temp-app.ts';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import { step } from '../support/step.ts';

const shots = resolve(import.meta.dirname, '..', '..', 'test-results');
let h: Awaited<ReturnType<typeof startHarness>>;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  h = await startHarness(new Date('2024-11-04T03:00:00Z'));
  page = await h.browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(h.server.url);
});
afterAll(async () => h?.stop());

const openNav = async (name: string) => {
  await page.getByRole('link', { name }).first().click();
};

// Each step starts where the one before left the app, so the steps are one journey test (a
// failure names its step), never `it`s that pass only in the order they are written.
it('examiner editing and administrator-only buttons in Chromium', async () => {
  await step('adds an examiner, edits rank, position and active flag through the list, and audits the change', async () => {
    await openNav('Pemeriksa & Ruang');
    const form = page.getByTestId('staff-form');
    await form.waitFor();
    await form.getByLabel('NIP').fill('197501012000031001');
    await form.getByLabel('Nama').fill('Ir. Hendra Wijaya');
    await form.getByLabel('Pangkat/golongan').fill('Penata (III/c)');
    await form.getByLabel('Jabatan').fill('Auditor Muda');
    await form.getByRole('button', { name: 'Tambah pemeriksa' }).click();
    const row = page.getByRole('row', { name: /Ir\. Hendra Wijaya/ });
    await expect.poll(() => row.count()).toBe(1);

    await row.getByRole('button', { name: 'Ubah' }).click();
    await expect.poll(() => form.getByLabel('Jabatan').inputValue()).toBe('Auditor Muda');
    expect(await form.getByText('Mengubah data Ir. Hendra Wijaya').count()).toBe(1);
    await form.getByLabel('Pangkat/golongan').fill('Penata Tingkat I (III/d)');
    await form.getByLabel('Jabatan').fill('Auditor Madya');
    await form.getByLabel('Aktif (dapat ditunjuk dalam tim)').uncheck();
    await form.getByRole('button', { name: 'Simpan perubahan' }).click();

    await expect.poll(() => row.textContent()).toContain('Auditor Madya');
    expect(await row.textContent()).toContain('tidak aktif');
    expect(await page.getByRole('row', { name: /Hendra/ }).count()).toBe(1);
    // The form is back to adding a new examiner.
    expect(await form.getByRole('button', { name: 'Tambah pemeriksa' }).count()).toBe(1);
    expect(await form.getByLabel('NIP').inputValue()).toBe('');
    expect(h.app.ctx.db.prepare('SELECT pangkat, jabatan, active FROM staff').all()).toEqual([{ pangkat: 'Penata Tingkat I (III/d)', jabatan: 'Auditor Madya', active: 0 }]);
    expect(h.app.ctx.db.prepare("SELECT action FROM audit_log WHERE entity = 'staff' ORDER BY id").all()).toEqual([{ action: 'staff.create' }, { action: 'staff.update' }]);
    await page.screenshot({ path: resolve(shots, 'staff-edit.png'), fullPage: true });
  });

  await step('shows an administrator the calendar and rule editing buttons', async () => {
    await openNav('Kalender Kerja');
    await page.getByTestId('year-source').waitFor();
    expect(await page.getByRole('button', { name: 'Tambah tahun' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Tambah hari libur' }).count()).toBe(1);
    expect(await page.getByTestId('calendar-read-only').count()).toBe(0);
    await openNav('Aturan Tenggat');
    await page.getByTestId('rule-appealWindow').waitFor();
    expect(await page.getByRole('button', { name: 'Simpan' }).count()).toBeGreaterThan(0);
  });

  await step('hides them from a viewer, who still reads the lists and uses the calculator', async () => {
    signInAs(h.app.ctx, await addTestUser(h.app.ctx, 'pengamat', 'viewer'));
    await page.reload();
    await openNav('Kalender Kerja');
    await page.getByTestId('year-source').waitFor();
    await page.getByTestId('calendar-read-only').waitFor();
    expect(await page.getByTestId('calendar-read-only').textContent()).toBe('Hanya administrator yang dapat mengubah kalender.');
    for (const name of ['Tambah tahun', 'Ubah sumber', 'Tambah hari libur', 'Ubah hari libur', 'Hapus']) expect(await page.getByRole('button', { name }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Hitung' }).count()).toBe(1);
    expect(await page.getByRole('row').count()).toBeGreaterThan(10);
    await page.screenshot({ path: resolve(shots, 'calendar-viewer.png'), fullPage: true });

    await openNav('Aturan Tenggat');
    await page.getByTestId('rules-read-only').waitFor();
    expect(await page.getByTestId('rule-appealWindow').textContent()).toContain('PP 79/2021');
    expect(await page.getByRole('button', { name: 'Simpan' }).count()).toBe(0);
    expect(await page.getByLabel('Alasan perubahan').count()).toBe(0);

    await openNav('Pemeriksa & Ruang');
    await page.getByRole('row', { name: /Hendra/ }).waitFor();
    expect(await page.getByTestId('staff-form').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Ubah/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Tambah ruang' }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  await step('shows a clerk no decision form (the server refuses it), an official the form', async () => {
    const ctx = h.app.ctx;
    const caseId = createCase(ctx, caseCreateSchema.parse(validCase)).id;
    ctx.db.prepare("UPDATE cases SET status = 'decision' WHERE id = ?").run(caseId);
    const accusedId = (ctx.db.prepare('SELECT id FROM case_accused WHERE case_id = ?').get(caseId) as { id: number }).id;
    signInAs(ctx, await addTestUser(ctx, 'budi', 'clerk'));
    await page.goto(`${h.server.url}#/cases/${caseId}/examination`);
    await page.getByTestId(`decision-pending-${accusedId}`).waitFor();
    expect(await page.getByTestId(`decision-pending-${accusedId}`).textContent()).toBe('Keputusan untuk Budi Santoso diisi oleh Pejabat atau Administrator.');
    expect(await page.getByRole('button', { name: 'Simpan keputusan' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Tambah' }).count()).toBe(0);
    signInAs(ctx, await addTestUser(ctx, 'kepala', 'official'));
    await page.reload();
    await page.getByTestId(`decision-${accusedId}`).waitFor();
    expect(await page.getByRole('button', { name: 'Simpan keputusan' }).count()).toBe(1);
    expect(errors).toEqual([]);
  });
}, 4 * 120_000);
