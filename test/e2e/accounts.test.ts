import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness } from './browser.ts';
import { channels } from '../../shared/ipc/table.ts';
import { can } from '../../shared/accounts/permissions.ts';
import { addTestUser } from '../support/temp-app.ts';

const shots = resolve(import.meta.dirname, '..', '..', 'test-results');
let h: Awaited<ReturnType<typeof startHarness>>;
let page: Page;
let pageErrors: string[];
/** Main's clock: the test moves it (the lockout runs on ctx.now(), never on the wall clock). */
let now: Date;

// Each test starts from a first launch (no account, nobody signed in) and makes the
// accounts it needs, so the tests run alone and in any order.
beforeEach(async () => {
  mkdirSync(shots, { recursive: true });
  now = new Date('2024-11-04T03:00:00Z');
  pageErrors = [];
  h = await startHarness(undefined, { auth: 'none', clock: () => now });
  page = await h.browser.newPage({ viewport: { width: 1280, height: 860 } });
  page.on('pageerror', (e) => pageErrors.push(e.message));
});
afterEach(async () => {
  expect(pageErrors).toEqual([]);
  await h?.stop();
});

/** The two accounts of these tests, made directly (their creation through the UI is tested below). */
async function withAccounts(): Promise<void> {
  await addTestUser(h.app.ctx, 'kepala', 'administrator', { password: 'Inspektorat2024', displayName: 'Kepala Inspektorat' });
  await addTestUser(h.app.ctx, 'budi', 'clerk', { password: 'Registrasi2024', displayName: 'Budi Santoso' });
  await page.goto(h.server.url);
  await page.getByRole('heading', { name: 'Masuk ke Sipena' }).waitFor();
}

async function login(username: string, password: string): Promise<void> {
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
}

async function logout(): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Keluar' }).click();
  await page.getByRole('heading', { name: 'Masuk ke Sipena' }).waitFor();
}

describe('accounts in Chromium: first launch, login, lockout, roles', () => {
  it('asks for the administrator on first launch, checks the password rule in Indonesian, then opens the app', async () => {
    await page.goto(h.server.url);
    await page.getByRole('heading', { name: 'Penyiapan pertama Sipena' }).waitFor();
    // The server draws this form into the page: it shows before the page's script has defined the api.
    await page.waitForFunction(() => 'api' in window);
    // Nothing but setup answers yet, even when called directly.
    const direct = await page.evaluate(() => window.api['cases:list']({}));
    expect(direct).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: 'Silakan masuk terlebih dahulu.' } });

    await page.getByLabel('Nama lengkap').fill('Kepala Inspektorat');
    await page.getByLabel('Nama pengguna').fill('kepala');
    await page.getByLabel('Kata sandi', { exact: true }).fill('pendek');
    await page.getByLabel('Ulangi kata sandi').fill('pendek2');
    await page.getByRole('button', { name: 'Buat akun administrator' }).click();
    await expect.poll(() => page.getByText('kata sandi minimal 10 karakter').count()).toBe(1);
    await expect.poll(() => page.getByText('kedua kata sandi tidak sama').count()).toBe(1);
    await page.screenshot({ path: resolve(shots, 'accounts-setup.png') });
    // Mantine's built-in English labels are replaced by ours.
    expect(await page.locator('[aria-label="Toggle password visibility"]').count()).toBe(0);
    expect(await page.locator('[aria-label="Tampilkan atau sembunyikan sandi"]').count()).toBe(2);
    expect(h.app.ctx.db.prepare('SELECT count(*) AS n FROM users').get()).toEqual({ n: 0 });

    await page.getByLabel('Kata sandi', { exact: true }).fill('Inspektorat2024');
    await page.getByLabel('Ulangi kata sandi').fill('Inspektorat2024');
    await page.getByRole('button', { name: 'Buat akun administrator' }).click();
    await expect.poll(() => page.getByTestId('user-menu').textContent()).toBe('Masuk sebagai Kepala Inspektorat (Administrator)');
  });

  it('lets the administrator add a clerk on the users screen', async () => {
    await addTestUser(h.app.ctx, 'kepala', 'administrator', { password: 'Inspektorat2024', displayName: 'Kepala Inspektorat' });
    await page.goto(h.server.url);
    await login('kepala', 'Inspektorat2024');
    await page.getByTestId('user-menu').waitFor();
    await page.getByRole('link', { name: 'Pengguna' }).click();
    await page.getByRole('button', { name: 'Tambah pengguna' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nama pengguna').fill('budi');
    await dialog.getByLabel('Nama lengkap').fill('Budi Santoso');
    await dialog.getByRole('combobox', { name: 'Peran' }).click();
    await page.getByRole('option', { name: 'Petugas registrasi' }).click();
    await dialog.getByLabel('Kata sandi', { exact: true }).fill('Registrasi2024');
    await dialog.getByLabel('Ulangi kata sandi').fill('Registrasi2024');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => page.getByRole('cell', { name: 'Budi Santoso' }).count()).toBe(1);
    await page.screenshot({ path: resolve(shots, 'accounts-users.png') });
    expect(h.app.ctx.db.prepare("SELECT role FROM users WHERE username = 'budi'").get()).toEqual({ role: 'clerk' });

    // Their own row offers change-password (current password asked), the clerk's a reset.
    const own = page.getByRole('row').filter({ hasText: 'Kepala Inspektorat' });
    expect(await own.getByRole('button', { name: 'Atur ulang kata sandi' }).count()).toBe(0);
    await own.getByRole('button', { name: 'Ganti kata sandi' }).click();
    await page.getByRole('dialog').getByLabel('Kata sandi saat ini').waitFor();
    await page.keyboard.press('Escape');
    expect(await page.getByRole('row').filter({ hasText: 'Budi Santoso' }).getByRole('button', { name: 'Atur ulang kata sandi' }).count()).toBe(1);
  });

  it('locks the account after 5 wrong passwords and shows the delay; the right password waits too', async () => {
    await withAccounts();
    const failures = () => (h.app.ctx.db.prepare("SELECT failed_attempts AS n FROM users WHERE username = 'kepala'").get() as { n: number }).n;
    for (let i = 1; i <= 4; i++) {
      await login('kepala', `salah-salah-${i}`);
      // Wait for main to have counted this attempt: the message alone repeats the last one.
      await expect.poll(failures).toBe(i);
      await expect.poll(() => page.getByTestId('login-error').textContent()).toBe('Nama pengguna atau kata sandi salah.');
    }
    await login('kepala', 'salah-salah-5');
    await expect.poll(() => page.getByTestId('login-error').textContent()).toBe('Akun dikunci sementara karena kata sandi salah berulang kali. Coba lagi dalam 30 detik.');
    const row = h.app.ctx.db.prepare("SELECT failed_attempts, locked_until FROM users WHERE username = 'kepala'").get() as { failed_attempts: number; locked_until: string };
    expect(row.failed_attempts).toBe(5);
    expect(Date.parse(row.locked_until) - now.getTime()).toBe(30_000);

    // 20 s later the right password still waits, and is told how long.
    now = new Date(now.getTime() + 20_000);
    await login('kepala', 'Inspektorat2024');
    await expect.poll(() => page.getByTestId('login-error').textContent()).toBe('Akun dikunci sementara karena kata sandi salah berulang kali. Coba lagi dalam 10 detik.');
    await page.screenshot({ path: resolve(shots, 'accounts-lockout.png') });
    // Once the delay is over it opens the app.
    now = new Date(now.getTime() + 10_000);
    await login('kepala', 'Inspektorat2024');
    await expect.poll(() => page.getByTestId('user-menu').textContent()).toBe('Masuk sebagai Kepala Inspektorat (Administrator)');
  });

  it('shows a clerk neither user management nor the official-only actions, and main refuses them when called directly', async () => {
    await withAccounts();
    await login('budi', 'Registrasi2024');
    await expect.poll(() => page.getByTestId('user-menu').textContent()).toBe('Masuk sebagai Budi Santoso (Petugas registrasi)');
    expect(await page.getByRole('link', { name: 'Pengguna' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Registrasi Kasus' }).count()).toBeGreaterThan(0);
    await page.goto(`${h.server.url.split('?')[0]}#/users`);
    await page.getByRole('alert').filter({ hasText: 'Anda tidak berwenang melakukan tindakan ini.' }).waitFor();
    await page.screenshot({ path: resolve(shots, 'accounts-clerk-refused.png') });

    // Every channel the clerk may not use, called straight through window.api, is refused by main.
    const refused = channels.filter((c) => !can('clerk', c));
    expect(refused).toContain('users:create');
    const official = refused.filter((c) => can('official', c) && !can('examiner', c));
    expect(official.length).toBeGreaterThan(0);
    const before = h.app.ctx.db.prepare('SELECT count(*) AS n FROM users').get();
    const answers = await page.evaluate(async (names) => {
      const api = window.api as unknown as Record<string, (p: unknown) => Promise<{ ok: boolean; error?: { code: string } }>>;
      const out: Record<string, string> = {};
      for (const c of names) out[c] = (await api[c]!({ username: 'mallory', displayName: 'M', role: 'administrator', password: 'Mallory-2024' })).error?.code ?? 'ok';
      return out;
    }, refused);
    for (const c of refused) expect(answers[c], c).toBe('FORBIDDEN');
    expect(h.app.ctx.db.prepare('SELECT count(*) AS n FROM users').get()).toEqual(before);
  });

  it('signs out, and the lock screen needs the password again', async () => {
    await withAccounts();
    await login('budi', 'Registrasi2024');
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Kunci layar' }).click();
    await page.getByRole('heading', { name: 'Layar terkunci' }).waitFor();
    expect(await page.evaluate(() => window.api['cases:list']({}))).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    await page.getByLabel('Kata sandi').fill('bukan-ini-1');
    await page.getByRole('button', { name: 'Buka kunci' }).click();
    await page.getByRole('alert').filter({ hasText: 'Kata sandi salah.' }).waitFor();
    await page.getByLabel('Kata sandi').fill('Registrasi2024');
    await page.getByRole('button', { name: 'Buka kunci' }).click();
    await page.getByTestId('user-menu').waitFor();
    await logout();
    expect(await page.evaluate(() => window.api['users:list']({}))).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});
