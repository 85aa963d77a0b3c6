import { mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ensureRendererBuilt } from '../../electron/web/ensure-renderer.ts';
import { runOfficeServer } from '../../electron/server/run-office-server.ts';
import type { RunningOfficeServer } from '../../electron/server/run-office-server.ts';
import type { Every } from '../../electron/server/server-backups.ts';
import { backupsDir, listBackups } from '../../electron/main/backup/backup-service.ts';
import { launchChromium } from '../e2e/browser.ts';
import { TEST_ADMIN, repoResources, tempDir, validCase } from '../support/temp-app.ts';
import { OfficeClient } from '../support/https-client.ts';

/**
 * The office server as `npm run serve` runs it (runOfficeServer), its 30-minute timer driven by
 * the test: backups while there were changes and after an issued letter, into backups/ and the
 * second folder, and the administrator's status screen in Chromium.
 */
const repoRoot = resolve(import.meta.dirname, '..', '..');
const shots = resolve(repoRoot, 'test-results');
let data: ReturnType<typeof tempDir>;
let usb: ReturnType<typeof tempDir>;
let running: RunningOfficeServer;
let browser: Browser;
let admin: OfficeClient;
let tick: () => void = () => undefined;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

// Each test gets an office server of its own: the sessions and accounts one test makes are never
// in another's counts.
beforeEach(async () => {
  data = tempDir('sipena-serve-');
  usb = tempDir('sipena-usb-');
  const every: Every = (_ms, fn) => {
    tick = fn;
    return () => undefined;
  };
  running = await runOfficeServer({
    dataDir: data.dir,
    listen: { host: '127.0.0.1', port: 0 },
    rendererDir: await ensureRendererBuilt(repoRoot),
    resourcesDir: repoResources,
    appVersion: 'test',
    backupCopyDir: usb.dir,
    every,
    routineBackups: false,
  });
  admin = new OfficeClient(running.server.port, (await import('node:fs')).readFileSync(join(data.dir, 'server-cert.pem'), 'utf8'));
  const setup = await admin.call('auth:setup', { username: TEST_ADMIN.username, displayName: TEST_ADMIN.displayName, password: TEST_ADMIN.password });
  if (!setup.ok) throw new Error(setup.error.message);
});
afterEach(async () => {
  await running?.stop();
  data?.cleanup();
  usb?.cleanup();
});

const sqlite = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.sqlite3'));

describe('office server continuity', () => {
  it('backs up on the 30-minute tick after changes and after an issued letter, to backups/ and the second folder; the administrator sees it', async () => {
    const made = await admin.call('cases:create', validCase);
    if (!made.ok) throw new Error(made.error.message);
    tick();
    await expect.poll(() => listBackups(backupsDir(data.dir)).map((b) => b.kind)).toContain('periodic');
    await expect.poll(() => sqlite(usb.dir).length).toBe(1);

    // Issuing a letter starts a backup of its own.
    const issued = await admin.call('letters:issue', { caseId: made.value['id'] as number, type: 'receipt', subject: '' });
    if (!issued.ok) throw new Error(issued.error.message);
    await expect.poll(() => running.backups.lastRun?.kind).toBe('letter');
    expect(running.backups.lastRun).toMatchObject({ ok: true, copy: { ok: true } });
    expect(sqlite(usb.dir)).toContain(running.backups.lastRun!.name);

    const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(running.url);
    await page.getByLabel('Nama pengguna').fill(TEST_ADMIN.username);
    await page.getByLabel('Kata sandi', { exact: true }).fill(TEST_ADMIN.password);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('link', { name: 'Status Server' }).click();
    await page.getByTestId('server-status-table').waitFor();
    expect(await page.getByTestId('status-clients').textContent()).toMatch(/^2 sesi, 1 pengguna/);
    expect(await page.getByTestId('status-last-run').textContent()).toMatch(/Setelah surat diterbitkan · berhasil · salinan kedua: berhasil/);
    expect(await page.getByTestId('status-last-backup').textContent()).toContain('terverifikasi');
    expect(await page.getByTestId('status-disk').textContent()).toMatch(/^sisa [\d.,]+ [GM]B dari [\d.,]+ [GM]B/);
    expect(await page.getByTestId('status-database').textContent()).toMatch(/^[\d.,]+ MB \(jurnal WAL/);
    await page.screenshot({ path: resolve(shots, 'server-status.png'), fullPage: true });
    await context.close();
  });

  it('the status channel is the administrator\'s only', async () => {
    const made = await admin.call('users:create', { username: 'sari', displayName: 'Sari Wulandari', role: 'clerk', password: TEST_ADMIN.password });
    if (!made.ok) throw new Error(made.error.message);
    const clerk = new OfficeClient(running.server.port, admin.ca);
    await clerk.login('sari', TEST_ADMIN.password);
    expect(await clerk.call('server:status', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await new OfficeClient(running.server.port, admin.ca).raw('server:status', {})).status).toBe(401);
  });
});
