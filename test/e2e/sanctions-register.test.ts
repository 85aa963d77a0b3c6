/**
 * The register of sanctions in force in Chromium: filter by status, the ended sanction's notice
 * to BKPSDM issued from its "Perlu tindakan" entry and shown in the register, hidden from examiners.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { goHash, openPage, seedCase, startHarness } from './browser.ts';
import { addTestUser, signInAs } from '../support/temp-app.ts';
import { saveDecision } from '../../electron/main/examination/decision-service.ts';
import { recordDelivery } from '../../electron/main/examination/delivery-service.ts';
import { issueLetter } from '../../electron/main/letters/issue-service.ts';
import { decisionSaveSchema, deliverySaveSchema } from '../../shared/examination/schemas.ts';

const shots = resolve(import.meta.dirname, '..', '..', 'test-results');
let h: Awaited<ReturnType<typeof startHarness>>;
let page: Page;
let errors: string[] = [];
let clock = new Date('2024-12-02T03:00:00Z');
const at = (iso: string) => {
  clock = new Date(iso);
  h.app.ctx.session.lastActivity = clock.getTime();
};

/** A case whose SK (dated 2 Dec 2024) was received on 4 Dec: in force from 19 Dec for `months`. */
async function delivered(name: string, nip: string, sanctionCode: string, months: number): Promise<{ id: number; accusedId: number }> {
  const ctx = h.app.ctx;
  const violationCodes = sanctionCode === 'PP94-SEDANG-TUKIN' ? ['N-KAMPANYE-ATRIBUT'] : ['N-FASILITAS-NEGARA'];
  const { id } = seedCase(ctx, { accused: [{ name, nip, employmentType: 'PNS', positionClass: 'administrator' }], violationCodes, acknowledgeDuplicates: true });
  ctx.db.prepare("UPDATE cases SET status = 'decision' WHERE id = ?").run(id);
  const accusedId = (ctx.db.prepare('SELECT id FROM case_accused WHERE case_id = ?').get(id) as { id: number }).id;
  saveDecision(ctx, decisionSaveSchema.parse({ expectedVersion: 0, caseId: id, accusedId, catalogueId: 'PP94-2021', sanctionCode, durationMonths: months }));
  at('2024-12-02T03:00:00Z');
  await issueLetter(ctx, { caseId: id, type: 'sk', subject: `accused:${accusedId}` });
  at('2024-12-04T03:00:00Z');
  recordDelivery(ctx, deliverySaveSchema.parse({ caseId: id, accusedId, deliveredOn: '2024-12-04', method: 'langsung', receivedBy: name, deliveredByName: 'Rudi Hartono', deliveredByJabatan: 'Kepala Subbagian Umum Inspektorat' }));
  return { id, accusedId };
}

let ended: { id: number; accusedId: number };
let adminId = 0;
beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  h = await startHarness(undefined, { clock: () => clock });
  ended = await delivered('Budi Santoso', '198609262015051001', 'PP94-SEDANG-TUKIN', 6);
  await delivered('Siti Aminah', '199001012019032002', 'PP94-BERAT-PELAKSANA', 12);
  // 20 June 2025: the six-month cut ended on 18 June, the twelve-month release runs to 18 Dec.
  at('2025-06-20T03:00:00Z');
  adminId = h.app.ctx.session.user!.id;
});
afterAll(async () => h?.stop());
// Each test as the administrator on a page of its own, from the start screen: none starts where
// another left the screen or with the role another signed in as.
beforeEach(async () => {
  signInAs(h.app.ctx, adminId);
  ({ page, errors } = await openPage(h.browser));
  await page.goto(h.server.url);
});
afterEach(async () => {
  await page.close();
  expect(errors).toEqual([]);
});

describe('sanctions in force in Chromium', () => {
  it('lists the sanction in force by default and the ended one under its filter', async () => {
    await page.getByRole('link', { name: 'Hukuman Berjalan' }).click();
    await page.getByTestId('sanctions-table').waitFor();
    const rows = page.getByTestId(/^sanction-\d+-\d+$/);
    await expect.poll(() => rows.count()).toBe(1);
    const running = await rows.first().textContent();
    for (const s of ['Siti Aminah', 'Pembebasan dari jabatannya menjadi jabatan pelaksana', '19 Desember 2024', '18 Desember 2025', 'BUPATI CONTOH', 'Berlaku']) expect(running, s).toContain(s);
    await page.getByText('Sudah berakhir', { exact: true }).click();
    await expect.poll(async () => (await rows.first().textContent()) ?? '').toContain('Budi Santoso');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('18 Juni 2025');
    await page.screenshot({ path: resolve(shots, 'sanctions-register-ended.png'), fullPage: true });
  });

  it('issues the end-of-sanction notice from Perlu tindakan; the entry goes and the register shows its number', async () => {
    await goHash(page, '/dashboard');
    const button = page.getByTestId(`end-notice-${ended.id}-${ended.accusedId}`);
    await button.waitFor();
    expect(await page.getByText('Hukuman disiplin berakhir: kirim pemberitahuan ke BKPSDM').count()).toBe(1);
    await button.click();
    await expect.poll(() => page.getByText('Hukuman disiplin berakhir: kirim pemberitahuan ke BKPSDM').count()).toBe(0);
    expect(h.app.ctx.db.prepare("SELECT number FROM issued_letters WHERE type = 'endnotice'").pluck().get()).toBe('800.1.6.4/1/PBHD/INSP/2025');

    await goHash(page, '/sanctions');
    await page.getByText('Sudah berakhir', { exact: true }).click();
    await expect.poll(async () => (await page.getByTestId(`notice-${ended.id}-${ended.accusedId}`).textContent()) ?? '').toContain('800.1.6.4/1/PBHD/INSP/2025');
    expect(errors).toEqual([]);
  });

  it('is not offered to an examiner', async () => {
    // The menu's entry, and any link to the register at all (the dashboard's ended-sanction entry
    // has one, "Buka daftar hukuman berjalan", until its notice is issued).
    const links = async () => {
      // A reload makes the renderer read the new session (its role) from main.
      await page.goto(`${h.server.url}#/dashboard`);
      await page.reload();
      await page.getByRole('heading', { name: 'Perlu Tindakan' }).waitFor();
      return { menu: await page.getByRole('link', { name: 'Hukuman Berjalan', exact: true }).count(), any: await page.getByRole('link', { name: 'Hukuman Berjalan' }).count() };
    };
    signInAs(h.app.ctx, await addTestUser(h.app.ctx, 'petugas', 'clerk'));
    expect((await links()).menu).toBe(1);
    signInAs(h.app.ctx, await addTestUser(h.app.ctx, 'pemeriksa', 'examiner'));
    expect(await links()).toEqual({ menu: 0, any: 0 });
  });
});
