/**
 * The decision screen marks an appeal's answer date "perkiraan" when it was counted through a
 * year without an official holiday list (here 2027, seen from December 2026), and drops the
 * mark once that year's list is entered.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, seedCase, startHarness } from './browser.ts';
import { callOk } from '../support/dispatch.ts';
import { saveDecision } from '../../electron/main/examination/decision-service.ts';
import { recordDelivery } from '../../electron/main/examination/delivery-service.ts';
import { fileAppeal } from '../../electron/main/examination/appeal-service.ts';
import { issueLetter } from '../../electron/main/letters/issue-service.ts';
import { appealFileSchema, decisionSaveSchema, deliverySaveSchema } from '../../shared/examination/schemas.ts';

const shots = resolve(import.meta.dirname, '..', '..', 'test-results');
let h: Awaited<ReturnType<typeof startHarness>>;
let page: Page;
let errors: string[] = [];
let clock = new Date('2026-12-01T03:00:00Z');
const at = (iso: string) => {
  clock = new Date(iso);
  h.app.ctx.session.lastActivity = clock.getTime();
};
let caseId = 0;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  h = await startHarness(undefined, { clock: () => clock });
  const ctx = h.app.ctx;
  const name = 'Budi Santoso';
  ({ id: caseId } = seedCase(ctx, { accused: [{ name, nip: '198609262015051001', employmentType: 'PNS', positionClass: 'administrator' }], violationCodes: ['N-FASILITAS-NEGARA'], acknowledgeDuplicates: true }));
  ctx.db.prepare("UPDATE cases SET status = 'decision' WHERE id = ?").run(caseId);
  const accusedId = (ctx.db.prepare('SELECT id FROM case_accused WHERE case_id = ?').get(caseId) as { id: number }).id;
  saveDecision(ctx, decisionSaveSchema.parse({ expectedVersion: 0, caseId, accusedId, catalogueId: 'PP94-2021', sanctionCode: 'PP94-BERAT-PELAKSANA', durationMonths: 12 }));
  await issueLetter(ctx, { caseId, type: 'sk', subject: `accused:${accusedId}` });
  at('2026-12-03T03:00:00Z');
  recordDelivery(ctx, deliverySaveSchema.parse({ caseId, accusedId, deliveredOn: '2026-12-02', method: 'langsung', receivedBy: name, deliveredByName: 'Rudi Hartono', deliveredByJabatan: 'Kepala Subbagian Umum Inspektorat' }));
  at('2026-12-10T03:00:00Z');
  fileAppeal(ctx, appealFileSchema.parse({ caseId, accusedId, kind: 'keberatan', filedOn: '2026-12-10', addressedTo: 'Bupati Contoh selaku Pejabat Pembina Kepegawaian' }));
  ({ page, errors } = await openPage(h.browser));
  await page.goto(`${h.server.url}#/cases/${caseId}/examination`);
});
afterAll(async () => h?.stop());

describe('appeal answer date on the decision screen', () => {
  it('is marked "perkiraan" while 2027 has no official holiday list, with the reason on hover; the mark goes once the list is entered', async () => {
    const table = page.getByTestId('appeals-table');
    await table.waitFor();
    const mark = table.getByTestId(/^answer-due-provisional-\d+$/);
    await expect.poll(() => mark.textContent()).toBe('perkiraan');
    expect(await mark.getAttribute('title')).toContain('belum punya daftar hari libur resmi');
    expect(await table.textContent()).toContain('2027');
    await page.screenshot({ path: resolve(shots, 'appeal-provisional.png'), fullPage: true });

    await callOk(h.app.ctx, 'calendar:setYear', { year: 2027, source: 'SKB 3 Menteri tentang Hari Libur Nasional dan Cuti Bersama Tahun 2027' });
    await callOk(h.app.ctx, 'calendar:addHoliday', { date: '2027-01-01', name: 'Tahun Baru 2027 Masehi', kind: 'libur_nasional' });
    await page.reload();
    await table.waitFor();
    expect(await table.getByTestId(/^answer-due-provisional-\d+$/).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
