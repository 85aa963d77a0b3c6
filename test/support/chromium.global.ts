import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.ts';

/**
 * Vitest global setup for the browser projects: starts one headless Chromium for the run and
 * hands its endpoint to the test workers, so launchChromium() connects (milliseconds) instead
 * of starting a browser per test or file (a second or more each on a busy machine). Every
 * connection still gets fresh browser contexts, and closing it closes the contexts it made,
 * so no test sees another's pages, cookies or storage.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const server = await chromium.launchServer({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  process.env.SIPENA_CHROMIUM_WS = server.wsEndpoint();
  return async () => {
    delete process.env.SIPENA_CHROMIUM_WS;
    await server.close();
  };
}
