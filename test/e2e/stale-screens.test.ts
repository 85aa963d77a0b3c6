/**
 * No stale screens: moving from one case's page to another case's same page (a link, the
 * address, Back) must never leave the first case's data on screen, neither what was
 * already shown (a letter preview) nor an answer still on its way when the user moved on.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { goHash, openPage, seedCase, startHarness } from './browser.ts';
import { validCase } from '../support/temp-app.ts';

let h: Awaited<ReturnType<typeof startHarness>>;
let page: Page;
const cases: { id: number; registerNo: string; file: string }[] = [];
let errors: string[] = [];

const slug = (registerNo: string) => registerNo.replace(/[^A-Za-z0-9]+/g, '-');
const go = (path: string) => goHash(page, path);

async function openLetters(i: number): Promise<void> {
  await go(`/cases/${cases[i]!.id}/letters`);
  await expect.poll(() => page.getByTestId('letters-title').textContent()).toContain(cases[i]!.registerNo);
  await page.getByTestId('option-receipt').getByRole('button', { name: 'Pratinjau draf' }).waitFor();
}

beforeAll(async () => {
  h = await startHarness(new Date('2024-12-02T03:00:00Z'));
  const second = { ...validCase, accused: [{ ...validCase.accused[0]!, name: 'Siti Aminah', nip: '199001012015042002' }], incidentPlace: 'Pasar Baru' };
  for (const input of [validCase, second]) {
    const { id, registerNo } = seedCase(h.app.ctx, input);
    cases.push({ id, registerNo, file: slug(registerNo) });
  }
});
afterAll(async () => h?.stop());
// Each test on a page of its own, from the case list: none starts where another left the screen.
beforeEach(async () => {
  ({ page, errors } = await openPage(h.browser));
  await page.goto(h.server.url);
  await page.getByRole('heading', { name: 'Daftar Kasus' }).waitFor();
});
afterEach(async () => {
  await page.close();
  expect(errors).toEqual([]);
});

describe('no stale screens in Chromium', () => {
  it("drops case A's letter preview on case B's letters page (link and Back)", async () => {
    await openLetters(0);
    await page.getByTestId('option-receipt').getByRole('button', { name: 'Pratinjau draf' }).click();
    const viewer = page.getByTestId('letter-viewer');
    await expect.poll(() => viewer.getAttribute('data-file')).toContain(cases[0]!.file);
    await page.locator('[data-testid="pdf-preview"][data-state="ready"]').waitFor();

    await openLetters(1);
    expect(await viewer.count()).toBe(0);
    expect(await page.locator('[data-testid="pdf-preview"]').count()).toBe(0);

    await page.getByTestId('option-receipt').getByRole('button', { name: 'Pratinjau draf' }).click();
    await expect.poll(() => viewer.getAttribute('data-file')).toContain(cases[1]!.file);
    await page.goBack();
    await expect.poll(() => page.getByTestId('letters-title').textContent()).toContain(cases[0]!.registerNo);
    expect(await viewer.count()).toBe(0);
  });

  it("never shows case A's draft that arrives after the user moved to case B", async () => {
    await openLetters(0);
    // Hold case A's draft answer until the user is on case B's page.
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    let draftsHeld = 0;
    // The handler returns at once (Playwright would wait for a pending one before routing other requests).
    await page.route(/\/ipc\/letters%3Adraft$/, (route) => {
      draftsHeld++;
      void held.then(() => route.continue());
    });
    await page.getByTestId('option-receipt').getByRole('button', { name: 'Pratinjau draf' }).click();
    await expect.poll(() => draftsHeld).toBe(1);
    await openLetters(1);
    const answered = page.waitForResponse(/\/ipc\/letters%3Adraft$/);
    release();
    await answered;
    await page.unroute(/\/ipc\/letters%3Adraft$/);
    // Give a stale answer every chance to land: two frames after it arrived.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await page.getByTestId('letter-viewer').count()).toBe(0);
    expect(await page.getByTestId('letters-title').textContent()).toContain(cases[1]!.registerNo);
  });

  it("shows case B's particulars, not case A's, when the address moves from A to B", async () => {
    await go(`/cases/${cases[0]!.id}`);
    await expect.poll(() => page.getByTestId('case-register-no').textContent()).toBe(cases[0]!.registerNo);
    await go(`/cases/${cases[1]!.id}`);
    await expect.poll(() => page.getByTestId('case-register-no').textContent()).toBe(cases[1]!.registerNo);
    expect(await page.getByText('Budi Santoso').count()).toBe(0);
    await page.getByText('Siti Aminah').first().waitFor();
    expect(errors).toEqual([]);
  });
});
