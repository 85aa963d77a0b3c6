import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ensureRendererBuilt } from '../../electron/web/ensure-renderer.ts';
import { startOfficeServer } from '../../electron/server/office-server.ts';
import type { OfficeServer } from '../../electron/server/office-server.ts';
import { ensureServerCertificate } from '../../electron/server/tls-certificate.ts';
import { HEARTBEAT_MS } from '../../electron/server/connection-script.ts';
import { handlers } from '../../electron/main/handlers.ts';
import { launchChromium } from '../e2e/browser.ts';
import { TEST_ADMIN, tempApp, validCase } from '../support/temp-app.ts';
import { OfficeClient, httpsRaw } from '../support/https-client.ts';
import { startTcpProxy } from '../support/tcp-proxy.ts';
import type { TcpProxy } from '../support/tcp-proxy.ts';

/**
 * A client loses the connection to the office server while a form is open: a test-controlled
 * TCP proxy between Chromium and the server is cut and restored. The proxy listens on
 * 127.0.0.2 with the server's own port number (Linux answers all of 127/8 on loopback), and
 * the server is told that name, so Host and Origin checks pass exactly as for a LAN address.
 * The page runs on Playwright's clock: the heartbeat and the back-off retries come when the
 * test moves the clock, and the test waits for the monitor's own reports, never for seconds.
 */
const repoRoot = resolve(import.meta.dirname, '..', '..');
const shots = resolve(repoRoot, 'test-results');
const PROXY_HOST = '127.0.0.2';
let app: Awaited<ReturnType<typeof tempApp>>;
let server: OfficeServer;
let proxy: TcpProxy;
let browser: Browser;
let admin: OfficeClient;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  const rendererDir = await ensureRendererBuilt(repoRoot);
  app = await tempApp(new Date('2024-11-04T03:00:00Z'));
  const cert = ensureServerCertificate(join(app.ctx.dataDir, 'tls'), { dns: ['localhost'], ips: ['127.0.0.1', PROXY_HOST] });
  server = await startOfficeServer({ ctx: app.ctx, handlers, rendererDir, listen: { host: '127.0.0.1', port: 0 }, tls: cert, hostNames: [PROXY_HOST], log: () => {} });
  proxy = await startTcpProxy({ host: PROXY_HOST, port: server.port }, { host: '127.0.0.1', port: server.port });
  admin = new OfficeClient(server.port, cert.cert);
  await admin.login(TEST_ADMIN.username, TEST_ADMIN.password);
  const made = await admin.call('users:create', { username: 'sari', displayName: 'Sari Wulandari', role: 'clerk', password: TEST_ADMIN.password });
  if (!made.ok) throw new Error(made.error.message);
  browser = await launchChromium();
});

/**
 * The page's connection monitor reporting to the test: `next()` resolves with the state of its
 * next report (every check that fails reports, and the one that finds the server again).
 */
async function monitorReports(page: Page): Promise<{ next: () => Promise<string> }> {
  const waiting: ((state: string) => void)[] = [];
  await page.exposeFunction('sipenaTestConnectionReport', (state: string) => {
    for (const resolve of waiting.splice(0)) resolve(state);
  });
  await page.evaluate(() => {
    const report = (window as unknown as { sipenaTestConnectionReport: (state: string) => void }).sipenaTestConnectionReport;
    window.sipenaConnection!.subscribe((s) => report(s.state));
  });
  return { next: () => new Promise((resolve) => waiting.push(resolve)) };
}

/**
 * Moves the page's clock to each retry the back-off has scheduled until one finds the server:
 * the test waits for the monitor's reports, not for the back-off's seconds.
 */
async function untilOnline(page: Page, reports: { next: () => Promise<string> }): Promise<void> {
  for (;;) {
    const report = reports.next();
    const { state, retryAt, now } = await page.evaluate(() => ({ ...window.sipenaConnection!.get(), now: Date.now() }));
    if (state === 'online') return;
    await page.clock.fastForward(Math.max(1, (retryAt ?? now) - now));
    if ((await report) === 'online') return;
  }
}

afterAll(async () => {
  await browser?.close();
  await proxy?.close();
  await server?.close();
  app?.close();
});

describe('a client loses the connection to the office server and gets it back', () => {
  it('shows the banner, keeps the typed form, submits nothing until the user saves again; then saving works', async () => {
    const made = await admin.call('cases:create', { ...validCase, incidentPlace: 'Pasar Cibodas', acknowledgeDuplicates: true });
    if (!made.ok) throw new Error(made.error.message);
    const id = made.value['id'] as number;
    const row = () => app.ctx.db.prepare('SELECT incident_place AS place, version FROM cases WHERE id = ?').get(id);
    const updates = () => app.ctx.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'case.update'").get();

    const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.clock.install();
    const url = `https://${PROXY_HOST}:${proxy.port}/`;
    await page.goto(url);
    const state = page.getByTestId('connection-state');
    // Visible from the sign-in screen on.
    await expect.poll(() => state.getAttribute('data-state')).toBe('online');
    expect(await state.textContent()).toBe('Terhubung ke server');
    await page.getByLabel('Nama pengguna').fill('sari');
    await page.getByLabel('Kata sandi', { exact: true }).fill(TEST_ADMIN.password);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByTestId('user-menu').waitFor();
    await page.goto(`${url}#/cases/${id}/edit`);
    await expect.poll(() => page.getByLabel('Tempat kejadian').inputValue()).toBe('Pasar Cibodas');
    await page.getByLabel('Tempat kejadian').fill('Halaman Puskesmas Cibodas');
    await page.getByLabel('Alasan perubahan').fill('Koreksi tempat sesuai foto lokasi');

    // The cable is pulled: the page notices on its own at its next heartbeat, without any click.
    const reports = await monitorReports(page);
    proxy.cut();
    const lost = reports.next();
    await page.clock.fastForward(HEARTBEAT_MS);
    expect(await lost).toBe('offline');
    const banner = page.getByTestId('connection-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('Koneksi ke server kantor terputus');
    expect(await banner.textContent()).toContain('Isian yang sedang Anda ketik tetap di layar dan belum dikirim');
    expect(await state.getAttribute('data-state')).toBe('offline');
    await page.screenshot({ path: resolve(shots, 'multiuser-connection-lost.png') });

    // Saving while cut fails with a clear message; the form keeps every character.
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByRole('alert').filter({ hasText: 'Server Sipena tidak dapat dihubungi' }).waitFor();
    expect(await page.getByLabel('Tempat kejadian').inputValue()).toBe('Halaman Puskesmas Cibodas');

    // The cable is back: the back-off's next retry finds the server, the banner goes.
    proxy.restore();
    await untilOnline(page, reports);
    await expect.poll(() => state.getAttribute('data-state')).toBe('online');
    expect(await banner.count()).toBe(0);
    // Nothing was sent behind the user's back: the case is as it was, no update in the audit log.
    expect(await page.getByLabel('Tempat kejadian').inputValue()).toBe('Halaman Puskesmas Cibodas');
    expect(await page.getByLabel('Alasan perubahan').inputValue()).toBe('Koreksi tempat sesuai foto lokasi');
    expect(row()).toEqual({ place: 'Pasar Cibodas', version: 1 });
    expect(updates()).toEqual({ n: 0 });

    // The user saves again: now it goes through, as Sari.
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByTestId('case-register-no').waitFor();
    expect(row()).toEqual({ place: 'Halaman Puskesmas Cibodas', version: 2 });
    expect(app.ctx.db.prepare("SELECT actor FROM audit_log WHERE action = 'case.update'").all()).toEqual([{ actor: 'sari' }]);
    await context.close();
  });

  it('the server answers the liveness ping without a session and without data', async () => {
    const ping = await httpsRaw(server.port, admin.ca, 'GET', '/__sipena/ping');
    expect(ping.status).toBe(204);
    expect(ping.body).toBe('');
    expect((await httpsRaw(server.port, admin.ca, 'GET', '/__sipena/ping', { host: 'evil.example' })).status).toBe(421);
  });
});
