import { chromium } from 'playwright-core';
import type { Browser, Locator } from 'playwright-core';
import { resolve } from 'node:path';
import { ensureRendererBuilt } from '../../electron/web/ensure-renderer.ts';
import { startWebServer } from '../../electron/web/server.ts';
import type { WebServer } from '../../electron/web/server.ts';
import { handlers } from '../../electron/main/handlers.ts';
import { tempApp } from '../support/temp-app.ts';
import type { TempAppOptions } from '../support/temp-app.ts';

export const CHROMIUM = process.env.SIPENA_CHROMIUM ?? '/usr/bin/chromium';
const repoRoot = resolve(import.meta.dirname, '..', '..');

/** Debian Chromium, headless, with the flags this offline machine needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
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
 * Whether the element is wholly inside the window's visible area, polled (smooth scrolling
 * takes a moment): "the answer appears where the user is looking".
 */
export async function isInViewport(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.top < window.innerHeight && r.left >= 0 && r.right <= window.innerWidth;
  });
}
