/**
 * The recommendation register in Chromium, as the Inspectorate's secretary uses it: a Bawaslu
 * letter naming three employees registered through the form, one case created per employee,
 * one of them decided (seeded through the services, as the decision screens are tested
 * elsewhere), the other two overdue on "Perlu tindakan" with the SIASN warning once the clock
 * passes the follow-up deadline, and the reply letter issued and read back for the SK number.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { goHash, openPage, startHarness } from './browser.ts';
import { saveDecision } from '../../electron/main/examination/decision-service.ts';
import { issueLetter } from '../../electron/main/letters/issue-service.ts';
import { createOpd } from '../../electron/main/employees/opd-service.ts';
import { decisionSaveSchema } from '../../shared/examination/schemas.ts';
import { employeeInputSchema, opdCreateSchema } from '../../shared/employees/schemas.ts';
import { createEmployee } from '../../electron/main/employees/employee-service.ts';
import { extractPdfText } from '../support/pdf-text.ts';
import { step } from '../support/step.ts';

const shots = resolve(import.meta.dirname, '..', '..', 'test-results');
let h: Awaited<ReturnType<typeof startHarness>>;
let page: Page;
let errors: string[] = [];
let clock = new Date('2024-11-04T03:00:00Z');
const at = (iso: string) => {
  clock = new Date(iso);
  h.app.ctx.session.lastActivity = clock.getTime();
};

const PEOPLE = [
  { name: 'Budi Santoso', nip: '198609262015051001' },
  { name: 'Siti Aminah', nip: '199001012019032002' },
  { name: 'Agus Prasetyo', nip: '197805122006041003' },
];

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  h = await startHarness(undefined, { clock: () => clock });
  // The first employee is in the registry: the form picks him there instead of typing.
  createEmployee(h.app.ctx, employeeInputSchema.parse({ ...PEOPLE[0], employmentType: 'PNS', jabatan: 'Guru Ahli Pertama', unitKerja: 'SMPN 1 Contoh' }));
  ({ page, errors } = await openPage(h.browser));
  await page.goto(h.server.url);
});
afterAll(async () => h?.stop());

async function pick(page: Page, testId: string, option: RegExp): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option }).first().click();
}

it('the recommendation register in Chromium', async () => {
  let recId = 0;
  let skNumber = '';

  await step('registers a Bawaslu recommendation naming three employees through the form', async () => {
    await page.getByRole('link', { name: 'Rekomendasi', exact: true }).click();
    await page.getByTestId('rec-add').click();
    await page.getByTestId('rec-issuer-name').fill('Bawaslu Kabupaten Contoh');
    await page.getByTestId('rec-letter-number').fill('045/PP.01.02/K.JT-12/10/2024');
    await page.getByTestId('rec-letter-date').fill('2024-10-28');
    await page.getByTestId('rec-received-date').fill('2024-10-30');
    for (const [i, p] of PEOPLE.entries()) {
      if (i > 0) await page.getByTestId('rec-add-employee').click();
      if (i === 0) {
        await page.getByTestId('employee-picker').fill('Budi Sant');
        await page.getByRole('option', { name: /Budi Santoso/ }).click();
        await expect.poll(() => page.getByTestId('rec-emp-nip-0').inputValue()).toBe(p.nip);
        expect(await page.getByTestId('rec-emp-name-0').inputValue()).toBe(p.name);
      } else {
        await page.getByTestId(`rec-emp-name-${i}`).fill(p.name);
        await page.getByTestId(`rec-emp-nip-${i}`).fill(p.nip);
      }
      await pick(page, `rec-emp-violation-${i}`, /fasilitas negara/);
      await pick(page, `rec-emp-sanction-${i}`, /jabatan pelaksana/);
    }
    await page.getByTestId('rec-save').click();
    await page.getByTestId('rec-employees').waitFor();
    recId = Number(/#\/recommendations\/(\d+)/.exec(page.url())?.[1]);
    expect(recId).toBeGreaterThan(0);
    // Default follow-up: 14 calendar days after receipt, marked to verify.
    expect(await page.getByTestId('rec-due').textContent()).toBe('Rabu, 13 November 2024');
    await page.getByTestId('rec-to-verify').waitFor();
    for (const p of PEOPLE) expect(await page.getByTestId(`rec-emp-${p.nip}`).textContent()).toContain('Belum ditangani');
    // The picked employee is linked to his registry entry; the typed ones are matched by NIP (not registered here).
    const linked = h.app.ctx.db.prepare('SELECT nip, employee_id IS NOT NULL AS linked FROM recommendation_employees ORDER BY position').all();
    expect(linked).toEqual(PEOPLE.map((p, i) => ({ nip: p.nip, linked: i === 0 ? 1 : 0 })));
  });

  await step('creates one linked case per employee from the recommendation', async () => {
    await page.getByTestId('rec-create-cases').click();
    await page.getByTestId('rec-incident-date').fill('2024-10-20');
    await page.getByTestId('rec-create-cases-confirm').click();
    await expect.poll(() => page.getByTestId('rec-create-cases').count()).toBe(0);
    for (const p of PEOPLE) await expect.poll(async () => (await page.getByTestId(`rec-emp-${p.nip}`).textContent()) ?? '').toMatch(/REG\/\d{4}\//);
    const cases = h.app.ctx.db.prepare("SELECT count(*) FROM cases WHERE source = 'bawaslu' AND source_ref = '045/PP.01.02/K.JT-12/10/2024'").pluck().get();
    expect(cases).toBe(3);
  });

  await step('decides one employee: the status follows the case', async () => {
    const ctx = h.app.ctx;
    const link = ctx.db.prepare('SELECT case_id AS caseId, accused_id AS accusedId FROM recommendation_employees WHERE nip = ?').get(PEOPLE[0]!.nip) as { caseId: number; accusedId: number };
    // The deciding official follows the accused's position and unit, as in test/support/decided-case.ts.
    const opdId = createOpd(ctx, opdCreateSchema.parse({ name: 'Dinas Pendidikan', headTitle: 'KEPALA DINAS PENDIDIKAN KABUPATEN CONTOH', headName: 'Dra. SITI AMINAH', headNip: '197205141998032004', headPangkat: 'Pembina Utama Muda' })).id;
    ctx.db.prepare("UPDATE cases SET status = 'decision', opd_id = ? WHERE id = ?").run(opdId, link.caseId);
    ctx.db.prepare("UPDATE employees SET position_class = 'pengawas', opd_id = ? WHERE nip = ?").run(opdId, PEOPLE[0]!.nip);
    saveDecision(ctx, decisionSaveSchema.parse({ expectedVersion: 0, caseId: link.caseId, accusedId: link.accusedId, catalogueId: 'PP94-2021', sanctionCode: 'PP94-BERAT-PELAKSANA', durationMonths: 12 }));
    at('2024-11-06T03:00:00Z');
    skNumber = (await issueLetter(ctx, { caseId: link.caseId, type: 'sk', subject: `accused:${link.accusedId}` })).letter.number;
    await page.reload();
    await expect.poll(async () => (await page.getByTestId(`rec-emp-${PEOPLE[0]!.nip}`).textContent()) ?? '').toContain('Sudah diputus');
    expect(await page.getByTestId(`rec-emp-${PEOPLE[0]!.nip}`).textContent()).toContain(skNumber);
  });

  await step('shows the other two overdue on Perlu tindakan, with the SIASN warning, once the deadline has passed', async () => {
    // The due date itself is not late.
    at('2024-11-13T03:00:00Z');
    await goHash(page, '/dashboard');
    await page.getByRole('heading', { name: 'Perlu Tindakan' }).waitFor();
    expect(await page.getByTestId('rec-dashboard').count()).toBe(0);
    at('2024-11-20T03:00:00Z');
    await page.reload();
    const panel = page.getByTestId(`rec-overdue-${recId}`);
    await panel.waitFor();
    const names = await page.getByTestId('rec-overdue-employee').allTextContents();
    expect(names).toHaveLength(2);
    expect(names.join(' ')).toContain('Siti Aminah');
    expect(names.join(' ')).toContain('Agus Prasetyo');
    expect(names.join(' ')).not.toContain('Budi Santoso');
    expect(await panel.textContent()).toContain('lewat 7 hari');
    expect(await page.getByTestId('rec-dashboard-warning').textContent()).toContain('PerBKN 1/2023');
    await page.screenshot({ path: resolve(shots, 'recommendations-dashboard.png'), fullPage: true });
  });

  await step('issues the reply letter; its text lists the decided employee with the SK number', async () => {
    await goHash(page, `/recommendations/${recId}`);
    await page.getByTestId('rec-reply-issue').click();
    await page.getByTestId('rec-reply-number').waitFor();
    const number = (await page.getByTestId('rec-reply-number').textContent()) ?? '';
    expect(number).toContain('700/1/LTL/INSP/2024');
    await page.screenshot({ path: resolve(shots, 'recommendations-detail.png'), fullPage: true });
    const pdf = h.app.ctx.db.prepare("SELECT pdf FROM issued_letters WHERE type = 'followup' AND status = 'issued'").pluck().get() as Buffer;
    const text = (await extractPdfText(pdf)).join('\n').replace(/\s+/g, '');
    expect(text).toContain(skNumber.replace(/\s+/g, ''));
    expect(text).toContain('BudiSantoso');
    expect(text).toContain('Dalamprosespemeriksaan');
    // The list shows the letter with its overdue count.
    await page.getByRole('link', { name: 'Rekomendasi', exact: true }).click();
    await expect.poll(async () => (await page.getByTestId(`rec-row-${recId}`).textContent()) ?? '').toContain('lewat batas: 2');
    expect(errors).toEqual([]);
  });
}, 5 * 120_000);
