/**
 * The reason dialog of a case's workflow step (Tidak ditindaklanjuti, Diteruskan, Banding), in
 * Chromium: a failure of its save is shown inside the dialog only, not on the page it covers,
 * and is gone once the dialog is cancelled. Main's failure is played by answering the request
 * in the browser's network layer.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, seedCase, startHarness } from './browser.ts';

const shots = resolve(import.meta.dirname, '..', '..', 'test-results');
let h: Awaited<ReturnType<typeof startHarness>>;
let page: Page;
let errors: string[] = [];
let caseId = 0;
const FAILURE = 'Kasus ini sedang diubah oleh pengguna lain.';

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  h = await startHarness(new Date('2024-11-04T03:00:00Z'));
  caseId = seedCase(h.app.ctx).id;
  ({ page, errors } = await openPage(h.browser));
  await page.goto(`${h.server.url}#/cases/${caseId}/examination`);
  await page.getByTestId('examination-title').waitFor();
});
afterAll(async () => h?.stop());

it("shows the step's save failure inside its reason dialog only; Batal forgets it and the next opening starts empty", async () => {
  const transition = (url: URL) => decodeURIComponent(url.pathname) === '/ipc/examination:transition';
  await page.route(transition, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'CONFLICT', message: FAILURE } }) }),
  );
  await page.getByRole('button', { name: 'Tidak ditindaklanjuti' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Alasan' }).fill('Laporan tidak memuat identitas terlapor');
  await dialog.getByRole('button', { name: 'Jalankan' }).click();
  await dialog.getByText(FAILURE).waitFor();
  // Nowhere else: the page behind the dialog shows no alert of its own.
  expect(await page.getByText(FAILURE).count()).toBe(1);
  await page.screenshot({ path: resolve(shots, 'workflow-reason-failure.png') });

  await dialog.getByRole('button', { name: 'Batal' }).click();
  await dialog.waitFor({ state: 'detached' });
  expect(await page.getByText(FAILURE).count()).toBe(0);
  await page.getByRole('button', { name: 'Tidak ditindaklanjuti' }).click();
  expect(await dialog.getByRole('textbox', { name: 'Alasan' }).inputValue()).toBe('');
  expect(await dialog.getByText(FAILURE).count()).toBe(0);

  // With main answering again, the step is taken with its reason.
  await page.unroute(transition);
  await dialog.getByRole('textbox', { name: 'Alasan' }).fill('Laporan tidak memuat identitas terlapor');
  await dialog.getByRole('button', { name: 'Jalankan' }).click();
  await dialog.waitFor({ state: 'detached' });
  await expect.poll(() => page.getByTestId('workflow-state').textContent()).toBe('Tidak ditindaklanjuti');
  expect(h.app.ctx.db.prepare("SELECT reason FROM audit_log WHERE action = 'workflow.not_pursue'").pluck().get()).toBe('Laporan tidak memuat identitas terlapor');
  expect(errors).toEqual([]);
});
