/**
 * The keys screen in Chromium: the administrator sees this office's fingerprint, saves the
 * key letter, enrols another office from its key file (refused first with a fingerprint
 * that is not the key letter's) and revokes it with a reason.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { goHash, openPage, startHarness } from './browser.ts';
import { tempApp } from '../support/temp-app.ts';
import { setOffice } from '../trust/office.ts';
import { officeKey } from '../../electron/main/trust/trust-service.ts';
import { officePublicKey } from '../../electron/main/trust/signing-key.ts';

const shots = resolve(import.meta.dirname, '..', '..', 'test-results');
let h: Awaited<ReturnType<typeof startHarness>>;
let page: Page;
let errors: string[] = [];
let sender: Awaited<ReturnType<typeof tempApp>>;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  h = await startHarness(new Date('2024-11-04T03:00:00Z'));
  setOffice(h.app.ctx, '7654321', 'Inspektorat Provinsi Contoh');
  sender = await tempApp();
  setOffice(sender.ctx, '1234567', 'Inspektorat Kabupaten Contoh');
  ({ page, errors } = await openPage(h.browser, { height: 1200 }));
  await page.goto(h.server.url);
});
afterAll(async () => {
  sender?.close();
  await h?.stop();
});

describe('keys and trusted origins screen', () => {
  it("shows this office's fingerprint, saves the key letter, enrols an origin with the key letter's fingerprint and revokes it", async () => {
    await page.getByRole('link', { name: 'Kunci & Asal Tepercaya' }).waitFor();
    await goHash(page, '/trust');
    await page.getByRole('heading', { name: 'Kunci tanda tangan dan asal tepercaya' }).waitFor();
    const own = officePublicKey(h.app.ctx.db)!.fingerprint;
    expect(await page.getByTestId('trust-own-fingerprint').getAttribute('data-fingerprint')).toBe(own);
    expect(await page.getByTestId('trust-own-code').textContent()).toBe('7654321');

    const download = page.waitForEvent('download');
    await page.getByTestId('trust-print-letter').click();
    const letter = resolve(shots, 'surat-kunci-publik.pdf');
    await (await download).saveAs(letter);
    expect(readFileSync(letter).subarray(0, 5).toString()).toBe('%PDF-');

    await page.getByText('Belum ada asal tepercaya.').waitFor();
    const key = officeKey(sender.ctx);
    const keyFile = resolve(shots, 'kabupaten.sipena-key.json');
    writeFileSync(keyFile, key.publicKeyFile);
    await page.getByTestId('trust-enrol').click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('trust-key-file').click();
    await (await chooser).setFiles(keyFile);
    await expect.poll(() => page.getByTestId('trust-key-text').inputValue()).toContain('sipena-public-key/1');
    // A fingerprint other than the key letter's (here: this office's own) is refused.
    await page.getByTestId('trust-fingerprint').fill(own);
    await page.getByTestId('trust-enrol-submit').click();
    await expect.poll(() => page.getByTestId('trust-enrol-error').textContent()).toContain('berbeda dengan yang tertulis di surat penyampaian kunci');
    await page.getByTestId('trust-fingerprint').fill(key.fingerprint.replaceAll(':', ' ').toLowerCase());
    await page.getByTestId('trust-enrol-submit').click();
    const row = page.getByTestId('trust-origin-1234567');
    await row.waitFor();
    expect(await row.textContent()).toContain('Inspektorat Kabupaten Contoh');
    expect((await row.textContent())!.replace(/\s/g, '')).toContain(key.fingerprint);
    expect(await row.getAttribute('data-revoked')).toBe('false');
    await page.screenshot({ path: resolve(shots, 'trust-enrolled.png'), fullPage: true });

    await page.getByTestId('trust-revoke-1234567').click();
    await page.getByTestId('trust-revoke-reason').fill('Kunci kabupaten diganti');
    await page.getByTestId('trust-revoke-submit').click();
    await expect.poll(() => row.getAttribute('data-revoked')).toBe('true');
    await page.getByTestId('trust-revoke-reason').waitFor({ state: 'detached' });
    expect(await row.textContent()).toContain('Kunci kabupaten diganti');
    const audit = h.app.ctx.db.prepare("SELECT action FROM audit_log WHERE entity = 'trusted_origin' ORDER BY id").all();
    expect(audit).toEqual([{ action: 'trust.enrol' }, { action: 'trust.revoke' }]);
    await page.screenshot({ path: resolve(shots, 'trust-revoked.png'), fullPage: true });
    expect(errors).toEqual([]);
  });
});
