/**
 * The examination screen records each accused's own direct superior: one picked from the
 * employee registry, another typed; each shows under its accused, a bad NIP is refused in
 * place, and removing one works.
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
let budi = 0;
let sri = 0;
const errors: string[] = [];

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  h = await startHarness(new Date('2024-11-04T03:00:00Z'));
  const accused = [validCase.accused[0]!, { ...validCase.accused[0]!, name: 'Sri Wahyuni', nip: '199001012015032001' }];
  caseId = createCase(h.app.ctx, caseCreateSchema.parse({ ...validCase, accused })).id;
  [budi, sri] = (h.app.ctx.db.prepare('SELECT id FROM case_accused WHERE case_id = ? ORDER BY position').all(caseId) as { id: number }[]).map((r) => r.id) as [number, number];
  createEmployee(h.app.ctx, employeeInputSchema.parse({ nip: '197105121995031002', name: 'H. Mulyadi, S.Pd., M.M.', employmentType: 'PNS', golongan: 'IV/b', jabatan: 'Kepala SMP Negeri 1 Contoh' }));
  page = await h.browser.newPage({ viewport: { width: 1280, height: 1000 } });
  page.on('pageerror', (e) => errors.push(e.message));
});
afterAll(async () => h?.stop());

describe('direct superior per accused on the examination screen', () => {
  it('picks one accused\'s superior from the registry and types the other\'s; each shows under its accused', async () => {
    await page.goto(`${h.server.url}#/cases/${caseId}/examination`);
    const first = page.getByTestId(`superior-${budi}`);
    await first.waitFor();
    expect(await first.getByTestId('superior-current').textContent()).toBe('Atasan langsung belum dicatat.');
    await first.getByRole('button', { name: 'Ubah atasan' }).click();
    await first.getByRole('textbox', { name: 'Cari di data pegawai (nama atau NIP)' }).fill('Mulyadi');
    await page.getByRole('option', { name: /H\. Mulyadi/ }).click();
    expect(await first.getByRole('textbox', { name: 'Jabatan atasan' }).inputValue()).toBe('Kepala SMP Negeri 1 Contoh');
    await first.getByRole('button', { name: 'Simpan atasan' }).click();
    await expect.poll(() => first.getByTestId('superior-current').textContent()).toBe('H. Mulyadi, S.Pd., M.M. · NIP 19710512 199503 1 002 · Pembina Tingkat I (IV/b) · Kepala SMP Negeri 1 Contoh');

    const second = page.getByTestId(`superior-${sri}`);
    await second.getByRole('button', { name: 'Ubah atasan' }).click();
    await second.getByRole('textbox', { name: 'Nama atasan' }).fill('Dra. ENDANG LESTARI');
    // The accused's own NIP is refused next to the field.
    await second.getByRole('textbox', { name: 'NIP atasan' }).fill('199001012015032001');
    await second.getByRole('textbox', { name: 'Jabatan atasan' }).fill('Kepala SD Negeri 2 Contoh');
    await second.getByRole('button', { name: 'Simpan atasan' }).click();
    await second.getByText('terlapor tidak dapat menjadi atasan langsungnya sendiri').last().waitFor();
    await second.getByRole('textbox', { name: 'NIP atasan' }).fill('196805171993032003');
    await second.getByRole('button', { name: 'Simpan atasan' }).click();
    await expect.poll(() => second.getByTestId('superior-current').textContent()).toBe('Dra. ENDANG LESTARI · NIP 19680517 199303 2 003 · Kepala SD Negeri 2 Contoh');
    expect(await first.getByTestId('superior-current').textContent()).toContain('H. Mulyadi');
    expect(h.app.ctx.db.prepare('SELECT accused_id AS a, name FROM accused_superiors ORDER BY accused_id').all()).toEqual([
      { a: budi, name: 'H. Mulyadi, S.Pd., M.M.' },
      { a: sri, name: 'Dra. ENDANG LESTARI' },
    ]);
    await page.getByTestId('superiors-panel').screenshot({ path: resolve(shots, 'accused-superiors.png') });

    await second.getByRole('button', { name: 'Hapus' }).click();
    await expect.poll(() => second.getByTestId('superior-current').textContent()).toBe('Atasan langsung belum dicatat.');
    expect(errors).toEqual([]);
  });
});
