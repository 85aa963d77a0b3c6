import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness } from './browser.ts';
import { addTestUser } from '../support/temp-app.ts';

const shots = resolve(import.meta.dirname, '..', '..', 'test-results');
let h: Awaited<ReturnType<typeof startHarness>>;
let page: Page;
let pageErrors: string[];
let consoleErrors: string[];
/** Lets the app's scripts through; until then the page is what the server sent. */
let releaseScripts: () => void;

beforeEach(async () => {
  mkdirSync(shots, { recursive: true });
  pageErrors = [];
  consoleErrors = [];
  h = await startHarness(undefined, { auth: 'none' });
  page = await h.browser.newPage({ viewport: { width: 1280, height: 860 } });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => void (m.type() === 'error' && consoleErrors.push(m.text())));
  const held = new Promise<void>((release) => (releaseScripts = release));
  await page.route(/\/assets\/[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
});
afterEach(async () => {
  // A markup React does not match is reported (and the root drawn again) as a recoverable error.
  expect(pageErrors).toEqual([]);
  expect(consoleErrors).toEqual([]);
  await h?.stop();
});

/**
 * The form fields and texts a user sees in the root: the screen, without generated names (Mantine names the
 * language switch's radios with React's id, then with a random one once mounted).
 */
const screenOf = (p: Page) =>
  p.locator('#root').evaluate((root) => ({
    text: (root as HTMLElement).innerText,
    fields: [...root.querySelectorAll('input, button')].map((e) => {
      const name = e.getAttribute('type') === 'radio' ? `checked=${(e as HTMLInputElement).checked}` : e.getAttribute('name');
      return `${e.tagName} ${e.getAttribute('type')} ${name} ${e.getAttribute('autocomplete')}`;
    }),
  }));

/** True once React has taken the node over (it keeps its fiber on the DOM node). */
const ownedByReact = (p: Page, selector: string) => p.locator(selector).evaluate((el) => Object.keys(el).some((k) => k.startsWith('__reactFiber')));

/**
 * A password field and its eye button as the user sees them: the field's type, the button's pressed state and
 * whether the icon drawn is the crossed-out eye (Mantine's icon for a shown password).
 */
const revealOf = (p: Page, name: string) =>
  p.locator(`input[name="${name}"]`).evaluate((input) => {
    const button = input.closest('.mantine-PasswordInput-root')!.querySelector('button')!;
    const drawn = (selector: string) => [...button.querySelectorAll(selector)].some((e) => e.getBoundingClientRect().width > 0);
    return { type: input.getAttribute('type'), pressed: button.getAttribute('aria-pressed'), slashedEye: drawn('path[d^="M48 40"]') };
  });

/** The language switch's option drawn as chosen (the label Mantine marks active). */
const highlightedLanguage = (p: Page) => p.locator('[role="radiogroup"] label[data-active]').allInnerTexts();

describe('the sign-in screen the server draws, before and after the app takes it over', () => {
  it('draws first-launch setup with no script run, keeps what was typed and the submit, and the app creates the account', async () => {
    await page.goto(h.server.url, { waitUntil: 'commit' });
    await page.getByRole('heading', { name: 'Penyiapan pertama Sipena' }).waitFor();
    expect(await page.locator('#root').getAttribute('data-gate')).toBe('setup');
    expect(await ownedByReact(page, 'input[name="username"]')).toBe(false);
    await page.getByLabel('Nama lengkap').fill('Kepala Inspektorat');
    await page.getByLabel('Nama pengguna').fill('kepala');
    await page.getByLabel('Kata sandi', { exact: true }).fill('Inspektorat2024');
    await page.getByLabel('Ulangi kata sandi').fill('Inspektorat2024');
    await page.screenshot({ path: resolve(shots, 'server-drawn-setup.png') });
    await page.getByRole('button', { name: 'Buat akun administrator' }).click();
    expect(h.app.ctx.db.prepare('SELECT count(*) AS n FROM users').get()).toEqual({ n: 0 });

    releaseScripts();
    await expect.poll(() => page.getByTestId('user-menu').textContent()).toBe('Masuk sebagai Kepala Inspektorat (Administrator)');
    expect(h.app.ctx.db.prepare('SELECT username, display_name FROM users').all()).toEqual([{ username: 'kepala', display_name: 'Kepala Inspektorat' }]);
  });

  it('draws sign-in once an account exists; the app takes over the same nodes, with the text typed before and after', async () => {
    await addTestUser(h.app.ctx, 'kepala', 'administrator', { password: 'Inspektorat2024', displayName: 'Kepala Inspektorat' });
    await page.goto(h.server.url, { waitUntil: 'commit' });
    await page.getByRole('heading', { name: 'Masuk ke Sipena' }).waitFor();
    expect(await page.locator('#root').getAttribute('data-gate')).toBe('login');
    // Focus is in the first field before any script, as the app's own form puts it.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('username');
    await page.keyboard.type('kep');
    const drawn = await screenOf(page);
    await page.locator('input[name="password"]').evaluate((el) => ((el as unknown as { serverNode: boolean }).serverNode = true));

    releaseScripts();
    await expect.poll(() => ownedByReact(page, 'input[name="password"]')).toBe(true);
    // The very node the server sent, now React's: nothing was drawn again.
    expect(await page.locator('input[name="password"]').evaluate((el) => (el as unknown as { serverNode?: boolean }).serverNode)).toBe(true);
    expect(await screenOf(page)).toEqual(drawn);
    await page.locator('input[name="username"]').press('End');
    await page.keyboard.type('ala');
    await page.getByLabel('Kata sandi', { exact: true }).fill('Inspektorat2024');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect.poll(() => page.getByTestId('user-menu').textContent()).toBe('Masuk sebagai Kepala Inspektorat (Administrator)');
  });

  it('keeps a language chosen on the drawn page before the app ran: the app starts in it', async () => {
    await page.goto(h.server.url, { waitUntil: 'commit' });
    await page.getByRole('heading', { name: 'Penyiapan pertama Sipena' }).waitFor();
    // The switch's radios work without script: the browser checks EN; the page's script moves the highlight.
    await page.getByText('EN', { exact: true }).click();
    expect(await highlightedLanguage(page)).toEqual(['EN']);
    await page.screenshot({ path: resolve(shots, 'server-drawn-setup-en-chosen.png') });

    releaseScripts();
    await page.getByRole('heading', { name: 'First-time Sipena setup' }).waitFor();
    expect(await highlightedLanguage(page)).toEqual(['EN']);
    expect(await page.evaluate(() => localStorage.getItem('sipena-language'))).toBe('en');
  });

  it('shows the password at the eye button before the app ran, and keeps it shown when the app takes over', async () => {
    await addTestUser(h.app.ctx, 'kepala', 'administrator', { password: 'Inspektorat2024', displayName: 'Kepala Inspektorat' });
    await page.goto(h.server.url, { waitUntil: 'commit' });
    await page.getByRole('heading', { name: 'Masuk ke Sipena' }).waitFor();
    await page.getByLabel('Nama pengguna').fill('kepala');
    await page.getByLabel('Kata sandi', { exact: true }).fill('Inspektorat2024');
    const eye = page.getByRole('button', { name: 'Tampilkan atau sembunyikan sandi' });
    expect(await ownedByReact(page, 'input[name="password"]')).toBe(false);
    await eye.click();
    expect(await revealOf(page, 'password')).toEqual({ type: 'text', pressed: 'true', slashedEye: true });
    await page.screenshot({ path: resolve(shots, 'server-drawn-login-revealed.png') });

    releaseScripts();
    await expect.poll(() => ownedByReact(page, 'input[name="password"]')).toBe(true);
    expect(await revealOf(page, 'password')).toEqual({ type: 'text', pressed: 'true', slashedEye: true });
    await eye.click();
    expect(await revealOf(page, 'password')).toEqual({ type: 'password', pressed: 'false', slashedEye: false });
    await eye.click();
    expect(await revealOf(page, 'password')).toEqual({ type: 'text', pressed: 'true', slashedEye: true });
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect.poll(() => page.getByTestId('user-menu').textContent()).toBe('Masuk sebagai Kepala Inspektorat (Administrator)');
  });

  it('keeps each password field as the eye buttons left it before the app ran (shown, or shown and hidden again)', async () => {
    await page.goto(h.server.url, { waitUntil: 'commit' });
    await page.getByRole('heading', { name: 'Penyiapan pertama Sipena' }).waitFor();
    const [first, confirm] = await page.getByRole('button', { name: 'Tampilkan atau sembunyikan sandi' }).all();
    await first!.click();
    await first!.click();
    await confirm!.click();
    expect(await revealOf(page, 'password')).toEqual({ type: 'password', pressed: 'false', slashedEye: false });
    expect(await revealOf(page, 'passwordConfirm')).toEqual({ type: 'text', pressed: 'true', slashedEye: true });

    releaseScripts();
    await expect.poll(() => ownedByReact(page, 'input[name="passwordConfirm"]')).toBe(true);
    expect(await revealOf(page, 'password')).toEqual({ type: 'password', pressed: 'false', slashedEye: false });
    expect(await revealOf(page, 'passwordConfirm')).toEqual({ type: 'text', pressed: 'true', slashedEye: true });
    await first!.click();
    expect(await revealOf(page, 'password')).toEqual({ type: 'text', pressed: 'true', slashedEye: true });
    await confirm!.click();
    expect(await revealOf(page, 'passwordConfirm')).toEqual({ type: 'password', pressed: 'false', slashedEye: false });
  });

  it('is the screen the app draws by itself (a page without the drawn form, as in the desktop app)', async () => {
    await addTestUser(h.app.ctx, 'kepala', 'administrator', { password: 'Inspektorat2024', displayName: 'Kepala Inspektorat' });
    await page.goto(h.server.url, { waitUntil: 'commit' });
    await page.getByRole('heading', { name: 'Masuk ke Sipena' }).waitFor();
    const drawn = await screenOf(page);
    releaseScripts();

    const own = await h.browser.newPage({ viewport: { width: 1280, height: 860 } });
    own.on('pageerror', (e) => pageErrors.push(e.message));
    await own.route(h.server.url, async (route) => {
      const res = await route.fetch();
      const body = (await res.text()).replace(/<div id="root"[^>]*>[\s\S]*<\/div>(\s*<\/body>)/, '<div id="root"></div>$1');
      await route.fulfill({ response: res, body });
    });
    await own.goto(h.server.url);
    await own.getByRole('heading', { name: 'Masuk ke Sipena' }).waitFor();
    expect(await own.locator('#root').getAttribute('data-gate')).toBeNull();
    expect(await screenOf(own)).toEqual(drawn);
  });
});
