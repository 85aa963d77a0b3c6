/**
 * Kirim Bundel in Chromium: the administrator exports the changed cases as a signed bundle
 * (a download whose hash the screen names), the outbox lists it unacknowledged; the
 * province's receipt, uploaded on the same screen, marks it delivered; a second export with
 * nothing changed is refused with the reason.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { goHash, openPage, startHarness } from './browser.ts';
import { tempApp } from '../support/temp-app.ts';
import { decidedCase } from '../support/decided-case.ts';
import { setOffice } from '../trust/office.ts';
import { enrolOrigin, officeKey } from '../../electron/main/trust/trust-service.ts';
import { importBundleOffThread } from '../../electron/main/bundles/bundle-client.ts';
import { receiptFileText } from '../../electron/main/bundles/receipt.ts';

const shots = resolve(import.meta.dirname, '..', '..', 'test-results');
let h: Awaited<ReturnType<typeof startHarness>>;
let page: Page;
let errors: string[] = [];
let province: Awaited<ReturnType<typeof tempApp>>;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  h = await startHarness(new Date('2024-12-02T03:00:00Z'));
  setOffice(h.app.ctx, '3201', 'Inspektorat Kabupaten Contoh');
  await decidedCase(h.app.ctx, 'PP94-BERAT-TURUN-JABATAN', 12, { name: 'Budi Santoso', nip: '198609262015051001' });
  province = await tempApp();
  setOffice(province.ctx, '3200', 'Inspektorat Provinsi Contoh');
  enrolOrigin(province.ctx, officeKey(h.app.ctx).publicKeyFile);
  enrolOrigin(h.app.ctx, officeKey(province.ctx).publicKeyFile);
  ({ page, errors } = await openPage(h.browser, { height: 1200 }));
  await page.goto(h.server.url);
});
afterAll(async () => {
  province?.close();
  await h?.stop();
});

describe('Kirim Bundel screen', () => {
  it('exports a bundle as a download, lists it in the outbox, records the receipt, refuses an export with nothing to send', async () => {
    await page.getByRole('link', { name: 'Kirim Bundel' }).waitFor();
    await goHash(page, '/bundles/send');
    await page.getByRole('heading', { name: 'Kirim bundel kasus ke provinsi' }).waitFor();
    await page.getByText('Belum ada bundel yang dibuat.').waitFor();
    expect(await page.getByTestId('bundle-since-last').isChecked()).toBe(true);

    const download = page.waitForEvent('download');
    await page.getByTestId('bundle-export').click();
    const file = await download;
    const saved = resolve(shots, file.suggestedFilename());
    await file.saveAs(saved);
    expect(file.suggestedFilename()).toMatch(/^3201-\d{8}-[0-9a-f]{8}\.sipena-bundle$/);
    const bytes = readFileSync(saved);
    const sha = createHash('sha256').update(bytes).digest('hex');
    const done = page.getByTestId('bundle-export-done');
    await done.waitFor();
    expect(await done.getAttribute('data-sha256')).toBe(sha);
    expect(await done.textContent()).toMatch(/: 1 kasus, \d+ surat, sha256=[0-9a-f]{64}$/);
    const row = page.getByTestId(`bundle-outbox-${sha}`);
    await row.waitFor();
    expect(await row.getAttribute('data-acknowledged')).toBe('false');
    expect(await row.textContent()).toContain('Belum ada tanda terima');

    // The province imports the downloaded file; its receipt comes back and is uploaded here.
    const imported = await importBundleOffThread(province.ctx, bytes);
    expect(imported.outcome).toMatchObject({ imported: 1, refused: 0 });
    const receiptFile = resolve(shots, file.suggestedFilename().replace('.sipena-bundle', '.sipena-receipt'));
    writeFileSync(receiptFile, receiptFileText(imported.receipt!));
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('bundle-receipt-file').click();
    await (await chooser).setFiles(receiptFile);
    await expect.poll(() => page.getByTestId('bundle-receipt-done').textContent()).toContain('telah diterima 3200 Inspektorat Provinsi Contoh');
    await expect.poll(() => row.getAttribute('data-acknowledged')).toBe('true');
    expect(await row.textContent()).toContain('1 diimpor, 0 sudah ada, 0 ditolak');
    await page.screenshot({ path: resolve(shots, 'bundle-send-acknowledged.png'), fullPage: true });

    await page.getByTestId('bundle-export').click();
    await expect.poll(() => page.getByTestId('bundle-export-error').textContent()).toContain('Tidak ada kasus yang perlu dikirim');
    const audit = h.app.ctx.db.prepare("SELECT action FROM audit_log WHERE entity = 'bundle_outbox' ORDER BY id").all();
    expect(audit).toEqual([{ action: 'bundle.export' }, { action: 'bundle.receipt' }]);
    expect(errors).toEqual([]);
  });
});
