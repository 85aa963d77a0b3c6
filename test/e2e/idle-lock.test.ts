/**
 * Idle lock and the viewer's redacted reporter, in Chromium against the web harness.
 * Main enforces the idle lock on ctx.now(), so the test drives main's clock instead of
 * waiting minutes; the renderer's own idle timer is driven through Playwright's page clock.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness } from './browser.ts';
import { handlers } from '../../electron/main/handlers.ts';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import { addTestUser, signInAs, TEST_ADMIN, validCase } from '../support/temp-app.ts';

const shots = resolve(import.meta.dirname, '..', '..', 'test-results');
/** Main's clock, in ms; only this test moves it. */
let clockMs = Date.now();
let h: Awaited<ReturnType<typeof startHarness>>;
let page: Page;
let adminId: number;
const pageErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  h = await startHarness(undefined, { clock: () => new Date(clockMs) });
  adminId = h.app.ctx.session.user!.id;
});
afterAll(async () => h?.stop());

/**
 * Every test starts on its own page, signed in and unlocked, with the idle time it
 * needs: no test relies on what an earlier one left behind (any of them runs alone).
 */
beforeEach(async () => {
  // Signed in as the administrator, unlocked, active now (the viewer test signs in as someone else).
  signInAs(h.app.ctx, adminId);
  await page?.close();
  page = await h.browser.newPage({ viewport: { width: 1280, height: 860 } });
  page.on('pageerror', (e) => pageErrors.push(e.message));
});

async function openSignedIn(p: Page): Promise<void> {
  await p.goto(h.server.url);
  await p.getByTestId('user-menu').waitFor();
}

async function setIdleMinutes(minutes: number): Promise<void> {
  const r = await dispatch(h.app.ctx, handlers, 'users:setIdleMinutes', { minutes });
  if (!r.ok) throw new Error(r.error.message);
}

const lockHeading = () => page.getByRole('heading', { name: 'Layar terkunci' });
const countAudit = (action: string, reason?: string) =>
  (h.app.ctx.db.prepare(`SELECT count(*) AS n FROM audit_log WHERE action = ?${reason ? ' AND reason = ?' : ''}`).get(...(reason ? [action, reason] : [action])) as { n: number }).n;

async function unlockWith(password: string): Promise<void> {
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Buka kunci' }).click();
}

describe('idle lock in Chromium', () => {
  it('the administrator sets the idle time to one minute on the users screen', async () => {
    await setIdleMinutes(10);
    await openSignedIn(page);
    await page.getByRole('link', { name: 'Pengguna' }).click();
    const input = page.getByLabel('Kunci layar otomatis setelah (menit tidak aktif)');
    await expect.poll(() => input.inputValue()).toBe('10');
    await input.fill('1');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Layar akan terkunci setelah 1 menit tidak aktif.').waitFor();
    expect(h.app.ctx.db.prepare("SELECT value FROM settings WHERE key = 'auth.idleMinutes'").get()).toEqual({ value: '1' });
  });

  it('main does not lock before the idle time; after it, the next action shows the lock screen and needs the password', async () => {
    await setIdleMinutes(1);
    await openSignedIn(page);
    const locksBefore = countAudit('auth.lock', 'idle');
    const unlocksBefore = countAudit('auth.unlock');
    clockMs += 50_000;
    await page.getByRole('link', { name: 'Daftar Kasus' }).click();
    await page.getByRole('heading', { name: 'Daftar Kasus' }).waitFor();
    expect(await lockHeading().count()).toBe(0);
    expect(countAudit('auth.lock', 'idle')).toBe(locksBefore);

    clockMs += 61_000;
    await page.getByRole('link', { name: 'Pengguna' }).click();
    await lockHeading().waitFor();
    await page.screenshot({ path: resolve(shots, 'idle-lock-screen.png') });
    expect(countAudit('auth.lock', 'idle')).toBe(locksBefore + 1);
    // Nothing of the app answers while locked, also when called straight through window.api.
    expect(await page.evaluate(() => window.api['cases:list']({}))).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await page.getByRole('link', { name: 'Daftar Kasus' }).count()).toBe(0);

    await unlockWith('bukan-kata-sandinya');
    await page.getByRole('alert').filter({ hasText: 'Kata sandi salah.' }).waitFor();
    await expect.poll(() => lockHeading().count()).toBe(1);
    await unlockWith(TEST_ADMIN.password);
    await page.getByTestId('user-menu').waitFor();
    expect(await lockHeading().count()).toBe(0);
    expect(countAudit('auth.unlock')).toBe(unlocksBefore + 1);
  });

  it("the renderer's own timer locks after the idle time without any call (browser clock fast-forwarded)", async () => {
    await setIdleMinutes(1);
    await page.clock.install();
    await openSignedIn(page);
    await page.clock.fastForward('00:50');
    expect(await lockHeading().count()).toBe(0);
    await page.clock.fastForward('00:30');
    await lockHeading().waitFor();
    // The lock came from the renderer (auth:lock), not from main's clock, which did not move.
    expect(h.app.ctx.session.locked).toBe(true);
    expect(h.app.ctx.db.prepare("SELECT reason FROM audit_log WHERE action = 'auth.lock' ORDER BY id DESC LIMIT 1").get()).toEqual({ reason: 'manual' });
    await unlockWith(TEST_ADMIN.password);
    await page.getByTestId('user-menu').waitFor();
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
    await openSignedIn(page);
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
