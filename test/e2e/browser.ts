import { chromium } from 'playwright-core';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import type { z } from 'zod';
import { mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureRendererBuilt } from '../../electron/web/ensure-renderer.ts';
import { startWebServer } from '../../electron/web/server.ts';
import type { WebServer } from '../../electron/web/server.ts';
import { handlers } from '../../electron/main/handlers.ts';
import { tempApp, validCase } from '../support/temp-app.ts';
import type { AppContext } from '../../electron/main/app-context.ts';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { selectCase } from '../../electron/main/cases/case-queries.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import type { TempAppOptions } from '../support/temp-app.ts';
import { CHROMIUM, CHROMIUM_ARGS, SCREEN_WAIT_MS } from '../support/chromium.ts';

export { CHROMIUM };

const repoRoot = resolve(import.meta.dirname, '..', '..');

/**
 * Debian Chromium, headless: a connection to the run's shared browser when the project starts
 * one (test/support/chromium.global.ts), else a browser of its own. Either way `close()` ends
 * everything the caller opened. Every context it makes (`newPage()` makes one too) waits up
 * to SCREEN_WAIT_MS for the screen instead of Playwright's 30 s, which a busy machine outlasts.
 */
export async function launchChromium(): Promise<Browser> {
  const shared = process.env.SIPENA_CHROMIUM_WS;
  const browser = shared ? await chromium.connect(shared) : await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(SCREEN_WAIT_MS);
    return context;
  };
  return browser;
}

/**
 * The real app (main-process code, fresh database) behind the web harness, plus a browser.
 * Signed in as TEST_ADMIN unless `opts.auth` is 'none' (first launch); `opts.clock` gives
 * main a clock the test moves (main's idle lock and lockout run on ctx.now()).
 */
export async function startHarness(now?: Date, opts: TempAppOptions = {}): Promise<{ server: WebServer; browser: Browser; app: Awaited<ReturnType<typeof tempApp>>; stop: () => Promise<void> }> {
  const rendererDir = await ensureRendererBuilt(repoRoot);
  const app = await tempApp(now, opts);
  const server = await startWebServer({ ctx: app.ctx, handlers, rendererDir });
  const browser = await launchChromium();
  return {
    server,
    browser,
    app,
    stop: async () => {
      await browser.close();
      await server.close();
      app.close();
    },
  };
}

/**
 * A finished download as a file in `dir` (the harness's temp folder, `h.app.dir`, so it goes
 * with it). The run's shared browser is connected to, not launched, and Playwright then keeps
 * downloads on the browser's side (`download.path()` refuses): saveAs copies the bytes over.
 */
export async function downloadedFile(download: Download, dir: string): Promise<string> {
  const file = join(mkdtempSync(join(dir, 'download-')), download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

/**
 * Whether the element is wholly inside the window's visible area, polled (smooth scrolling
 * takes a moment): "the answer appears where the user is looking".
 */
export async function isInViewport(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.top < window.innerHeight && r.left >= 0 && r.right <= window.innerWidth;
  });
}

/** A case registered straight through the service (not the screen): `validCase` with the given changes. */
export function seedCase(ctx: AppContext, changes: Partial<z.input<typeof caseCreateSchema>> = {}): { id: number; registerNo: string } {
  const { id } = createCase(ctx, caseCreateSchema.parse({ ...validCase, ...changes }));
  return { id, registerNo: selectCase(ctx.db, id)!.register_no };
}

/**
 * A new tab of the harness's browser whose page errors are collected in `errors` (a test
 * ends by expecting none). Its waits are launchChromium()'s long ones: the machine running
 * the suite may be busy, and the tests wait for what the screen shows, never for a fixed time.
 */
export async function openPage(browser: Browser, opts: { width?: number; height?: number } = {}): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: opts.width ?? 1280, height: opts.height ?? 1000 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, errors };
}

/** Moves the app to a route as a link would (the hash router), without reloading the page. */
export function goHash(page: Page, path: string): Promise<string> {
  return page.evaluate((p) => (window.location.hash = p), path);
}

/**
 * Resolves when the finite CSS transitions and animations under the element have finished (a
 * modal's opening, before a screenshot): their own `finished` event, not a guessed duration.
 * Endless ones (a loader) are left out.
 */
export async function animationsDone(locator: Locator): Promise<void> {
  await locator.evaluate((el) =>
    Promise.all(
      el
        .getAnimations({ subtree: true })
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}
