/**
 * Idle lock and the viewer's redacted reporter, in Chromium against the web harness.
 * Main enforces the idle lock on ctx.now(), so the test drives main's clock instead of
 * waiting minutes; the renderer's own idle timer is driven through Playwright's page clock.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness } from './browser.ts';
import { handlers } from '../../electron/main/handlers.ts';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import { addTestUser, TEST_ADMIN, validCase } from '../support/temp-app.ts';

const shots = resolve(import.meta.dirname, '..', '..', 'test-results');
/** Main's clock, in ms; only this test moves it. */
let clockMs = Date.now();
let h: Awaited<ReturnType<typeof startHarness>>;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  h = await startHarness(undefined, { clock: () => new Date(clockMs) });
  page = await h.browser.newPage({ viewport: { width: 1280, height: 860 } });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(h.server.url);
  await page.getByTestId('user-menu').waitFor();
});
afterAll(async () => h?.stop());

const lockHeading = () => page.getByRole('heading', { name: 'Layar terkunci' });
const idleLocks = () => h.app.ctx.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'auth.lock' AND reason = 'idle'").get() as { n: number };

async function unlockWith(password: string): Promise<void> {
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Buka kunci' }).click();
}

describe('idle lock in Chromium', () => {
  it('the administrator sets the idle time to one minute on the users screen', async () => {
    await page.getByRole('link', { name: 'Pengguna' }).click();
    const input = page.getByLabel('Kunci layar otomatis setelah (menit tidak aktif)');
    await expect.poll(() => input.inputValue()).toBe('10');
    await input.fill('1');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Layar akan terkunci setelah 1 menit tidak aktif.').waitFor();
    expect(h.app.ctx.db.prepare("SELECT value FROM settings WHERE key = 'auth.idleMinutes'").get()).toEqual({ value: '1' });
  });

  it('does not lock before the idle time has passed', async () => {
    clockMs += 50_000;
    await page.getByRole('link', { name: 'Daftar Kasus' }).click();
    await page.getByRole('heading', { name: 'Daftar Kasus' }).waitFor();
    expect(await lockHeading().count()).toBe(0);
    expect(idleLocks().n).toBe(0);
  });

  it('after the idle time main locks the session: the next action shows the lock screen and needs the password', async () => {
    clockMs += 61_000;
    await page.getByRole('link', { name: 'Pengguna' }).click();
    await lockHeading().waitFor();
    await page.screenshot({ path: resolve(shots, 'idle-lock-screen.png') });
    expect(idleLocks().n).toBe(1);
    // Nothing of the app answers while locked, also when called straight through window.api.
    expect(await page.evaluate(() => window.api['cases:list']({}))).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await page.getByRole('link', { name: 'Daftar Kasus' }).count()).toBe(0);

    await unlockWith('bukan-kata-sandinya');
    await page.getByRole('alert').filter({ hasText: 'Kata sandi salah.' }).waitFor();
    await expect.poll(() => lockHeading().count()).toBe(1);
    await unlockWith(TEST_ADMIN.password);
    await page.getByTestId('user-menu').waitFor();
    expect(await lockHeading().count()).toBe(0);
    expect(h.app.ctx.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'auth.unlock'").get()).toEqual({ n: 1 });
  });

  it("the renderer's own timer locks after the idle time without any call (browser clock fast-forwarded)", async () => {
    const p = await h.browser.newPage({ viewport: { width: 1280, height: 860 } });
    p.on('pageerror', (e) => pageErrors.push(e.message));
    await p.clock.install();
    await p.goto(h.server.url);
    await p.getByTestId('user-menu').waitFor();
    await p.clock.fastForward('00:50');
    expect(await p.getByRole('heading', { name: 'Layar terkunci' }).count()).toBe(0);
    await p.clock.fastForward('00:30');
    await p.getByRole('heading', { name: 'Layar terkunci' }).waitFor();
    // The lock came from the renderer (auth:lock), not from main's clock, which did not move.
    expect(h.app.ctx.session.locked).toBe(true);
    expect(h.app.ctx.db.prepare("SELECT reason FROM audit_log WHERE action = 'auth.lock' ORDER BY id DESC LIMIT 1").get()).toEqual({ reason: 'manual' });
    await p.getByLabel('Kata sandi').fill(TEST_ADMIN.password);
    await p.getByRole('button', { name: 'Buka kunci' }).click();
    await p.getByTestId('user-menu').waitFor();
    await p.close();
  });
});

describe('the viewer and a confidential reporter', () => {
  it('shows "Dirahasiakan" instead of the reporter, whose name reaches the browser nowhere', async () => {
    const created = await dispatch(h.app.ctx, handlers, 'cases:create', {
      ...validCase,
      source: 'public_complaint',
      reporter: { anonymous: false, name: 'Sitinurbaya Kusumawardani', contact: '0812-7654-3210' },
    });
    if (!created.ok) throw new Error(created.error.message);
    const id = (created.value as { id: number }).id;
    await addTestUser(h.app.ctx, 'pengamat', 'viewer', { password: 'Pengamat-2024' });
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Keluar' }).click();
    await page.getByLabel('Nama pengguna').fill('pengamat');
    await page.getByLabel('Kata sandi', { exact: true }).fill('Pengamat-2024');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByTestId('user-menu').waitFor();
    await page.goto(`${h.server.url.split('#')[0]}#/cases/${id}`);
    const box = page.getByTestId('case-reporter');
    await expect.poll(() => box.textContent()).toContain('Dirahasiakan (tidak dapat dilihat oleh peran Anda)');
    await page.screenshot({ path: resolve(shots, 'case-reporter-viewer.png') });
    const html = await page.content();
    expect(html).not.toContain('Sitinurbaya');
    expect(html).not.toContain('0812-7654-3210');
    expect(pageErrors).toEqual([]);
  });
});
