/**
 * Dragging a session on the hearing calendar when the save does not go through, in Chromium:
 * a failed or refused save puts the session back where it was, and the reason dialog shows
 * its own save failure inside the dialog, not on the page behind it. Main's failures are
 * played by answering the request in the browser's network layer, so no clock is involved.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { animationsDone, openPage, seedCase, startHarness } from './browser.ts';
import { addRoom } from '../../electron/main/hearings/staff-service.ts';
import { caseUnderExamination } from '../support/exam-team.ts';
import { scheduleSession } from '../../electron/main/hearings/hearing-service.ts';
import { sessionScheduleSchema } from '../../shared/examination/schemas.ts';

const shots = resolve(import.meta.dirname, '..', '..', 'test-results');
let h: Awaited<ReturnType<typeof startHarness>>;
let page: Page;
let errors: string[] = [];
let caseId = 0;

/** Where the session is now: the day of its column and its time as the calendar draws them. */
const MONDAY = 'Ruang Rapat Inspektorat';
const TUESDAY = 'Ruang Pemeriksaan 2';
const sessionAt = () => h.app.ctx.db.prepare('SELECT start_at FROM exam_sessions WHERE case_id = ? AND room_id = (SELECT id FROM rooms WHERE name = ?)').pluck().get(caseId, MONDAY);

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  h = await startHarness(new Date('2024-12-23T02:00:00Z'));
  const ctx = h.app.ctx;
  caseId = seedCase(ctx).id;
  const examinerIds = caseUnderExamination(ctx, caseId);
  const accusedId = ctx.db.prepare('SELECT id FROM case_accused WHERE case_id = ? ORDER BY position LIMIT 1').pluck().get(caseId) as number;
  // The same team on Monday 6 and Tuesday 7 January 2025 at 09.00: moving Monday's session onto
  // Tuesday's hour is a clash that needs a reason; moving it to Wednesday needs none.
  for (const [date, room] of [['2025-01-06', MONDAY], ['2025-01-07', TUESDAY]] as const) {
    const roomId = addRoom(ctx, { name: room }).id;
    const input = { caseId, accusedId, summonsNo: 1, summonsDate: '2024-12-20', examinerIds, date, startTime: '09:00', durationMin: 60, roomId, overrideReason: 'Jadwal uji seret' };
    expect(scheduleSession(ctx, sessionScheduleSchema.parse(input)).saved).toBe(true);
  }
});
afterAll(async () => h?.stop());
// Each test on a page of its own (and with no routes of another in place).
beforeEach(async () => {
  ({ page, errors } = await openPage(h.browser, { width: 1360, height: 1100 }));
  await page.goto(`${h.server.url}#/hearings/2025-01-06`);
  await page.locator('[data-testid="hearing-calendar"][data-view="timeGridWeek"][data-state="ready"]').waitFor();
  await monday().waitFor();
});
afterEach(async () => {
  await page.close();
  expect(errors).toEqual([]);
});

const monday = () => page.locator('.fc-event', { hasText: MONDAY });
/** The day of the column the calendar draws Monday's session in, and its time. */
const drawnAt = async () => ({
  day: await monday().locator('xpath=ancestor::td[1]').getAttribute('data-date'),
  time: await monday().locator('.fc-event-time').textContent(),
});

/** Drags Monday's session sideways onto `date`'s column, keeping its hour. */
async function dragTo(date: string): Promise<void> {
  const ev = await monday().boundingBox();
  const col = await page.locator(`td.fc-timegrid-col[data-date="${date}"]`).boundingBox();
  if (!ev || !col) throw new Error('calendar not rendered');
  const x = ev.x + ev.width / 2;
  const y = ev.y + 10;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(x + ((col.x + col.width / 2 - x) * i) / 10, y);
  await page.mouse.up();
}

/** Answers every hearings:reschedule call that `when` picks with main's refusal `error`; counts them. */
async function refuseReschedule(error: { code: string; message: string }, when: (body: { overrideReason?: string }) => boolean = () => true) {
  const refused = { count: 0 };
  await page.route(
    (url) => decodeURIComponent(url.pathname) === '/ipc/hearings:reschedule',
    async (route: Route) => {
      if (!when(route.request().postDataJSON() as { overrideReason?: string })) return route.fallback();
      refused.count += 1;
      await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: false, error }) });
    },
  );
  return refused;
}

describe('hearing calendar drag when the save does not go through, in Chromium', () => {
  it('a drop whose save fails goes back where it was, the failure shown on the page', async () => {
    const before = await drawnAt();
    expect(before).toEqual({ day: '2025-01-06', time: '09.00 - 10.00' });
    const refused = await refuseReschedule({ code: 'CONFLICT', message: 'Ruang sedang dipakai pemeriksaan lain.' });
    await dragTo('2025-01-08');
    // The failure is on screen once the drop's save has come back (the put-back comes first).
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Ruang sedang dipakai pemeriksaan lain.' }).count()).toBe(1);
    expect(refused.count).toBe(1);
    expect(await drawnAt()).toEqual(before);
    expect(sessionAt()).toBe('2025-01-06T09:00');
  });

  it('a drop refused because the session changed meanwhile (STALE) is put back and the calendar drawn as main has it', async () => {
    const refused = await refuseReschedule({ code: 'STALE', message: 'Data ini telah diubah oleh pengguna lain.' });
    const redrawn = page.waitForResponse((r) => decodeURIComponent(new URL(r.url()).pathname) === '/ipc/hearings:range');
    await dragTo('2025-01-08');
    await redrawn;
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Data ini telah diubah oleh pengguna lain.' }).count()).toBe(1);
    expect(refused.count).toBe(1);
    await page.locator('[data-testid="hearing-calendar"][data-state="ready"]').waitFor();
    expect(await drawnAt()).toEqual({ day: '2025-01-06', time: '09.00 - 10.00' });
    expect(sessionAt()).toBe('2025-01-06T09:00');
  });

  it("the reason dialog shows its save's failure inside itself, not behind it; cancelling puts the session back and forgets the failure", async () => {
    // The drop onto Tuesday's hour clashes: main answers with the check (not saved) and the dialog asks why.
    await dragTo('2025-01-07');
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('schedule-conflicts').waitFor();
    const refused = await refuseReschedule({ code: 'CONFLICT', message: 'Sidang tidak dapat dipindahkan: kasus sudah berpindah tahap.' }, (body) => body.overrideReason !== undefined);
    await dialog.getByRole('textbox', { name: 'Alasan tetap menjadwalkan' }).fill('Ketua tim menyetujui dua sesi berurutan');
    await dialog.getByRole('button', { name: 'Tetap simpan dengan alasan' }).click();
    const failure = dialog.getByText('Sidang tidak dapat dipindahkan: kasus sudah berpindah tahap.');
    await failure.waitFor();
    expect(refused.count).toBe(1);
    // Only inside the dialog: the page behind it shows no alert of its own.
    expect(await page.getByText('Sidang tidak dapat dipindahkan: kasus sudah berpindah tahap.').count()).toBe(1);
    expect(await page.locator('[role="alert"]:not([role="dialog"] *)').filter({ hasText: 'Sidang tidak dapat dipindahkan' }).count()).toBe(0);
    // The dialog stays open with the reason as typed, to try again or cancel.
    expect(await dialog.getByRole('textbox', { name: 'Alasan tetap menjadwalkan' }).inputValue()).toBe('Ketua tim menyetujui dua sesi berurutan');
    await animationsDone(dialog);
    await page.screenshot({ path: resolve(shots, 'hearing-calendar-reason-failure.png') });

    await dialog.getByRole('button', { name: 'Batal' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(drawnAt).toEqual({ day: '2025-01-06', time: '09.00 - 10.00' });
    expect(sessionAt()).toBe('2025-01-06T09:00');
    // The dialog's failure does not move to the page once the dialog is closed...
    expect(await page.getByText('Sidang tidak dapat dipindahkan: kasus sudah berpindah tahap.').count()).toBe(0);
    // ...nor come back with the next clash's dialog, which opens with no reason typed in.
    await dragTo('2025-01-07');
    await dialog.getByTestId('schedule-conflicts').waitFor();
    expect(await dialog.getByText('Sidang tidak dapat dipindahkan: kasus sudah berpindah tahap.').count()).toBe(0);
    expect(await dialog.getByRole('textbox', { name: 'Alasan tetap menjadwalkan' }).inputValue()).toBe('');
  });
});
