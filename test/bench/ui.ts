/**
 * UI figures: Debian Chromium (playwright-core) against the browser harness (`npm run web`,
 * a child process, as a clerk would run it) on `cli demo --cases 30000` data with an
 * administrator made by `cli users create`. Every interaction is timed in the page from
 * the input event to the frame that shows its result (ui-measure.ts); 15 runs each after
 * one unmeasured run, median and p95 in the log.
 *   ui.cold_login_ms         fresh browser context: navigation start to the login form drawn with its styles (p95)
 *   ui.initial_js_kb         JavaScript transferred before the login form (kB = 1000 bytes)
 *   ui.nav.p95_ms            each menu entry clicked to its screen settled; the worst entry's p95
 *   ui.list_filter.p95_ms    status, OPD or sort chosen to the new rows
 *   ui.search.p95_ms         last keystroke in the search box to the matching rows
 *   ui.case_open.p95_ms      row click to the case's particulars
 *   ui.preview.p95_ms        SK "Pratinjau draf" click to page 1 drawn
 *   ui.calendar_month.p95_ms "Bulan" click to the busiest demo month drawn
 *   ui.scroll.fps_median     frames per second while scrolling the list 150 px per frame
 * `SIPENA_BENCH_UI_CASES` shrinks the data, `SIPENA_BENCH_UI_DATA=DIR` reuses a folder made by an earlier run's
 * two CLI steps (demo data + the `benchadmin` account), `SIPENA_CHROMIUM` picks the browser.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import type { BenchModule } from './bench-kit.ts';
import { median, percentile } from './bench-kit.ts';
import { LIST_READY, SCREEN_SETTLED, installInputClock, listQuery, listSettled, measure, scrollFps } from './ui-measure.ts';

const CASES = Number(process.env.SIPENA_BENCH_UI_CASES ?? 30_000);
const RUNS = 15;
/** Development aid: `SIPENA_BENCH_UI_STEPS=nav,preview` runs only those steps. */
const STEPS = process.env.SIPENA_BENCH_UI_STEPS?.split(',');
const want = (step: string) => !STEPS || STEPS.includes(step);
/** Development aid: `SIPENA_BENCH_UI_NAV=#/staff,#/users` times only those menu entries. */
const NAV_ONLY = process.env.SIPENA_BENCH_UI_NAV?.split(',');
const USER = 'benchadmin';
const PASSWORD = 'BenchSandi2026';
const repoRoot = resolve(import.meta.dirname, '..', '..');
const cli = join(repoRoot, 'electron', 'cli', 'main.ts');

function runCli(args: string[], input = ''): void {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input, env: { ...process.env, SIPENA_DATA_DIR: '' } });
  if (r.status !== 0) throw new Error(`cli ${args.join(' ')}: ${r.stderr.trim()}`);
}

/** `npm run web -- --data DIR` in a child process; resolves with its URL line. */
function startWeb(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(repoRoot, 'electron', 'web', 'main.ts'), '--data', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolveUrl, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /Sipena web: (\S+)/.exec(out);
      if (m) resolveUrl({ url: m[1]!, child });
    });
    child.stderr!.on('data', (b: Buffer) => (err += b.toString()));
    child.on('exit', (code) => reject(new Error(`web harness exited (${code}): ${err.trim()}`)));
  });
}

function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.SIPENA_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
}

/** What the runs need from the demo data: the busiest month and cases whose SK can be drafted. */
function pickData(dataDir: string) {
  const db = new Database(join(dataDir, 'sipena.sqlite3'), { readonly: true });
  try {
    const month = (db.prepare('SELECT substr(start_at, 1, 7) AS m, count(*) AS n FROM exam_sessions GROUP BY m ORDER BY n DESC LIMIT 1').get() as { m: string; n: number });
    const skCases = (db.prepare("SELECT c.id FROM cases c WHERE c.status IN ('delivered', 'appeal', 'closed') AND EXISTS (SELECT 1 FROM decisions d WHERE d.case_id = c.id) ORDER BY c.id DESC LIMIT 40").all() as { id: number }[]).map((r) => r.id);
    const names = (db.prepare('SELECT name FROM case_accused ORDER BY id LIMIT 400').all() as { name: string }[]).map((r) => r.name.split(' ')[0]!.toLowerCase());
    return { month: month.m, monthSessions: month.n, skCases, words: [...new Set(names)].filter((w) => w.length >= 4).slice(0, RUNS + 1) };
  } finally {
    db.close();
  }
}

const summary = (name: string, xs: number[]) => `${name}: median ${median(xs).toFixed(1)}, p95 ${percentile(xs, 95).toFixed(1)} (n=${xs.length})`;

/** Runs `fn` once unmeasured, then RUNS times; returns the RUNS figures. */
async function runs(fn: (i: number) => Promise<number>): Promise<number[]> {
  await fn(RUNS);
  const out: number[] = [];
  for (let i = 0; i < RUNS; i++) out.push(await fn(i));
  return out;
}

/**
 * The first animation frame in which the sign-in form is in the page and styled (the frame that paints
 * it), timed in the page from navigation start: a loop of frames started as the document is created,
 * as ui-measure.ts does for interactions, so Playwright's own round trips after the page has come
 * are not counted. "Styled": every stylesheet the page links has been read, since a form the server
 * drew is in the DOM as soon as the HTML is read (the browser draws nothing until then).
 */
function recordFormDrawn(): void {
  const w = window as unknown as { __benchFormDrawnAt?: number };
  const check = () => {
    const styled = [...document.querySelectorAll('link[rel="stylesheet"]')].every((l) => (l as HTMLLinkElement).sheet !== null);
    if (styled && document.querySelector('input[type="password"]') !== null) w.__benchFormDrawnAt = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

async function coldLogin(browser: Browser, url: string): Promise<{ ms: number; jsKb: number }> {
  const context = await browser.newContext();
  try {
    await context.addInitScript(recordFormDrawn);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => (window as unknown as { __benchFormDrawnAt?: number }).__benchFormDrawnAt !== undefined, null, { polling: 'raf', timeout: 30_000 });
    return await page.evaluate(() => {
      const at = (window as unknown as { __benchFormDrawnAt: number }).__benchFormDrawnAt;
      const js = performance
        .getEntriesByType('resource')
        .filter((e) => /\.m?js(\?|$)/.test(e.name) && e.startTime <= at) as PerformanceResourceTiming[];
      return { ms: at, jsKb: js.reduce((s, e) => s + (e.transferSize || e.encodedBodySize), 0) / 1000 };
    });
  } finally {
    await context.close();
  }
}

async function signIn(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Nama pengguna').fill(USER);
  await page.getByLabel('Kata sandi').fill(PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.locator('[data-testid="case-rows"][data-state="ready"]').waitFor({ timeout: 30_000 });
  // The screens' code is fetched in idle time after sign-in; a clerk reads the list meanwhile.
  await page.waitForTimeout(3000);
}

/** Moves to a screen as a link would and waits until it is the one drawn (a navigation renders as a transition). */
async function go(page: Page, path: string): Promise<void> {
  await page.evaluate((h) => (window.location.hash = h), path);
  await page.locator(`main[data-path="${path}"]`).waitFor();
}

async function navFigures(page: Page, log: (l: string) => void): Promise<number> {
  const entries = (await page.locator('nav a[href^="#/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))).filter((e) => !NAV_ONLY || NAV_ONLY.includes(e));
  const byEntry = new Map<string, number[]>(entries.map((e) => [e, []]));
  for (let r = -1; r < RUNS; r++) {
    for (const hrefValue of entries) {
      const ms = await measure(page, () => page.locator(`nav a[href="${hrefValue}"]`).click(), SCREEN_SETTLED, hrefValue);
      if (r >= 0) byEntry.get(hrefValue)!.push(ms);
    }
  }
  let worst = 0;
  for (const [entry, xs] of byEntry) {
    log(summary(`  nav ${entry}`, xs));
    worst = Math.max(worst, percentile(xs, 95));
  }
  return worst;
}

async function pickOption(page: Page, label: string, option: number): Promise<number> {
  await page.getByTestId('case-filters').getByLabel(label, { exact: true }).click();
  const options = page.getByRole('option');
  await options.first().waitFor();
  const count = await options.count();
  const before = await listQuery(page);
  return measure(page, () => options.nth(option % count).click(), LIST_READY, { before, has: '' });
}

export const uiBench: BenchModule = {
  name: 'ui',
  run: async ({ workDir, log }) => {
    const reuse = process.env.SIPENA_BENCH_UI_DATA;
    const dataDir = reuse ? resolve(reuse) : join(workDir, 'data');
    const t0 = performance.now();
    if (!reuse) {
      runCli(['demo', '--cases', String(CASES), '--data', dataDir]);
      runCli(['users', 'create', USER, '--role', 'administrator', '--name', 'Admin Benchmark', '--password-stdin', '--data', dataDir], `${PASSWORD}\n`);
    }
    const data = pickData(dataDir);
    log(`${CASES} demo cases in ${((performance.now() - t0) / 1000).toFixed(1)} s; busiest month ${data.month} (${data.monthSessions} sessions); ${data.skCases.length} SK cases`);
    const web = await startWeb(dataDir);
    const browser = await launch();
    const figures: Record<string, number> = {};
    try {
      if (want('login')) {
        const cold = await runs(() => coldLogin(browser, web.url).then((c) => c.ms));
        const js = (await coldLogin(browser, web.url)).jsKb;
        log(summary('cold login ms', cold));
        figures['ui.cold_login_ms'] = percentile(cold, 95);
        figures['ui.initial_js_kb'] = js;
      }

      const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
      page.setDefaultTimeout(20_000);
      await installInputClock(page);
      await signIn(page, web.url);

      if (want('nav')) {
        figures['ui.nav.p95_ms'] = await navFigures(page, log);
      }

      if (want('filter')) {
        await go(page, '/cases');
        await listSettled(page);
        const labels = ['Status', 'OPD', 'Urutkan'];
        const filter = await runs((i) => pickOption(page, labels[i % 3]!, Math.floor(i / 3) + 1));
        log(summary('list filter ms', filter));
        figures['ui.list_filter.p95_ms'] = percentile(filter, 95);
        await page.getByRole('button', { name: 'Hapus saringan' }).click();
        await listSettled(page);
      }

      if (want('search')) {
        const box = page.getByRole('textbox', { name: 'Cari' });
        const search = await runs(async (i) => {
          const word = data.words[i % data.words.length]!;
          await box.fill('');
          await listSettled(page);
          const before = await listQuery(page);
          await box.focus();
          return measure(page, () => box.pressSequentially(word, { delay: 40 }), LIST_READY, { before, has: `"search":"${word}"` }, 'last');
        });
        log(summary('search ms', search));
        figures['ui.search.p95_ms'] = percentile(search, 95);
        await box.fill('');
        await listSettled(page);
      }

      if (want('open')) {
        const open = await runs(async (i) => {
          const row = page.locator('[data-testid="case-rows"] [role="row"]').nth(i % 8);
          const registerNo = (await row.locator('a').textContent())!;
          const ms = await measure(
            page,
            () => row.locator('[role="cell"]').nth(1).click(),
            `const h = document.querySelector('[data-testid="case-register-no"]'); return h !== null && h.textContent === arg;`,
            registerNo,
          );
          await page.goBack();
          await listSettled(page);
          return ms;
        });
        log(summary('case open ms', open));
        figures['ui.case_open.p95_ms'] = percentile(open, 95);
      }

      if (want('preview')) {
        // Cases whose SK can be drafted (decided with a disciplinary sanction, not a moral one).
        const skCases: number[] = [];
        for (const id of data.skCases) {
          await go(page, `/cases/${id}/letters`);
          await page.getByTestId('letter-options').locator('tr').nth(1).waitFor();
          if ((await page.locator('[data-testid="option-sk"] button:not([disabled])', { hasText: 'Pratinjau draf' }).count()) > 0) skCases.push(id);
          if (skCases.length === 5) break;
        }
        if (skCases.length === 0) throw new Error('no demo case with an SK to preview');
        const preview = await runs(async (i) => {
          await go(page, `/cases/${skCases[i % skCases.length]!}/letters`);
          const button = page.locator('[data-testid="option-sk"] button:not([disabled])', { hasText: 'Pratinjau draf' }).first();
          await button.waitFor();
          // Page 1 of the previous preview does not count.
          await page.evaluate(() => document.querySelectorAll('canvas[data-drawn]').forEach((c) => c.removeAttribute('data-drawn')));
          return measure(page, () => button.click(), `return document.querySelector('[data-testid="pdf-preview"] canvas[data-page="1"][data-drawn]') !== null;`, null);
        });
        log(summary('preview ms', preview));
        figures['ui.preview.p95_ms'] = percentile(preview, 95);
      }

      if (want('month')) {
        await go(page, `/hearings/${data.month}-15`);
        const calendar = page.getByTestId('hearing-calendar');
        const month = await runs(async () => {
          await page.locator('.fc-timeGridWeek-button').click();
          await page.locator('[data-testid="hearing-calendar"][data-view="timeGridWeek"][data-state="ready"]').waitFor();
          return measure(
            page,
            () => page.locator('.fc-dayGridMonth-button').click(),
            `const c = document.querySelector('[data-testid="hearing-calendar"]');
             return c !== null && c.dataset.view === 'dayGridMonth' && c.dataset.state === 'ready' && c.querySelector('.fc-daygrid-day-events .fc-event') !== null;`,
            null,
          );
        });
        log(summary('calendar month ms', month));
        log(`  month view draws ${await calendar.locator('.fc-event').count()} entries`);
        figures['ui.calendar_month.p95_ms'] = percentile(month, 95);
      }

      if (want('scroll')) {
        await go(page, '/cases');
        await listSettled(page);
        const fps = await runs(() => scrollFps(page, 150, 120));
        log(summary('scroll fps', fps));
        figures['ui.scroll.fps_median'] = median(fps);
      }
    } finally {
      await browser.close();
      web.child.kill('SIGTERM');
    }
    return figures;
  },
};
