/**
 * The case list's live reload against the office server, in Chromium: a reload (another
 * user registered a case) replaces every page but the first, so the rows in view must be
 * asked for again even when their page's earlier answer arrives after the reload (and is
 * dropped as belonging to the list before it). The order
 * of events is fixed by holding or answering requests in the browser's network layer; no
 * test waits for a time.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { ensureRendererBuilt } from '../../electron/web/ensure-renderer.ts';
import type { OfficeServer } from '../../electron/server/office-server.ts';
import { launchChromium, seedCase } from '../e2e/browser.ts';
import { TEST_ADMIN, tempApp, validCase } from '../support/temp-app.ts';
import { OfficeClient, startTestOfficeServer } from '../support/https-client.ts';

const repoRoot = resolve(import.meta.dirname, '..', '..');
let rendererDir: string;
let browser: Browser;
let app: Awaited<ReturnType<typeof tempApp>>;
let server: OfficeServer;
let ca: string;
let admin: OfficeClient;
let context: BrowserContext;
let page: Page;
let errors: string[];

const UNREACHABLE = /Server Sipena tidak dapat dihubungi/;
const offsetOf = (route: Route) => (route.request().postDataJSON() as { offset?: number }).offset;
const isList = (url: URL) => decodeURIComponent(url.pathname) === '/ipc/cases:list';
const rows = () => page.getByTestId('case-rows');
const total = () => page.getByTestId('case-total').textContent();

/** Holds the next `cases:list` request for the second page (offset 100) until `release` is called. */
function holdSecondPage(): { held: Promise<void>; release: () => Promise<void> } {
  let route: Route | null = null;
  let done = (): void => undefined;
  const held = new Promise<void>((r) => (done = r));
  void page.route(isList, async (r) => {
    if (route || offsetOf(r) !== 100) return r.fallback();
    route = r;
    done();
  });
  return { held, release: async () => route?.continue() };
}

/** Another user registers a case: the list hears it on its change stream and reloads. */
async function otherUserRegisters(): Promise<string> {
  const made = await admin.call('cases:create', { ...validCase, incidentPlace: 'Alun-alun Kota', acknowledgeDuplicates: true });
  if (!made.ok) throw new Error(made.error.message);
  return made.value['registerNo'] as string;
}

beforeAll(async () => {
  rendererDir = await ensureRendererBuilt(repoRoot);
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

beforeEach(async () => {
  app = await tempApp(new Date('2024-11-04T03:00:00Z'), { auth: 'none' });
  ({ server, ca } = await startTestOfficeServer(app.ctx, rendererDir));
  admin = new OfficeClient(server.port, ca);
  const setup = await admin.call('auth:setup', { username: TEST_ADMIN.username, displayName: TEST_ADMIN.displayName, password: TEST_ADMIN.password });
  if (!setup.ok) throw new Error(setup.error.message);
  const accused = validCase.accused[0]!;
  for (let i = 0; i < 130; i++) {
    seedCase(app.ctx, { accused: [{ ...accused, nip: `199001012015042${String(i + 1).padStart(3, '0')}` }], acknowledgeDuplicates: true });
  }
  context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 1000 } });
  page = await context.newPage();
  errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  await page.getByLabel('Nama pengguna').fill(TEST_ADMIN.username);
  await page.getByLabel('Kata sandi', { exact: true }).fill(TEST_ADMIN.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  // Signed in, the start screen is the case list.
  await page.getByRole('heading', { name: 'Daftar Kasus' }).waitFor();
  await expect.poll(total).toContain('130 kasus');
  // The list listens before anything happens.
  await expect.poll(() => server.events.size).toBe(1);
});
afterEach(async () => {
  await context?.close();
  await server?.close();
  app?.close();
  expect(errors).toEqual([]);
});

describe('the case list reloaded by the live view', () => {
  it('reached again through its menu entry while shown, the list still reloads with what changed since', async () => {
    // The start screen is drawn at "#/" or none; the menu entry leads to "#/cases", the same screen:
    // the navigation reads the first page ahead, but no new screen comes to take the answer.
    await page.getByRole('link', { name: 'Daftar Kasus' }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/cases');
    const registerNo = await otherUserRegisters();
    await expect.poll(total).toContain('131 kasus');
    await page.getByRole('link', { name: registerNo }).waitFor();
  });

  it('a further page whose answer comes after the reload is asked again: the bottom rows show their cases', async () => {
    const { held, release } = holdSecondPage();
    await rows().evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await held;
    await otherUserRegisters();
    await expect.poll(total).toContain('131 kasus');
    // The answer for the list before the reload arrives now, and is dropped.
    await release();
    await expect.poll(() => rows().textContent()).toContain('REG/0001/');
    expect(await rows().getByText('…').count()).toBe(0);
  });

  it('a further page that failed while in view is not asked again in a loop, and the next reload fills the rows in view', async () => {
    let failed = false;
    await page.route(isList, async (r) => {
      if (failed || offsetOf(r) !== 100) return r.fallback();
      failed = true;
      // The connection drops on the way: the page's call answers that the server is unreachable.
      await r.abort('connectionreset');
    });
    await rows().evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await expect.poll(() => page.getByText(UNREACHABLE).count()).toBe(1);
    await otherUserRegisters();
    await expect.poll(total).toContain('131 kasus');
    await expect.poll(() => rows().textContent()).toContain('REG/0001/');
    expect(await rows().getByText('…').count()).toBe(0);
    expect(await page.getByText(UNREACHABLE).count()).toBe(0);
  });
});
