/**
 * The hearing calendar in Chromium: holidays shaded and named, the colour legend, the
 * accused's name first on an entry, and a click on an empty slot scheduling a hearing there.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness } from './browser.ts';
import { validCase } from '../support/temp-app.ts';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import { addRoom } from '../../electron/main/hearings/staff-service.ts';
import { caseUnderExamination } from '../support/exam-team.ts';
import { scheduleSession } from '../../electron/main/hearings/hearing-service.ts';
import { sessionScheduleSchema } from '../../shared/examination/schemas.ts';

const shots = resolve(import.meta.dirname, '..', '..', 'test-results');
let h: Awaited<ReturnType<typeof startHarness>>;
let page: Page;
let caseId = 0;
let roomId = 0;
let examinerIds: number[] = [];
const errors: string[] = [];

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  // Monday 16 December 2024, inside the shipped calendar (25 December Natal, 26 December cuti bersama).
  h = await startHarness(new Date('2024-12-16T02:00:00Z'));
  const ctx = h.app.ctx;
  roomId = addRoom(ctx, { name: 'Ruang Rapat Inspektorat' }).id;
  caseId = createCase(ctx, caseCreateSchema.parse(validCase)).id;
  examinerIds = caseUnderExamination(ctx, caseId);
});
afterAll(async () => h?.stop());
// Each test on a page of its own: none starts where another left the calendar.
beforeEach(async () => {
  errors.length = 0;
  page = await h.browser.newPage({ viewport: { width: 1360, height: 1100 } });
  page.on('pageerror', (e) => errors.push(e.message));
});
afterEach(async () => {
  await page.close();
  expect(errors).toEqual([]);
});

describe('hearing calendar in Chromium', () => {
  it('shades holidays and cuti bersama with their names, and shows the colour legend', async () => {
    await page.goto(`${h.server.url}#/hearings/2024-12-23`);
    const cal = page.getByTestId('hearing-calendar');
    await page.locator('[data-testid="hearing-calendar"][data-state="ready"]').waitFor();
    const christmas = cal.locator('th.fc-col-header-cell[data-date="2024-12-25"]');
    expect(await christmas.getAttribute('class')).toContain('sipena-holiday');
    expect(await christmas.textContent()).toContain('Hari Raya Natal');
    expect(await cal.locator('td.fc-timegrid-col[data-date="2024-12-26"]').getAttribute('class')).toContain('sipena-holiday');
    expect(await cal.locator('td.fc-timegrid-col[data-date="2024-12-24"]').getAttribute('class')).not.toContain('sipena-holiday');
    expect(await page.getByTestId('calendar-legend').textContent()).toBe('TerjadwalHadirTidak hadirDitundaHari libur / cuti bersama');
    await page.getByRole('button', { name: 'Bulan' }).click();
    await page.locator('[data-testid="hearing-calendar"][data-view="dayGridMonth"][data-state="ready"]').waitFor();
    expect(await cal.locator('td.fc-daygrid-day[data-date="2024-12-25"]').getAttribute('class')).toContain('sipena-holiday');
    expect(await cal.locator('td.fc-daygrid-day[data-date="2024-12-25"] .sipena-holiday-name').textContent()).toContain('Hari Raya Natal');
    await page.screenshot({ path: resolve(shots, 'hearing-calendar-holidays.png'), fullPage: true });
  });

  it('schedules a hearing by clicking an empty slot and picking the case; the entry shows the accused first', async () => {
    await page.goto(`${h.server.url}#/hearings/2024-12-16`);
    await page.locator('[data-testid="hearing-calendar"][data-view="timeGridWeek"][data-state="ready"]').waitFor();
    // Thursday 19 December, 10.00: the column of that day at the 10:00 slot's row.
    const col = await page.locator('td.fc-timegrid-col[data-date="2024-12-19"]').boundingBox();
    const row = await page.locator('td.fc-timegrid-slot-lane[data-time="10:00:00"]').boundingBox();
    if (!col || !row) throw new Error('calendar not rendered');
    await page.mouse.click(col.x + col.width / 2, row.y + row.height / 2);
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Jadwalkan pemeriksaan pada Kamis, 19 Desember 2024 pukul 10.00').waitFor();
    await dialog.getByRole('combobox', { name: 'Kasus (tahap pemeriksaan)' }).click();
    await page.getByRole('option', { name: /Budi Santoso/ }).click();
    // The usual schedule dialog, with the clicked date and time filled in.
    await expect.poll(() => dialog.getByRole('textbox', { name: 'Jam mulai' }).inputValue()).toBe('10:00');
    expect(await dialog.getByRole('textbox', { name: 'Tanggal pemeriksaan' }).inputValue()).toBe('19 Desember 2024');
    const summonsDate = dialog.getByRole('textbox', { name: 'Tanggal surat panggilan' });
    // Exactly 7 working days before the hearing: both readings of the summons rule hold.
    await summonsDate.fill('10/12/2024');
    await summonsDate.press('Tab');
    await dialog.getByRole('combobox', { name: 'Ruang' }).click();
    await page.getByRole('option', { name: 'Ruang Rapat Inspektorat' }).click();
    await dialog.getByRole('button', { name: 'Simpan jadwal' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(h.app.ctx.db.prepare('SELECT start_at AS startAt, summons_no AS no FROM exam_sessions WHERE case_id = ?').all(caseId)).toEqual([{ startAt: '2024-12-19T10:00', no: 1 }]);
    const entry = page.locator('.fc-event', { hasText: 'Budi Santoso' });
    await entry.waitFor();
    expect(await entry.locator('.fc-event-title').textContent()).toMatch(/^Budi Santoso · /);
    await page.screenshot({ path: resolve(shots, 'hearing-calendar-click-schedule.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it("proposes the office's own date as the summons date, also in the first hours of the day (UTC+7)", async () => {
    // 01.00 WIB on Tuesday 17 December is still 16 December in UTC.
    const context = await h.browser.newContext({ viewport: { width: 1360, height: 1100 }, timezoneId: 'Asia/Jakarta' });
    const p = await context.newPage();
    p.on('pageerror', (e) => errors.push(e.message));
    await p.clock.setFixedTime(new Date('2024-12-16T18:00:00Z'));
    await p.goto(`${h.server.url}#/hearings/2024-12-16`);
    await p.locator('[data-testid="hearing-calendar"][data-view="timeGridWeek"][data-state="ready"]').waitFor();
    const col = await p.locator('td.fc-timegrid-col[data-date="2024-12-20"]').boundingBox();
    const row = await p.locator('td.fc-timegrid-slot-lane[data-time="09:00:00"]').boundingBox();
    if (!col || !row) throw new Error('calendar not rendered');
    await p.mouse.click(col.x + col.width / 2, row.y + row.height / 2);
    const dialog = p.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Kasus (tahap pemeriksaan)' }).click();
    await p.getByRole('option', { name: /Budi Santoso/ }).click();
    await expect.poll(() => dialog.getByRole('textbox', { name: 'Tanggal surat panggilan' }).inputValue()).toBe('17 Desember 2024');
    await context.close();
    expect(errors).toEqual([]);
  });

  it("switching to the month draws only the month's answer: the week's sessions never appear in its cells while it loads", async () => {
    const ctx = h.app.ctx;
    const accusedId = (ctx.db.prepare('SELECT id FROM case_accused WHERE case_id = ? ORDER BY position LIMIT 1').get(caseId) as { id: number }).id;
    const input = { caseId, accusedId, summonsNo: 1, summonsDate: '2024-12-06', examinerIds, date: '2024-12-17', startTime: '13:00', durationMin: 60, roomId, overrideReason: 'Uji kalender bulan' };
    expect(scheduleSession(ctx, sessionScheduleSchema.parse(input)).saved).toBe(true);
    await page.goto(`${h.server.url}#/hearings/2024-12-16`);
    await page.locator('[data-testid="hearing-calendar"][data-view="timeGridWeek"][data-state="ready"]').waitFor();
    await page.locator('.fc-timegrid-event').first().waitFor();
    // The month's answer is held until the month view has been drawn without it.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/ipc\/hearings%3Arange$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.getByRole('button', { name: 'Bulan' }).click();
    await page.locator('[data-testid="hearing-calendar"][data-view="dayGridMonth"][data-state="loading"]').waitFor();
    expect(await page.locator('.fc-daygrid-event').count()).toBe(0);
    release();
    await page.locator('[data-testid="hearing-calendar"][data-view="dayGridMonth"][data-state="ready"]').waitFor();
    await page.locator('td.fc-daygrid-day[data-date="2024-12-17"] .fc-daygrid-event').first().waitFor();
  });
});
