/**
 * A screen's data load that main refuses (the screen was locked or the session ended while
 * the request was on its way) hands over to the lock screen or shows the message: it must
 * never end as an unhandled rejection (a page error). Main's refusal is played by answering
 * the request in the browser's network layer, so the moment of the lock is exact and needs
 * no clock.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { goHash, openPage, seedCase, startHarness } from './browser.ts';
import { validCase } from '../support/temp-app.ts';

let h: Awaited<ReturnType<typeof startHarness>>;
let page: Page;
let errors: string[] = [];

// A real 1x1 PNG: the preview must be able to draw it.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const LOCKED = { ok: false, error: { code: 'UNAUTHENTICATED', message: 'Layar terkunci. Masukkan kata sandi untuk melanjutkan.' } };
const go = (path: string) => goHash(page, path);
const isChannel = (channel: string) => (url: URL) => decodeURIComponent(url.pathname) === `/ipc/${channel}`;

/** Answers the next matching call as main does once it has locked; resolves when it happened. */
function refuseNext(channel: string, when: (route: Route) => boolean = () => true): Promise<void> {
  let used = false;
  return new Promise((done) => {
    void page.route(isChannel(channel), async (route) => {
      if (used || !when(route)) return route.fallback();
      used = true;
      await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(LOCKED) });
      done();
    });
  });
}

/** The renderer re-reads auth:status after a refusal; once that answer is in, any rejection has surfaced. */
async function settled(): Promise<void> {
  await page.waitForResponse((r) => isChannel('auth:status')(new URL(r.url())));
  await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
}

beforeAll(async () => {
  h = await startHarness(new Date('2024-12-02T03:00:00Z'));
  const accused = validCase.accused[0]!;
  for (let i = 0; i < 130; i++) {
    const nip = `199001012015042${String(i + 1).padStart(3, '0')}`;
    seedCase(h.app.ctx, { accused: [{ ...accused, nip }], acknowledgeDuplicates: true });
  }
});
afterAll(async () => h?.stop());
// Each test on a page of its own, from the case list: none starts where another left the screen
// (nor with another's routes in place).
beforeEach(async () => {
  ({ page, errors } = await openPage(h.browser));
  await page.goto(h.server.url);
  await page.getByRole('heading', { name: 'Daftar Kasus' }).waitFor();
});
afterEach(async () => {
  await page.close();
  expect(errors).toEqual([]);
});

describe('loads refused by main in Chromium', () => {
  it("the case list's options refused as it opens: no page error", async () => {
    await go('/dashboard');
    await page.getByRole('heading', { name: 'Perlu Tindakan' }).waitFor();
    const refused = refuseNext('cases:options');
    const recheck = settled();
    await go('/cases');
    await refused;
    await recheck;
    expect(errors).toEqual([]);
  });

  it('a further page of the case list refused while scrolling: no page error, and the page is asked again later', async () => {
    await go('/dashboard');
    await page.getByRole('heading', { name: 'Perlu Tindakan' }).waitFor();
    await go('/cases');
    await expect.poll(() => page.getByTestId('case-total').textContent()).toContain('130 kasus');
    const refused = refuseNext('cases:list', (route) => (route.request().postDataJSON() as { offset?: number }).offset === 100);
    const recheck = settled();
    await page.getByTestId('case-rows').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await refused;
    await recheck;
    expect(errors).toEqual([]);
    // The refused page is not remembered as loading forever: scrolling again fetches it.
    await page.getByTestId('case-rows').evaluate((el) => el.scrollTo({ top: 0 }));
    await expect.poll(() => page.getByTestId('case-rows').textContent()).toContain('REG/0130/');
    await page.getByTestId('case-rows').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await expect.poll(() => page.getByTestId('case-rows').textContent()).toContain('REG/0001/');
    expect(await page.getByText(LOCKED.error.message).count()).toBe(0);
  });

  it("an evidence preview whose file read is refused says so instead of failing silently", async () => {
    await go('/cases/1');
    await page.getByTestId('case-register-no').waitFor();
    await page.locator('input[type=file]').setInputFiles([{ name: 'foto.png', mimeType: 'image/png', buffer: PNG }]);
    await page.getByRole('button', { name: 'Lampirkan' }).click();
    await page.getByTestId('evidence-image').waitFor();
    const refused = refuseNext('evidence:read');
    await page.reload();
    await refused;
    await expect.poll(() => page.getByTestId('evidence-item').textContent()).toContain(LOCKED.error.message);
    await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
    expect(errors).toEqual([]);
    expect(await page.getByTestId('evidence-image').count()).toBe(0);
  });
});
