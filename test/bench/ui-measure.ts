/**
 * In-page timing for the UI benchmark. The clock starts at the user's input event itself
 * (pointerdown of a click, or the last keydown of typing, read in the page with
 * performance.now()) and stops in the first animation frame in which the expected result
 * is in the DOM, i.e. the frame that paints it. Nothing here depends on Playwright's own
 * round trips, so driver overhead is not counted.
 */
import type { Page } from 'playwright-core';

interface Marks {
  __benchArmed: 'first' | 'last' | null;
  __benchT0: number | null;
  __benchT1: number | null;
}

/** Installed before every page load: records when the armed input happened. */
export async function installInputClock(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as Marks;
    w.__benchArmed = null;
    w.__benchT0 = null;
    const mark = (e: Event) => {
      if (!w.__benchArmed) return;
      if (w.__benchArmed === 'last' || w.__benchT0 === null) w.__benchT0 = performance.now();
      void e;
    };
    window.addEventListener('pointerdown', mark, true);
    window.addEventListener('keydown', mark, true);
  });
}

/**
 * Runs `act` (a click or typing) and returns the ms from its input event to the frame in
 * which `done` (a function body over `arg`, evaluated in the page) first holds.
 * `mode` 'last' restarts the clock on every key, for "last keystroke to rows".
 */
export async function measure<A>(page: Page, act: () => Promise<unknown>, done: string, arg: A, mode: 'first' | 'last' = 'first', timeout = 20_000): Promise<number> {
  await page.evaluate((m) => {
    const w = window as unknown as Marks;
    w.__benchArmed = m;
    w.__benchT0 = null;
    w.__benchT1 = null;
  }, mode);
  await act();
  // The condition is our own code, sent into the page as text (Playwright serialises functions as source).
  const cond = new Function('arg', `const ok = (() => { ${done} })(); if (ok) window.__benchT1 = performance.now(); return ok;`) as (a: unknown) => boolean;
  await page.waitForFunction(cond, arg as unknown, { polling: 'raf', timeout });
  return page.evaluate(() => {
    const w = window as unknown as Marks;
    w.__benchArmed = null;
    if (w.__benchT0 === null || w.__benchT1 === null) throw new Error('no input event was seen for this measurement');
    return w.__benchT1 - w.__benchT0;
  });
}

/**
 * The screen in <main> has settled: the screen of hash `arg` is the one drawn (the shell marks
 * <main> with its path; the hash changes first), heading present, no spinner, no list or
 * calendar still loading.
 */
export const SCREEN_SETTLED = `
  const main = document.querySelector('main');
  if (!main || main.dataset.path !== arg.slice(1)) return false;
  if (!main.querySelector('h1, h2')) return false;
  return !main.querySelector('.mantine-Loader-root, [data-state="loading"]');
`;

/** The case list shows rows for a new query (data-query differs from `arg.before`, and contains `arg.has`). */
export const LIST_READY = `
  const rows = document.querySelector('[data-testid="case-rows"]');
  if (!rows || rows.dataset.state !== 'ready') return false;
  const q = rows.dataset.query || '';
  return q !== arg.before && q.includes(arg.has) && rows.querySelector('[role="row"] a') !== null;
`;

/** The current data-query of the case list (to tell the next answer from this one). */
export function listQuery(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector<HTMLElement>('[data-testid="case-rows"]')?.dataset.query ?? '');
}

/** Waits until the case list shows the answer to the current filters, search box included (typing is debounced). */
export function listSettled(page: Page): Promise<unknown> {
  return page.waitForFunction(
    () => {
      const rows = document.querySelector<HTMLElement>('[data-testid="case-rows"]');
      const typed = document.querySelector<HTMLInputElement>('[data-testid="case-filters"] input[aria-label="Cari"]')?.value.trim() ?? '';
      const q = rows?.dataset.query ?? '';
      const searchShown = typed ? q.includes(JSON.stringify({ search: typed }).slice(1, -1)) : !q.includes('"search"');
      return rows?.dataset.state === 'ready' && searchShown && rows.querySelector('[role="row"] a') !== null;
    },
    null,
    { polling: 'raf', timeout: 20_000 },
  );
}

/**
 * A fast scroll through the case list: `px` pixels per frame for `frames` frames, then
 * frames per second over the run (from requestAnimationFrame times).
 */
export function scrollFps(page: Page, px: number, frames: number): Promise<number> {
  return page.evaluate(
    ({ px, frames }) =>
      new Promise<number>((resolve) => {
        const el = document.querySelector<HTMLElement>('[data-testid="case-rows"]')!;
        el.scrollTop = 0;
        const times: number[] = [];
        const step = (t: number) => {
          times.push(t);
          if (times.length > frames) {
            resolve(((times.length - 1) * 1000) / (times.at(-1)! - times[0]!));
            return;
          }
          el.scrollTop += px;
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
    { px, frames },
  );
}
