/**
 * The province view in Chromium: the received cases list (origin filter, search), one case's
 * page with the record, its letter opened and downloaded byte for byte with "hash cocok",
 * the revision history with the missing revision marked, and a conflict on another case.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { goHash, openPage, startHarness } from './browser.ts';
import { importVerifiedBundle } from '../../electron/main/bundles/import-service.ts';
import { letterPath } from '../../shared/bundles/format.ts';
import { ORIGIN, bundleOf, sha } from '../bundles/synthetic.ts';
import { caseRecord, verifiedCase } from '../received/records.ts';
import { regency } from '../received/regency.ts';
import { setOffice } from '../trust/office.ts';

const shots = resolve(import.meta.dirname, '..', '..', 'test-results');
const OTHER = { instansiCode: '7654321', officeName: 'Inspektorat Kota Lain', keyFingerprint: 'CD:'.repeat(31) + 'AB' };
let h: Awaited<ReturnType<typeof startHarness>>;
let page: Page;
let errors: string[] = [];
const A = randomUUID();
const B = randomUUID();
const C = randomUUID();
let skPdf: Buffer;

async function realPdf(text: string): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([595, 842]).drawText(text, { x: 60, y: 760, size: 14, font });
  return Buffer.from(await doc.save());
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  h = await startHarness(new Date('2024-11-04T03:00:00Z'));
  const ctx = h.app.ctx;
  setOffice(ctx, '3200', 'Inspektorat Provinsi Uji');
  skPdf = await realPdf('KEPUTUSAN BUPATI UJI 800.1.6.4/12/SK-HD/2024');
  const skSha = sha(skPdf);
  const withSk = { letters: [{ kind: 'sk', number: '800.1.6.4/12/SK-HD/2024', letterDate: '2024-05-02', issuedAt: '2024-05-02T03:00:00.000Z', status: 'issued' as const, sha256: skSha, path: letterPath(A, skSha) }] };
  const a1 = verifiedCase(caseRecord(A, 1, { status: 'registered', letters: [] }), null, []);
  const a2 = verifiedCase(caseRecord(A, 2, { status: 'summons_1', letters: [] }), a1.sha256, []);
  const a3 = verifiedCase(caseRecord(A, 3, withSk), a2.sha256, [skPdf]);
  // The moral sanction's announcedAt is where it was announced (free text), not a date.
  const moral = { sanctionCode: 'PP42-MORAL-TERBUKA', announcedAt: 'apel pagi Sekretariat Daerah' };
  const a4 = verifiedCase(
    caseRecord(A, 4, {
      ...withSk,
      accused: [{ ...caseRecord(A, 4).accused[0]!, moralSanction: moral }],
      evidence: [{ sha256: 'e'.repeat(64), kind: 'foto', name: 'foto-kampanye.jpg', size: 123456, mime: 'image/jpeg', path: null }],
    }),
    a3.sha256,
    [skPdf],
  );
  const bAccused = { ...caseRecord(B, 1).accused[0]!, name: 'Siti Aminah', nip: '199001012015032001', decision: null, sanctionInForce: null, skDelivery: null, appeals: [] };
  const b1 = verifiedCase(caseRecord(B, 1, { registerNo: 'REG/0100/INSP/2024', status: 'summons_1', accused: [bAccused], letters: [] }), null, []);
  const b1Other = verifiedCase(caseRecord(B, 1, { registerNo: 'REG/0100/INSP/2024', status: 'closed', accused: [bAccused], letters: [] }), null, []);
  const c1 = verifiedCase(caseRecord(C, 1, { registerNo: 'REG/0001/INSP/2024', letters: [] }, OTHER.instansiCode), null, []);
  importVerifiedBundle(ctx, bundleOf([a1, a2, b1]));
  importVerifiedBundle(ctx, bundleOf([a4]));
  importVerifiedBundle(ctx, bundleOf([b1Other]));
  importVerifiedBundle(ctx, bundleOf([c1], randomUUID(), OTHER));
  ({ page, errors } = await openPage(h.browser, { height: 1400 }));
  await page.goto(h.server.url);
});
afterAll(async () => {
  await h?.stop();
});

const rows = (p: Page) => p.locator('[data-testid^="received-row-"]');

describe('received cases screens', () => {
  it('lists received cases by origin and search, opens one with its record, letter, gap and conflict', async () => {
    await page.getByRole('link', { name: 'Kasus Diterima' }).click();
    await page.getByRole('heading', { name: 'Kasus diterima dari kantor lain' }).waitFor();
    await expect.poll(() => rows(page).count()).toBe(3);
    expect(await page.getByTestId(`received-row-${A}`).textContent()).toContain('Revisi terlewat');
    expect(await page.getByTestId(`received-row-${B}`).textContent()).toContain('Konflik isi');
    await page.screenshot({ path: resolve(shots, 'received-list.png'), fullPage: true });
    const exported = page.waitForEvent('download');
    await page.getByTestId('list-export').click();
    await page.getByRole('menuitem', { name: 'CSV' }).click();
    const csv = await exported;
    expect(csv.suggestedFilename()).toMatch(/^kasus-diterima-\d{4}-\d{2}-\d{2}\.csv$/);
    const csvFile = resolve(shots, 'kasus-diterima.csv');
    await csv.saveAs(csvFile);
    expect(readFileSync(csvFile, 'utf8').trim().split('\r\n')).toHaveLength(4);

    // Origin filter, then search by name inside it.
    await page.getByTestId('received-origin').click();
    await page.getByRole('option', { name: /Inspektorat Kota Lain/ }).click();
    await expect.poll(() => rows(page).count()).toBe(1);
    await page.getByTestId(`received-row-${C}`).waitFor();
    await page.getByTestId('received-origin').click();
    await page.getByRole('option', { name: /Inspektorat Kabupaten Uji/ }).click();
    await expect.poll(() => rows(page).count()).toBe(2);
    await page.getByTestId('received-search').fill('siti');
    await expect.poll(() => rows(page).count()).toBe(1);
    await page.getByTestId(`received-row-${B}`).waitFor();
    await page.getByTestId('received-search').fill('');
    await expect.poll(() => rows(page).count()).toBe(2);

    await page.getByTestId(`received-open-${A}`).click();
    await page.getByTestId('received-case-page').waitFor();
    await expect.poll(() => page.getByTestId('received-register-no').textContent()).toBe('REG/0007/INSP/2024');
    const accused = page.getByTestId('received-accused-1');
    const text = (await accused.textContent())!;
    expect(text).toContain('Budi Santoso');
    expect(text).toContain('19850312 201001 1 004');
    expect(text).toContain('Pemotongan tunjangan kinerja sebesar 25% selama 6 bulan');
    expect(text).toContain('Teguran tertulis');
    expect(text).toContain('800/21/KEB/2024');
    expect(text).toContain('PP42-MORAL-TERBUKA · apel pagi Sekretariat Daerah');
    expect(await page.getByTestId('received-delivery').textContent()).toContain('langsung');
    expect(await page.getByTestId('received-violations').textContent()).toContain('Netralitas ASN');
    // The history: 1, 2, then "revision 3 never arrived", then 4.
    await page.getByTestId('received-gap-before-4').waitFor();
    expect(await page.getByTestId('received-gap-before-2').count()).toBe(0);
    // Read only: nothing to edit on the page.
    expect(await page.getByRole('button', { name: /^(Ubah|Simpan|Hapus)/ }).count()).toBe(0);

    // The letter: opened (drawn by pdf.js) and downloaded, byte for byte, "hash cocok".
    const letterRow = page.getByTestId(`received-letter-${sha(skPdf)}`);
    await letterRow.getByTestId('received-letter-open').click();
    await letterRow.getByTestId('received-hash-match').waitFor();
    await page.locator('[data-testid="letter-viewer"] canvas[data-drawn="true"]').first().waitFor();
    expect(await page.getByTestId('letter-viewer').textContent()).toContain('hash cocok');
    const download = page.waitForEvent('download');
    await letterRow.getByTestId('received-letter-download').click();
    const saved = resolve(shots, 'received-sk.pdf');
    const d = await download;
    expect(d.suggestedFilename()).toBe('800.1.6.4-12-SK-HD-2024.pdf');
    await d.saveAs(saved);
    expect(readFileSync(saved).equals(skPdf)).toBe(true);
    expect(await page.getByTestId('received-evidence').textContent()).toContain('foto-kampanye.jpg');
    await page.screenshot({ path: resolve(shots, 'received-case.png'), fullPage: true });

    await goHash(page, `/received/${ORIGIN.instansiCode}/${B}`);
    await page.getByTestId('received-conflict-1').waitFor();
    expect(await page.getByTestId('received-conflicts-intro').textContent()).toContain('Yang pertama diterima tetap disimpan');
    await page.screenshot({ path: resolve(shots, 'received-conflict.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('refuses a stored letter whose bytes were altered, on screen', async () => {
    const stored = Buffer.from(skPdf);
    stored[stored.length - 10] = stored[stored.length - 10]! ^ 0x01;
    h.app.ctx.db.prepare('UPDATE received_letters SET pdf = ? WHERE sha256 = ?').run(stored, sha(skPdf));
    await goHash(page, `/received/${ORIGIN.instansiCode}/${A}`);
    const letterRow = page.getByTestId(`received-letter-${sha(skPdf)}`);
    await letterRow.getByTestId('received-letter-open').click();
    await expect.poll(() => page.getByTestId('received-letter-error').textContent()).toContain('tidak lagi sesuai');
    expect(await letterRow.getByTestId('received-hash-match').count()).toBe(0);
    await page.screenshot({ path: resolve(shots, 'received-letter-refused.png'), fullPage: true });
  });

  it('imports a bundle file on Impor bundel: counts, each case with its reason, and the receipt to download', async () => {
    const r = regency('3201', 'Inspektorat Kabupaten Baru');
    r.enrolAt(h.app.ctx);
    const D = randomUUID();
    const E = randomUUID();
    const first = resolve(shots, 'kiriman-3201.sipena-bundle');
    writeFileSync(first, r.bundle([verifiedCase(caseRecord(D, 1, { registerNo: 'REG/0201/INSP/2024' }, '3201'), null), verifiedCase(caseRecord(E, 1, { registerNo: 'REG/0202/INSP/2024' }, '3201'), null)]));
    const second = resolve(shots, 'kiriman-3201-ulang.sipena-bundle');
    writeFileSync(second, r.bundle([verifiedCase(caseRecord(D, 1, { registerNo: 'REG/0201/INSP/2024', status: 'closed' }, '3201'), null)]));
    const choose = async (file: string) => {
      const chooser = page.waitForEvent('filechooser');
      await page.getByTestId('received-bundle-file').click();
      await (await chooser).setFiles(file);
      await page.getByTestId('received-import-run').click();
    };

    await goHash(page, '/received');
    await page.getByTestId('received-import').click();
    await page.getByRole('heading', { name: 'Impor bundel kasus' }).waitFor();
    await choose(first);
    await expect.poll(() => page.getByTestId('received-import-summary').textContent()).toBe('diimpor 2, sudah ada 0, ditolak 0');
    const download = page.waitForEvent('download');
    await page.getByTestId('received-download-receipt').click();
    const d = await download;
    expect(d.suggestedFilename()).toBe('kiriman-3201.sipena-receipt');
    const saved = resolve(shots, 'kiriman-3201.sipena-receipt');
    await d.saveAs(saved);
    expect(JSON.parse(readFileSync(saved, 'utf8'))).toMatchObject({ format: 'sipena-receipt', results: [{ caseUuid: D, outcome: 'imported' }, { caseUuid: E, outcome: 'imported' }] });

    await choose(second);
    await expect.poll(() => page.getByTestId('received-import-summary').textContent()).toBe('diimpor 0, sudah ada 0, ditolak 1');
    expect(await page.getByTestId(`received-import-case-${D}`).textContent()).toContain('revisi yang sama sudah diterima dengan isi lain');
    await page.screenshot({ path: resolve(shots, 'received-import.png'), fullPage: true });
    await goHash(page, '/received');
    await expect.poll(() => rows(page).count()).toBe(5);
    expect(errors).toEqual([]);
  });

  it('counts received cases on the recap screen when the origin filter asks for them', async () => {
    await goHash(page, '/reports/recap');
    await page.getByRole('heading', { name: 'Rekapitulasi pelanggaran netralitas ASN' }).waitFor();
    await page.getByTestId('recap-filter-opd').waitFor();
    await page.getByRole('textbox', { name: 'Kejadian dari tanggal' }).fill('1 Jan 2024');
    await page.getByRole('textbox', { name: 'Kejadian dari tanggal' }).press('Tab');
    await page.getByRole('textbox', { name: 'sampai tanggal' }).fill('31 Des 2024');
    await page.getByRole('textbox', { name: 'sampai tanggal' }).press('Tab');
    await page.getByRole('combobox', { name: 'Asal kasus', exact: true }).click();
    await page.getByRole('option', { name: 'Semua kasus diterima', exact: true }).click();
    // A, B and C, then D and E from the import: one person each.
    await expect.poll(() => page.getByTestId('recap-summary').textContent()).toBe('5 kasus, 5 terlapor');
    // Received records name their OPD in words: this office's OPD filter is not offered for them.
    expect(await page.getByTestId('recap-filter-opd').count()).toBe(0);
    await page.getByRole('combobox', { name: 'Asal kasus', exact: true }).click();
    await page.getByRole('option', { name: `${OTHER.officeName} (${OTHER.instansiCode})`, exact: true }).click();
    await expect.poll(() => page.getByTestId('recap-summary').textContent()).toBe('1 kasus, 1 terlapor');
    await page.screenshot({ path: resolve(shots, 'received-recap.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('reads in English too', async () => {
    await goHash(page, `/received/${ORIGIN.instansiCode}/${A}`);
    await page.getByTestId('received-case-page').waitFor();
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: 'Revision history' }).waitFor();
    expect(await page.getByTestId('received-gap-before-4').textContent()).toBe('The revision before this one has not arrived');
    expect(await page.getByTestId('received-read-only').textContent()).toBe(`Read only: this case belongs to ${ORIGIN.officeName}.`);
    await page.screenshot({ path: resolve(shots, 'received-case-en.png'), fullPage: true });
    await goHash(page, '/received');
    await page.getByRole('heading', { name: 'Cases received from other offices' }).waitFor();
    await page.getByText('ID', { exact: true }).click();
    await page.getByRole('heading', { name: 'Kasus diterima dari kantor lain' }).waitFor();
    expect(errors).toEqual([]);
  });
});
