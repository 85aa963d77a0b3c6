/**
 * Laptop check-out in Chromium, with two real apps (the office's and the laptop's, each with
 * its own data folder and web harness): an official lends the case from its page and saves
 * the check-out file; the laptop takes it in on "Peminjaman kasus"; the examiner's hearing
 * and BAP are recorded there; the check-in file is saved from the laptop's case page and
 * applied at the office, after which the office shows the hearing and the badge is gone.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { goHash, openPage, startHarness } from './browser.ts';
import { tempApp } from '../support/temp-app.ts';
import { ensureRendererBuilt } from '../../electron/web/ensure-renderer.ts';
import { startWebServer } from '../../electron/web/server.ts';
import type { WebServer } from '../../electron/web/server.ts';
import { handlers } from '../../electron/main/handlers.ts';
import { selectCaseIdByRegisterNo } from '../../electron/main/cases/case-queries.ts';
import { staffIdByNip } from '../../electron/main/hearings/staff-queries.ts';
import { scheduleSession, recordAttendance } from '../../electron/main/hearings/hearing-service.ts';
import { saveBap } from '../../electron/main/examination/record-service.ts';
import { attendanceSchema, bapSaveSchema, sessionScheduleSchema } from '../../shared/examination/schemas.ts';
import { TEAM_NIPS, examiningCase, prepareOffice } from '../checkout/fixture.ts';

const shots = resolve(import.meta.dirname, '..', '..', 'test-results');
let h: Awaited<ReturnType<typeof startHarness>>;
let laptop: Awaited<ReturnType<typeof tempApp>>;
let laptopServer: WebServer;
let office: Page;
let onLaptop: Page;
const errors: string[] = [];
let caseId = 0;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  h = await startHarness(new Date('2024-11-13T10:00')) // office-local;
  caseId = examiningCase(h.app.ctx, prepareOffice(h.app.ctx)).id;
  laptop = await tempApp(new Date('2024-11-13T10:00'));
  laptopServer = await startWebServer({ ctx: laptop.ctx, handlers, rendererDir: await ensureRendererBuilt(resolve(import.meta.dirname, '..', '..')) });
  const a = await openPage(h.browser, { height: 1100 });
  const b = await openPage(h.browser, { height: 1100 });
  [office, onLaptop] = [a.page, b.page];
  a.errors.forEach((e) => errors.push(e));
  for (const p of [a, b]) p.page.on('pageerror', (e) => errors.push(e.message));
  await office.goto(h.server.url);
  await onLaptop.goto(laptopServer.url);
});
afterAll(async () => {
  await laptopServer?.close();
  laptop?.close();
  await h?.stop();
});

/** The examiner's work on the laptop, through the services its examination screens call. */
function hearingAndBap(laptopCaseId: number): void {
  const ctx = laptop.ctx;
  const accusedId = ctx.db.prepare('SELECT id FROM case_accused WHERE case_id = ?').pluck().get(laptopCaseId) as number;
  const roomId = ctx.db.prepare('SELECT id FROM rooms').pluck().get() as number;
  const examinerIds = [staffIdByNip(ctx.db, TEAM_NIPS.chair)!];
  const s = scheduleSession(ctx, sessionScheduleSchema.parse({ caseId: laptopCaseId, accusedId, summonsNo: 1, summonsDate: '2024-11-04', date: '2024-11-13', startTime: '09:00', durationMin: 60, roomId, examinerIds, overrideReason: 'jadwal disepakati' }));
  if (!s.saved) throw new Error('not saved');
  recordAttendance(ctx, attendanceSchema.parse({ id: s.session.id, attendance: 'present', expectedVersion: s.session.version }));
  saveBap(ctx, bapSaveSchema.parse({ sessionId: s.session.id, examinerIds, examineePresent: true, qa: [{ question: 'Apakah Saudara sehat?', answer: 'Ya, sehat.' }], expectedVersion: 0 }));
}

describe('laptop check-out screens', () => {
  it('lends from the case page, takes in and checks in on the laptop, applies at the office', async () => {
    await office.getByRole('link', { name: 'Peminjaman kasus' }).waitFor();
    await goHash(office, `/cases/${caseId}`);
    await office.getByTestId('checkout-lend').click();
    await office.getByTestId('checkout-borrower').fill('Ir. Hendra (197501012000031001)');
    await office.getByTestId('checkout-laptop').fill('LAPTOP-PEMERIKSA-01');
    const download = office.waitForEvent('download');
    await office.getByTestId('checkout-lend-submit').click();
    const checkoutFile = resolve(shots, 'kasus.sipena-checkout');
    const d = await download;
    expect(d.suggestedFilename()).toBe('REG-0001-INSP-2024.sipena-checkout');
    await d.saveAs(checkoutFile);
    await expect.poll(() => office.getByTestId('case-loan-badge').textContent()).toBe('Dipinjam oleh Ir. Hendra (197501012000031001) sejak 13 November 2024');
    // Edits would only be refused while the case is out: the page does not offer them.
    await expect.poll(() => office.getByRole('link', { name: 'Ubah data kasus' }).count()).toBe(0);
    await office.screenshot({ path: resolve(shots, 'checkout-lent.png'), fullPage: true });

    await onLaptop.getByRole('link', { name: 'Peminjaman kasus' }).waitFor();
    await goHash(onLaptop, '/checkout');
    const chooser = onLaptop.waitForEvent('filechooser');
    await onLaptop.getByTestId('checkout-take-file').click();
    await (await chooser).setFiles(checkoutFile);
    await onLaptop.getByTestId('checkout-take-submit').click();
    await expect.poll(() => onLaptop.getByTestId('checkout-take-done').textContent()).toBe('Kasus REG/0001/INSP/2024 diterima di laptop ini.');
    const laptopCaseId = selectCaseIdByRegisterNo(laptop.ctx.db, 'REG/0001/INSP/2024')!;
    hearingAndBap(laptopCaseId);
    // The laptop's examination page shows the borrowed case's team and the hearing recorded there.
    await goHash(onLaptop, `/cases/${laptopCaseId}/examination`);
    await onLaptop.getByText(/^BAP · 1/).waitFor();
    await onLaptop.getByText('Ir. Hendra').first().waitFor();
    await onLaptop.screenshot({ path: resolve(shots, 'checkout-laptop-examination.png'), fullPage: true });
    await goHash(onLaptop, `/cases/${laptopCaseId}`);
    await expect.poll(() => onLaptop.getByTestId('case-loan-badge').textContent()).toContain('Salinan pinjaman dari kantor');
    await onLaptop.screenshot({ path: resolve(shots, 'checkout-borrowed.png'), fullPage: true });
    const back = onLaptop.waitForEvent('download');
    await onLaptop.getByTestId('checkout-return').click();
    const returnFile = resolve(shots, 'kasus.sipena-return');
    await (await back).saveAs(returnFile);
    await expect.poll(() => onLaptop.getByTestId('case-loan-badge').textContent()).toContain('sudah dikemas');

    await goHash(office, '/checkout');
    await office.getByTestId('checkout-list').waitFor();
    const chooser2 = office.waitForEvent('filechooser');
    await office.getByTestId('checkout-apply-file').click();
    await (await chooser2).setFiles(returnFile);
    await office.getByTestId('checkout-apply-submit').click();
    await expect.poll(() => office.getByTestId('checkout-apply-done').textContent()).toContain('1 jadwal baru, 0 diperbarui, 1 BAP baru');
    await office.getByText('Tidak ada kasus yang sedang dipinjam.').waitFor();
    await office.screenshot({ path: resolve(shots, 'checkout-applied.png'), fullPage: true });
    await goHash(office, `/cases/${caseId}/examination`);
    // The hearing recorded on the laptop, with its BAP, on the office's examination page.
    await office.getByText(/^BAP · 1/).waitFor();
    await office.getByText('Rabu, 13 November 2024 09.00–10.00').waitFor();
    await office.screenshot({ path: resolve(shots, 'checkout-office-examination.png'), fullPage: true });
    await goHash(office, `/cases/${caseId}`);
    await office.getByRole('link', { name: 'Ubah data kasus' }).waitFor();
    expect(await office.getByTestId('case-loan-badge').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
