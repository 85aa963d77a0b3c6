import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { createServer as createTlsServer } from 'node:tls';
import type { Server as TlsServer } from 'node:tls';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ensureRendererBuilt } from '../../electron/web/ensure-renderer.ts';
import { serveRenderer } from '../../electron/web/http-util.ts';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security-policy.ts';
import { ensureServerCertificate } from '../../electron/server/tls-certificate.ts';
import type { ServerCertificate } from '../../electron/server/tls-certificate.ts';
import { connectController } from '../../electron/main/client-mode/connect-controller.ts';
import { readAppMode } from '../../electron/main/client-mode/app-config.ts';
import type { ConnectState } from '../../shared/connect/connect-api.ts';
import type { AppMode } from '../../shared/connect/server-address.ts';
import { launchChromium } from './browser.ts';

/**
 * The desktop app's connection page (renderer/connect.html) in Chromium, its three calls
 * wired to the real connectController in this process (where Electron's preload would
 * route them), against a real TLS server whose certificate is compared.
 */
const repoRoot = resolve(import.meta.dirname, '..', '..');
const shots = resolve(repoRoot, 'test-results');
let dir: string;
let http: Server;
let httpPort: number;
let tls: TlsServer;
let tlsPort: number;
let cert: ServerCertificate;
let other: ServerCertificate;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'sipena-connect-page-'));
  const rendererDir = await ensureRendererBuilt(repoRoot);
  http = createServer((req, res) => void serveRenderer(req, res, new URL(req.url ?? '/', 'http://x').pathname, { rendererRoot: rendererDir, script: '', csp: CONTENT_SECURITY_POLICY }));
  await new Promise<void>((ok) => http.listen(0, '127.0.0.1', ok));
  httpPort = (http.address() as { port: number }).port;
  cert = ensureServerCertificate(join(dir, 'tls'), { dns: ['localhost'], ips: ['127.0.0.1'] });
  other = ensureServerCertificate(join(dir, 'other'), { dns: ['localhost'], ips: ['127.0.0.1'] });
  tls = createTlsServer({ cert: cert.cert, key: cert.key }, (s) => s.on('error', () => undefined));
  await new Promise<void>((ok) => tls.listen(0, '127.0.0.1', ok));
  tlsPort = (tls.address() as { port: number }).port;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => http?.close(ok));
  await new Promise((ok) => tls?.close(ok));
  rmSync(dir, { recursive: true, force: true });
});

/** Opens the page with window.sipenaConnect bridged to a real controller. */
async function openPage(userData: string, state: ConnectState): Promise<{ page: Page; chosen: AppMode[] }> {
  const chosen: AppMode[] = [];
  const controller = connectController({ userData, state, onChosen: (m) => chosen.push(m) });
  const page = await browser.newPage();
  await page.exposeFunction('__connectState', () => controller.state());
  await page.exposeFunction('__connectServer', (input: unknown) => controller.connectToServer(input));
  await page.exposeFunction('__connectChoose', (input: unknown) => controller.choose(input));
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, (...a: unknown[]) => unknown>;
    Object.defineProperty(window, 'sipenaConnect', {
      value: { state: () => w['__connectState']!(), connectToServer: (i: unknown) => w['__connectServer']!(i), choose: (i: unknown) => w['__connectChoose']!(i) },
    });
  });
  await page.goto(`http://127.0.0.1:${httpPort}/connect.html`);
  return { page, chosen };
}

describe('connection page (desktop first launch)', () => {
  it('asks "Komputer ini saja" or "Hubungkan ke server kantor"; a wrong fingerprint is refused with the warning and nothing is stored', async () => {
    const userData = join(dir, 'first');
    const { page, chosen } = await openPage(userData, { reason: 'first' });
    await page.getByRole('heading', { name: 'Cara Sipena dijalankan di komputer ini' }).waitFor();
    await page.getByRole('radio', { name: 'Hubungkan ke server kantor' }).check();
    await page.getByLabel('Alamat server').fill('http://127.0.0.1:8443');
    await page.getByRole('button', { name: 'Periksa dan hubungkan' }).click();
    await page.getByText('Alamat server harus diawali https://').waitFor();
    await page.getByLabel('Alamat server').fill(`127.0.0.1:${tlsPort}`);
    await page.getByLabel('Sidik jari sertifikat (SHA-256)').fill(other.fingerprint);
    await page.getByRole('button', { name: 'Periksa dan hubungkan' }).click();
    const warning = page.getByTestId('fingerprint-mismatch');
    await warning.waitFor();
    expect(await warning.textContent()).toContain(`menunjukkan sertifikat dengan sidik jari ${cert.fingerprint}, bukan ${other.fingerprint}`);
    expect(await warning.textContent()).toContain('Sipena tidak mengirim apa pun ke server ini');
    await page.screenshot({ path: resolve(shots, 'connect-mismatch.png') });
    expect(readAppMode(userData)).toBeNull();
    expect(chosen).toEqual([]);

    await page.getByLabel('Sidik jari sertifikat (SHA-256)').fill(`sha256=${cert.fingerprint}`);
    await page.getByRole('button', { name: 'Periksa dan hubungkan' }).click();
    await expect.poll(() => chosen.length).toBe(1);
    expect(readAppMode(userData)).toEqual({ mode: 'client', serverUrl: `https://127.0.0.1:${tlsPort}/`, fingerprint: cert.fingerprint });
    await page.close();
  });

  it('"Komputer ini saja" keeps the local database, as before', async () => {
    const userData = join(dir, 'local');
    const { page, chosen } = await openPage(userData, { reason: 'first' });
    await page.getByRole('button', { name: 'Gunakan komputer ini saja' }).click();
    await expect.poll(() => chosen).toEqual([{ mode: 'local' }]);
    expect(readAppMode(userData)).toEqual({ mode: 'local' });
    await page.close();
  });

  it('after a changed certificate: a clear warning first, "Coba lagi" tries the stored server again', async () => {
    const stored = { mode: 'client' as const, serverUrl: `https://127.0.0.1:${tlsPort}/`, fingerprint: other.fingerprint };
    const { page, chosen } = await openPage(join(dir, 'changed'), { reason: 'changed', serverUrl: stored.serverUrl, expected: other.fingerprint, seen: cert.fingerprint, stored });
    const warning = page.getByTestId('certificate-changed');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('PERINGATAN: sertifikat server kantor berubah');
    expect(await warning.textContent()).toContain(`sidik jari ${cert.fingerprint}, bukan ${other.fingerprint}`);
    expect(await page.getByLabel('Alamat server').inputValue()).toBe(stored.serverUrl);
    await page.screenshot({ path: resolve(shots, 'connect-changed.png') });
    await page.getByRole('button', { name: 'Coba lagi' }).click();
    await expect.poll(() => chosen).toEqual([stored]);
    await page.close();
  });

  it('a choice main cannot store (the call throws, no answer) is said on the page, and the button works again', async () => {
    // The settings folder is a file: writing the choice fails in main.
    const userData = join(dir, 'unwritable');
    writeFileSync(userData, 'not a folder');
    const { page, chosen } = await openPage(userData, { reason: 'first' });
    await page.getByRole('button', { name: 'Gunakan komputer ini saja' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(userData);
    expect(chosen).toEqual([]);
    rmSync(userData);
    mkdirSync(userData);
    await page.getByRole('button', { name: 'Gunakan komputer ini saja' }).click();
    await expect.poll(() => chosen).toEqual([{ mode: 'local' }]);
    await page.close();
  });

  it('"Jalankan sebagai server kantor": a wildcard address is refused; empty means this computer only', async () => {
    const userData = join(dir, 'server');
    const { page, chosen } = await openPage(userData, { reason: 'first' });
    await page.getByRole('radio', { name: 'Jalankan sebagai server kantor' }).check();
    await page.getByLabel('Alamat jaringan server (kosongkan untuk komputer ini saja)').fill('0.0.0.0:8443');
    await page.getByRole('button', { name: 'Jalankan server kantor' }).click();
    await page.getByText('Alamat jaringan harus berupa alamat IP dan port').waitFor();
    expect(chosen).toEqual([]);
    await page.getByLabel('Alamat jaringan server (kosongkan untuk komputer ini saja)').fill('');
    await page.getByRole('button', { name: 'Jalankan server kantor' }).click();
    await expect.poll(() => chosen).toEqual([{ mode: 'server' }]);
    expect(readAppMode(userData)).toEqual({ mode: 'server' });
    await page.close();
  });
});
