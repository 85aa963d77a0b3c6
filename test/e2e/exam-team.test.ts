/**
 * The examination team is picked from the employee registry when the examiners' list has
 * nobody yet: the employee becomes an examiner of the chosen element and joins the team.
 */
import { resolve } from 'node:path';
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness } from './browser.ts';
import { validCase } from '../support/temp-app.ts';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import { createEmployee } from '../../electron/main/employees/employee-service.ts';
import { employeeInputSchema } from '../../shared/employees/schemas.ts';

const shots = resolve(import.meta.dirname, '..', '..', 'test-results');
let h: Awaited<ReturnType<typeof startHarness>>;
let page: Page;
let caseId = 0;
const errors: string[] = [];

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  h = await startHarness(new Date('2024-11-04T03:00:00Z'));
  caseId = createCase(h.app.ctx, caseCreateSchema.parse(validCase)).id;
  createEmployee(h.app.ctx, employeeInputSchema.parse({ nip: '197805052003121003', name: 'Drs. Agus Salim', employmentType: 'PNS', golongan: 'IV/a', jabatan: 'Kepala Bidang Pendidikan Dasar' }));
  page = await h.browser.newPage({ viewport: { width: 1280, height: 1000 } });
  page.on('pageerror', (e) => errors.push(e.message));
});
afterAll(async () => h?.stop());

describe('examination team from the employee registry', () => {
  it('adds an employee as an examiner of the "atasan langsung" element and saves the team', async () => {
    expect(h.app.ctx.db.prepare('SELECT count(*) AS n FROM staff').get()).toEqual({ n: 0 });
    await page.goto(`${h.server.url}#/cases/${caseId}/examination`);
    const panel = page.getByTestId('team-from-registry');
    await panel.waitFor();
    await panel.getByRole('combobox', { name: 'Unsur' }).click();
    await page.getByRole('option', { name: 'Atasan langsung' }).click();
    await panel.getByRole('textbox', { name: 'Tambah dari data pegawai (cari nama atau NIP)' }).fill('Agus');
    await page.getByRole('option', { name: /Drs\. Agus Salim/ }).click();
    await page.getByText('Drs. Agus Salim ditambahkan sebagai pemeriksa (Atasan langsung). Simpan tim untuk menetapkannya.').waitFor();
    await page.getByRole('button', { name: 'Simpan tim' }).click();
    await page.getByText('Tim pemeriksa disimpan.').waitFor();
    expect(
      h.app.ctx.db.prepare('SELECT s.nip, s.name, s.unit, s.pangkat, t.role FROM case_team t JOIN staff s ON s.id = t.staff_id WHERE t.case_id = ?').all(caseId),
    ).toEqual([{ nip: '197805052003121003', name: 'Drs. Agus Salim', unit: 'atasan', pangkat: 'Pembina (IV/a)', role: 'chair' }]);
    await page.screenshot({ path: resolve(shots, 'exam-team-from-registry.png'), fullPage: true });
    expect(errors).toEqual([]);
  });
});
