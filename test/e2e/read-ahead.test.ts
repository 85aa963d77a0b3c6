/**
 * A screen's first reads go out as the navigation starts (RouteDef.reads, read-ahead.ts), and
 * the screen takes those answers instead of asking again. A route whose declared reads differ
 * from what its screen asks (another payload, a renamed channel) would send every request
 * twice: this walks every screen that declares reads and checks each request went out once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { goHash, openPage, seedCase, startHarness } from './browser.ts';
import { routes } from '../../renderer/src/app/routes.tsx';

let h: Awaited<ReturnType<typeof startHarness>>;
let page: Page;
let errors: string[];
let caseId: number;
const sent: string[] = [];

const ipcRequest = (r: Request) => {
  const m = /\/ipc\/([^/?]+)$/.exec(r.url());
  return m ? `${decodeURIComponent(m[1]!)} ${r.postData() ?? ''}` : null;
};

/** The path of a route with its parameters filled from the seeded case. */
const pathOf = (pattern: string) => pattern.replace(':id', String(caseId));
// The parameterised screens of the seeded case (a pact or a day of hearings would need their own data).
const declaring = routes.filter((r) => r.reads && (!r.pattern.includes(':') || r.pattern.startsWith('/cases/:id')));

beforeAll(async () => {
  h = await startHarness(new Date('2024-12-02T03:00:00Z'));
  caseId = seedCase(h.app.ctx).id;
  ({ page, errors } = await openPage(h.browser));
  page.on('request', (r) => {
    const key = ipcRequest(r);
    if (key) sent.push(key);
  });
  await page.goto(h.server.url);
  await page.getByRole('heading', { name: 'Daftar Kasus' }).waitFor();
});
afterAll(async () => {
  await page?.close();
  await h?.stop();
});

describe('read-ahead in Chromium', () => {
  it('declares reads for the screens a clerk opens most', () => {
    expect(declaring.map((r) => r.pattern)).toEqual(expect.arrayContaining(['/cases', '/cases/:id', '/cases/:id/letters', '/dashboard', '/hearings', '/deadline-rules']));
  });

  it.each(declaring.map((r) => [r.pattern]))('%s: every first read goes out once, with the navigation', async (pattern) => {
    const path = pathOf(pattern);
    // Start from a screen that reads none of these.
    await goHash(page, '/letters/verify');
    await page.locator('main[data-path="/letters/verify"] h2').waitFor();
    sent.length = 0;
    await goHash(page, path);
    await page.locator(`main[data-path="${path}"] h2`).first().waitFor();
    await page.locator('main .mantine-Loader-root').waitFor({ state: 'detached' });
    const counts = new Map<string, number>();
    for (const key of sent) counts.set(key, (counts.get(key) ?? 0) + 1);
    const twice = [...counts].filter(([, n]) => n > 1).map(([key]) => key);
    expect(twice).toEqual([]);
    const route = routes.find((r) => r.pattern === pattern)!;
    for (const [channel, payload] of route.reads!(pattern === path ? {} : { id: String(caseId) })) {
      expect(sent).toContain(`${channel} ${JSON.stringify(payload)}`);
    }
    expect(errors).toEqual([]);
  });
});
