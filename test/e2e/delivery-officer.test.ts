/**
 * The berita acara of the SK's delivery names the officer who handed it over: picked from the
 * staff list (name, NIP and jabatan filled in, still editable) or typed for someone not on it.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, seedCase, startHarness } from './browser.ts';
import { saveDecision } from '../../electron/main/examination/decision-service.ts';
import { saveStaff } from '../../electron/main/hearings/staff-service.ts';
import { issueLetter } from '../../electron/main/letters/issue-service.ts';
import { decisionSaveSchema, staffSaveSchema } from '../../shared/examination/schemas.ts';

const shots = resolve(import.meta.dirname, '..', '..', 'test-results');
let h: Awaited<ReturnType<typeof startHarness>>;
let page: Page;
let errors: string[] = [];
let clock = new Date('2024-12-02T03:00:00Z');
let caseId = 0;
let accusedId = 0;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  h = await startHarness(undefined, { clock: () => clock });
  const ctx = h.app.ctx;
  saveStaff(ctx, staffSaveSchema.parse({ nip: '198203112006041002', name: 'Rudi Hartono', unit: 'inspektorat', pangkat: 'Penata (III/c)', jabatan: 'Kepala Subbagian Umum Inspektorat' }));
  ({ id: caseId } = seedCase(ctx, { accused: [{ name: 'Budi Santoso', nip: '198609262015051001', employmentType: 'PNS', positionClass: 'administrator' }], violationCodes: ['N-FASILITAS-NEGARA'], acknowledgeDuplicates: true }));
  ctx.db.prepare("UPDATE cases SET status = 'decision' WHERE id = ?").run(caseId);
  accusedId = (ctx.db.prepare('SELECT id FROM case_accused WHERE case_id = ?').get(caseId) as { id: number }).id;
  saveDecision(ctx, decisionSaveSchema.parse({ expectedVersion: 0, caseId, accusedId, catalogueId: 'PP94-2021', sanctionCode: 'PP94-BERAT-PELAKSANA', durationMonths: 12 }));
  await issueLetter(ctx, { caseId, type: 'sk', subject: `accused:${accusedId}` });
  clock = new Date('2024-12-04T03:00:00Z');
  h.app.ctx.session.lastActivity = clock.getTime();
  ({ page, errors } = await openPage(h.browser));
  await page.goto(`${h.server.url}#/cases/${caseId}/examination`);
});
afterAll(async () => h?.stop());

describe('the officer who delivered the SK', () => {
  it('is picked from the staff list, filling name, NIP and jabatan; the filled values stay editable and are what is recorded', async () => {
    const form = page.getByTestId('delivery-form');
    await form.waitFor();
    const name = form.getByRole('textbox', { name: 'Nama petugas yang menyampaikan' });
    const nip = form.getByRole('textbox', { name: 'NIP petugas (kosongkan bila tidak ada)' });
    const jabatan = form.getByRole('textbox', { name: 'Jabatan petugas' });
    expect(await name.inputValue()).toBe('');
    await form.getByRole('combobox', { name: 'Pilih dari daftar petugas' }).click();
    await page.getByRole('option', { name: 'Rudi Hartono (Kepala Subbagian Umum Inspektorat)' }).click();
    await expect.poll(() => name.inputValue()).toBe('Rudi Hartono');
    expect(await nip.inputValue()).toBe('198203112006041002');
    expect(await jabatan.inputValue()).toBe('Kepala Subbagian Umum Inspektorat');
    // The staff list's jabatan may be out of date: the clerk corrects it by typing.
    await jabatan.fill('Plt. Kepala Subbagian Umum Inspektorat');
    const date = form.getByRole('textbox', { name: 'Tanggal disampaikan' });
    await date.fill('04/12/2024');
    await date.press('Tab');
    await form.getByRole('textbox', { name: 'Diterima oleh' }).fill('Budi Santoso');
    await page.screenshot({ path: resolve(shots, 'delivery-officer.png'), fullPage: true });
    await form.getByRole('button', { name: 'Simpan penyampaian' }).click();
    await expect.poll(() => page.getByTestId('delivered-by').textContent()).toBe('Petugas yang menyampaikan: Rudi Hartono (NIP 198203112006041002), Plt. Kepala Subbagian Umum Inspektorat');
    expect(h.app.ctx.db.prepare('SELECT delivered_by_name AS name, delivered_by_nip AS nip, delivered_by_jabatan AS jabatan FROM sk_deliveries WHERE case_id = ?').get(caseId)).toEqual({
      name: 'Rudi Hartono', nip: '198203112006041002', jabatan: 'Plt. Kepala Subbagian Umum Inspektorat',
    });
    expect(errors).toEqual([]);
  });
});
