import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { animationsDone, launchChromium, startHarness } from './browser.ts';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import { createBackup } from '../../electron/main/backup/backup-service.ts';
import { openAppOrRecovery } from '../../electron/main/backup/recovery.ts';
import { openApp } from '../../electron/main/app-context.ts';
import { handlers } from '../../electron/main/handlers.ts';
import { startWebServer } from '../../electron/web/server.ts';
import { ensureRendererBuilt } from '../../electron/web/ensure-renderer.ts';
import { DB_FILE_NAME } from '../../electron/main/db/open.ts';
import { repoResources, tempDir, validCase } from '../support/temp-app.ts';
import { step } from '../support/step.ts';

const repoRoot = resolve(import.meta.dirname, '..', '..');
const shots = resolve(repoRoot, 'test-results');
let h: Awaited<ReturnType<typeof startHarness>>;
let page: Page;
const errors: string[] = [];

function addCase(nip: string, name: string) {
  createCase(h.app.ctx, caseCreateSchema.parse({ ...validCase, accused: [{ ...validCase.accused[0], nip, name }] }));
}

async function caseTotal(): Promise<string | null> {
  await page.goto(`${h.server.url.split('?')[0]}#/cases`);
  await page.getByTestId('case-total').waitFor();
  return page.getByTestId('case-total').textContent();
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  h = await startHarness(new Date('2024-11-04T03:00:00Z'));
  addCase('198609262015051001', 'Budi Santoso');
  page = await h.browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(h.server.url);
});
afterAll(async () => h?.stop());

// Each step starts where the one before left the app, so the steps are one journey test (a
// failure names its step), never `it`s that pass only in the order they are written.
it('backup and restore in Chromium', async () => {
  await step('makes a backup from the screen and lists it as verified', async () => {
    await page.getByRole('link', { name: 'Cadangan Data' }).click();
    await page.getByRole('heading', { name: 'Cadangan dan pemulihan data' }).waitFor();
    await page.getByRole('button', { name: 'Buat cadangan sekarang' }).click();
    await page.getByTestId('backup-message').waitFor();
    expect(await page.getByTestId('backup-message').textContent()).toMatch(/^Cadangan sipena-manual-\d{8}T\d{9}Z\.sqlite3 dibuat dan diperiksa\.$/);
    const row = page.locator('tr[data-kind="manual"]');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('Terverifikasi');
    expect(await row.textContent()).toContain('1 kasus');
  });

  await step('restores that backup after the data changed: preview first, then the data as it was and a pre-restore backup listed', async () => {
    addCase('198902252024211013', 'Sri Wahyuni');
    expect(await caseTotal()).toBe('2 kasus');
    await page.getByRole('link', { name: 'Cadangan Data' }).click();
    await page.locator('tr[data-kind="manual"]').getByRole('button', { name: 'Pulihkan' }).click();
    const preview = page.getByTestId('restore-preview');
    await preview.getByTestId('preview-counts').waitFor();
    await animationsDone(page.locator('body')); // the modal's opening transition, for the screenshot
    expect(await preview.getByTestId('preview-counts').textContent()).toMatch(/^1 kasus, 1 pegawai, \d+ baris jejak audit$/);
    await expect.poll(() => preview.getByText('utuh (').count()).toBe(1);
    await page.screenshot({ path: resolve(shots, 'backup-restore-preview.png'), fullPage: true });
    await page.getByRole('button', { name: 'Ya, pulihkan cadangan ini' }).click();
    await page.getByText(/^Data dipulihkan dari sipena-manual-/).waitFor();
    expect(await page.getByTestId('backup-message').textContent()).toMatch(/1 kasus\. Keadaan sebelumnya disimpan sebagai sipena-pre-restore-/);
    await expect.poll(() => page.locator('tr[data-kind="pre-restore"]').count()).toBe(1);
    expect(await page.locator('tr[data-kind="pre-restore"]').textContent()).toContain('2 kasus');
    await page.screenshot({ path: resolve(shots, 'backup-list.png'), fullPage: true });
    expect(await caseTotal()).toBe('1 kasus');
    await expect.poll(() => page.getByRole('cell', { name: 'Budi Santoso' }).count()).toBe(1);
    expect(await page.getByRole('cell', { name: 'Sri Wahyuni' }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  await step('refuses a folder that does not exist with a field message, and writes a folder backup to an existing one', async () => {
    await page.getByRole('link', { name: 'Cadangan Data' }).click();
    const field = page.getByRole('textbox', { name: 'Folder tujuan' });
    await field.fill('/tidak/ada/folder');
    await page.getByRole('button', { name: 'Mulai' }).click();
    await expect.poll(() => page.getByText('Folder "/tidak/ada/folder" tidak ada atau tidak dapat ditulisi.').count()).toBe(1);
    const usb = join(h.app.dir, 'usb');
    mkdirSync(usb);
    await field.fill(usb);
    await page.getByRole('button', { name: 'Mulai' }).click();
    await page.getByText(/ditulis ke folder/).waitFor();
    expect(readdirSync(usb).filter((n) => n.endsWith('.sqlite3'))).toHaveLength(1);
  });
}, 3 * 120_000);

describe('recovery screen in Chromium', () => {
  it('opens on a damaged database, restores from the list, sets the damaged file aside and starts the app', async () => {
    const { dir, cleanup } = tempDir();
    const first = await openApp({ dataDir: dir, resourcesDir: repoResources, appVersion: 'test' });
    const { info } = await createBackup(first, 'daily');
    first.db.close();
    writeFileSync(join(dir, DB_FILE_NAME), 'sektor rusak '.repeat(500));
    const ctx = await openAppOrRecovery({ dataDir: dir, resourcesDir: repoResources, appVersion: 'test' });
    const server = await startWebServer({ ctx, handlers, rendererDir: await ensureRendererBuilt(repoRoot) });
    const browser = await launchChromium();
    try {
      const p = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await p.goto(server.url);
      await p.getByTestId('recovery-screen').waitFor();
      await expect.poll(() => p.getByText('Berkas basis data rusak.', { exact: false }).count()).toBe(1);
      await p.locator(`tr[data-backup="${info.name}"]`).getByRole('button', { name: 'Pulihkan' }).click();
      await p.getByTestId('preview-counts').waitFor();
      await expect.poll(() => p.getByText('disimpan di samping sebagai', { exact: false }).count()).toBeGreaterThan(0);
      await animationsDone(p.locator('body')); // let the modal's opening transition finish for the screenshot
      await p.screenshot({ path: resolve(shots, 'recovery-screen.png'), fullPage: true });
      await p.getByRole('button', { name: 'Ya, pulihkan cadangan ini' }).click();
      await p.getByText('Data telah dipulihkan.', { exact: false }).waitFor();
      // After the reload the app itself starts (first-launch setup: the backup had no account yet).
      await p.getByTestId('recovery-screen').waitFor({ state: 'detached' });
      expect(readdirSync(dir).some((n) => n.startsWith(`${DB_FILE_NAME}.damaged-`))).toBe(true);
    } finally {
      await browser.close();
      await server.close();
      ctx.db.close();
      cleanup();
    }
  });
});
