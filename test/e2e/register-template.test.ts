import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, seedCase, startHarness } from './browser.ts';
import { addTestUser, signInAs } from '../support/temp-app.ts';
import { generateDemo } from '../../electron/main/demo/demo-generate.ts';

const shots = resolve(import.meta.dirname, '..', '..', 'test-results');
let h: Awaited<ReturnType<typeof startHarness>>;
let page: Page;
let caseId: number;
let adminId = 0;
let errors: string[] = [];

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  h = await startHarness(new Date('2024-11-04T03:00:00Z'));
  caseId = seedCase(h.app.ctx).id;
  adminId = h.app.ctx.session.user!.id;
});
afterAll(async () => h?.stop());

describe('register-number template screen and role-hidden case buttons in Chromium', () => {
  // Each test as the administrator on a page of its own: none starts with the role another
  // signed in as, or where another left the screen.
  beforeEach(async () => {
    signInAs(h.app.ctx, adminId);
    ({ page, errors } = await openPage(h.browser, { height: 800 }));
    await page.goto(h.server.url);
  });
  afterEach(async () => {
    await page.close();
    expect(errors).toEqual([]);
  });

  it('previews the next number live, names the missing placeholder and saves the template', async () => {
    await page.getByRole('link', { name: 'Nomor Registrasi' }).click();
    const input = page.getByTestId('register-template');
    await input.waitFor();
    const preview = page.getByTestId('register-preview');
    // One case registered in 2024: the next one is the 2nd.
    await expect.poll(() => preview.textContent()).toContain('REG/0002/INSP/2024');

    await input.fill('700/{seq}/INSP');
    await expect.poll(() => page.getByText('templat harus memuat {seq} dan {year} agar nomor tidak pernah terulang').count()).toBe(1);
    expect(await preview.textContent()).toContain('Pratinjau tidak tersedia');
    await page.screenshot({ path: resolve(shots, 'register-template-invalid.png'), fullPage: true });

    await input.fill('700/{seq}/INSP-NET/{year}');
    await expect.poll(() => preview.textContent()).toContain('700/0002/INSP-NET/2024');
    await page.getByRole('button', { name: 'Simpan templat' }).click();
    await expect.poll(() => page.getByTestId('register-saved').textContent()).toContain('700/0002/INSP-NET/2024');
    await page.screenshot({ path: resolve(shots, 'register-template-saved.png'), fullPage: true });
    expect(h.app.ctx.db.prepare("SELECT value FROM settings WHERE key = 'case.registerTemplate'").pluck().get()).toBe('700/{seq}/INSP-NET/{year}');
    expect(h.app.ctx.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'setting.update' AND entity_id = 'case.registerTemplate'").pluck().get()).toBe(1);
  });

  it('shows edit and attach to the clerk, hides them (and the template screen) from the examiner and the viewer', async () => {
    const visible = async () => {
      // A reload makes the renderer read the new session (its role) from main.
      await page.goto(`${h.server.url}#/cases/${caseId}`);
      await page.reload();
      await page.getByTestId('case-register-no').waitFor();
      return {
        edit: await page.getByRole('link', { name: 'Ubah data kasus' }).count(),
        attach: await page.getByRole('button', { name: 'Lampirkan' }).count(),
        template: await page.getByRole('link', { name: 'Nomor Registrasi' }).count(),
      };
    };
    signInAs(h.app.ctx, await addTestUser(h.app.ctx, 'petugas', 'clerk'));
    expect(await visible()).toEqual({ edit: 1, attach: 1, template: 0 });
    signInAs(h.app.ctx, await addTestUser(h.app.ctx, 'pemeriksa', 'examiner'));
    expect(await visible()).toEqual({ edit: 0, attach: 0, template: 0 });
    await page.screenshot({ path: resolve(shots, 'case-examiner-buttons.png'), fullPage: true });
    signInAs(h.app.ctx, await addTestUser(h.app.ctx, 'pengamat', 'viewer'));
    expect(await visible()).toEqual({ edit: 0, attach: 0, template: 0 });
    // The edit screen itself answers "not allowed" instead of a form main would refuse.
    await page.goto(`${h.server.url}#/cases/${caseId}/edit`);
    await page.reload();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('tidak berwenang');
    expect(errors).toEqual([]);
  });
});

describe('a demo register in Chromium', () => {
  it('opens a closed demo case on its examination page with team, hearing, BAP and decision', async () => {
    // An office of its own: the demo's 300 cases would change the register numbers tested above.
    const demo = await startHarness(new Date('2024-11-04T03:00:00Z'));
    try {
      const db = demo.app.ctx.db;
      generateDemo(demo.app.ctx, { cases: 300, seed: 'layar' });
      const { page, errors } = await openPage(demo.browser, { height: 800 });
      const id = db.prepare("SELECT id FROM cases WHERE status = 'closed' ORDER BY id LIMIT 1").pluck().get() as number;
      const chair = db.prepare("SELECT s.name FROM case_team t JOIN staff s ON s.id = t.staff_id WHERE t.case_id = ? AND t.role = 'chair'").pluck().get(id) as string;
      await page.goto(`${demo.server.url}#/cases/${id}/examination`);
      await page.reload();
      await expect.poll(() => page.locator('body').innerText()).toContain(chair);
      // The decision is shown from the stored record; a delivered demo SK (outside the issued sample) has its number, date and delivery.
      const sk = db.prepare("SELECT d.sk_number, d.delivered_on FROM decisions d WHERE d.case_id = ? AND d.level IS NOT NULL ORDER BY accused_id LIMIT 1").get(id) as { sk_number: string; delivered_on: string };
      await expect.poll(() => page.getByTestId('sk-number').first().textContent()).toBe(`Nomor SK: ${sk.sk_number}`);
      expect(await page.getByTestId('delivery-outside').first().textContent()).toContain('SK diterbitkan dan disampaikan di luar Sipena');
      const text = await page.locator('body').innerText();
      expect(text).toContain('SELESAI');
      expect(text).toMatch(/BAP · \d PERTANYAAN/);
      await page.screenshot({ path: resolve(shots, 'demo-closed-case-examination.png'), fullPage: true });
      expect(errors).toEqual([]);
    } finally {
      await demo.stop();
    }
  });
});
