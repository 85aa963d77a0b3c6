/**
 * Official letters in Chromium through the web harness: an SK issued from the case's
 * letters screen, page 1 rendered by pdf.js and checked as pixels (kop, body, QR) and
 * as text; reprint gives the identical bytes; print opens the dialog with only the
 * letter pages; void with a reason; "Verifikasi surat" by number and by file; bulk
 * print with progress; the office settings screen (logo checks, template errors, save).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { isInViewport, startHarness, downloadedFile } from './browser.ts';
import { validCase } from '../support/temp-app.ts';
import { extractPdfText } from '../support/pdf-text.ts';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import { issueLetter, voidLetter } from '../../electron/main/letters/issue-service.ts';
import { seedExam } from '../letters/seed-exam.ts';
import { pngNeedsFlattening } from '../../electron/main/letters/logo-flatten.ts';
import { step } from '../support/step.ts';

const shots = resolve(import.meta.dirname, '..', '..', 'test-results');
const ICON = resolve(import.meta.dirname, '..', '..', 'resources', 'icons', 'icon.png');
let h: Awaited<ReturnType<typeof startHarness>>;
let page: Page;
let caseId = 0;
let skBytes: Buffer;
let skNumber = '';
const errors: string[] = [];

async function downloadBytes(click: () => Promise<void>): Promise<Buffer> {
  const [download] = (await Promise.all([page.waitForEvent('download'), click()])) as [Download, void];
  return readFileSync(await downloadedFile(download, h.app.dir));
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  h = await startHarness(new Date('2024-12-02T03:00:00Z'));
  caseId = createCase(h.app.ctx, caseCreateSchema.parse(validCase)).id;
  const seeded = seedExam(h.app.ctx, caseId);
  // A voided summons (bulk print must leave it out even when it is ticked), then the valid
  // reissue and summons II, for the bulk print below.
  const voided = await issueLetter(h.app.ctx, { caseId, type: 'summons1', subject: `session:${seeded.session1}` });
  voidLetter(h.app.ctx, voided.letter.id, 'Salah tanggal pemeriksaan');
  await issueLetter(h.app.ctx, { caseId, type: 'summons1', subject: `session:${seeded.session1}` });
  await issueLetter(h.app.ctx, { caseId, type: 'summons2', subject: `session:${seeded.session2}` });
  page = await h.browser.newPage({ viewport: { width: 1280, height: 1000 }, acceptDownloads: true });
  page.on('pageerror', (e) => errors.push(e.message));
  // Headless Chromium has no print dialog: the first print() resolves a promise with the
  // number of pages that would have been printed, so the test waits for the event itself.
  await page.addInitScript(() => {
    const w = window as unknown as { print: () => void; __printed: Promise<number> };
    w.__printed = new Promise((resolve) => {
      w.print = () => resolve(document.querySelectorAll('#sipena-print img').length);
    });
  });
  await page.goto(`${h.server.url}#/cases/${caseId}`);
  await page.getByRole('link', { name: 'Naskah Dinas', exact: true }).click();
  await page.getByTestId('letters-title').waitFor();
});
afterAll(async () => h?.stop());

// Each step starts where the one before left the app, so the steps are one journey test (a
// failure names its step), never `it`s that pass only in the order they are written.
it('letters in Chromium', async () => {
  await step('issues an SK from the case and renders page 1 with kop, body and QR', async () => {
    const row = page.getByTestId('option-sk');
    await expect.poll(() => row.getByText('Siap').count()).toBe(1);
    await row.getByRole('button', { name: 'Terbitkan' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ya, terbitkan' }).click();
    const viewer = page.getByTestId('letter-viewer');
    await expect.poll(() => viewer.textContent()).toMatch(/Keputusan Hukuman Disiplin terbit dengan nomor 800\.1\.6\.4\/1\/KEP\/2024/);
    skNumber = '800.1.6.4/1/KEP/2024';
    // The preview opens below the list: it is brought into view, not left off-screen.
    await expect.poll(() => isInViewport(viewer)).toBe(true);
    await page.locator('[data-testid="pdf-preview"][data-state="ready"]').waitFor();
    const canvas = page.locator('canvas[data-page="1"]');
    writeFileSync(resolve(shots, 'letters-sk-page1.png'), await canvas.screenshot());
    // Share of non-white pixels per horizontal band of page 1 (pdf.js canvas, same raster as the PNG).
    const bands = await canvas.evaluate((c: HTMLCanvasElement) => {
      const ctx = c.getContext('2d')!;
      const { width, height } = c;
      const density = (y0: number, y1: number, x0 = 0, x1 = 1) => {
        const img = ctx.getImageData(Math.floor(x0 * width), Math.floor(y0 * height), Math.floor((x1 - x0) * width), Math.floor((y1 - y0) * height));
        let dark = 0;
        for (let i = 0; i < img.data.length; i += 4) if (img.data[i]! + img.data[i + 1]! + img.data[i + 2]! < 600) dark++;
        return dark / (img.data.length / 4);
      };
      return { ratio: height / width, kop: density(0.03, 0.12), body: density(0.3, 0.85), margin: density(0.3, 0.85, 0, 0.08) };
    });
    expect(bands.ratio).toBeCloseTo(841.89 / 595.28, 2);
    expect(bands.kop).toBeGreaterThan(0.01);
    expect(bands.body).toBeGreaterThan(0.03);
    expect(bands.margin).toBeLessThan(0.001);
  });

  await step('saves the issued bytes, whose text is the SK, and a reprint gives the identical bytes', async () => {
    const viewer = page.getByTestId('letter-viewer');
    skBytes = await downloadBytes(() => viewer.getByRole('button', { name: 'Simpan PDF' }).click());
    const text = (await extractPdfText(skBytes)).join('\n').replace(/\s+/g, ' ');
    expect(text).toContain(`NOMOR ${skNumber}`);
    expect(text).toContain('MEMUTUSKAN');
    expect(text).toContain('KESATU');
    expect(text).toMatch(/Verifikasi Sipena: [0-9a-f]{16}/);
    const row = page.locator(`[data-number="${skNumber}"]`);
    await row.getByRole('button', { name: 'Cetak ulang' }).click();
    await expect.poll(() => page.getByTestId('letter-viewer').textContent()).toContain(`Keputusan Hukuman Disiplin ${skNumber}`);
    const again = await downloadBytes(() => page.getByTestId('letter-viewer').getByRole('button', { name: 'Simpan PDF' }).click());
    expect(again.equals(skBytes)).toBe(true);
    expect(await row.locator('[title]').getAttribute('title')).toBe(createHash('sha256').update(skBytes).digest('hex'));
    // The row names the person the letter is for.
    expect(await row.getByTestId('letter-about').textContent()).toBe('Budi Santoso');
  });

  await step('prints through the dialog with only the letter pages on paper', async () => {
    await page.getByTestId('letter-viewer').getByRole('button', { name: 'Cetak' }).click();
    // The SK with the full default Mengingat takes three pages.
    expect((await extractPdfText(skBytes)).length).toBe(3);
    expect(await page.evaluate(() => (window as unknown as { __printed: Promise<number> }).__printed)).toBe(3);
    await page.emulateMedia({ media: 'print' });
    const visible = await page.evaluate(() => [...document.body.children].filter((e) => getComputedStyle(e).display !== 'none').map((e) => e.id));
    expect(visible).toEqual(['sipena-print']);
    const pageRule = await page.evaluate(() => document.getElementById('sipena-print-style')?.textContent ?? '');
    expect(pageRule).toContain('size: 210mm 297mm');
    await page.emulateMedia({ media: 'screen' });
  });

  await step('verifies the letter by number and by file, voids it with a reason, then verifies it as void', async () => {
    await page.goto(`${h.server.url}#/letters/verify`);
    await page.getByRole('textbox', { name: 'Nomor surat / teks QR' }).fill(skNumber);
    await page.getByRole('button', { name: 'Periksa' }).first().click();
    await expect.poll(() => page.getByTestId('verify-result').getAttribute('data-verdict')).toBe('valid');
    // Not only "sah": whom, what and when.
    const found = await page.getByTestId('verify-result').textContent();
    expect(await page.getByTestId('verify-about').textContent()).toBe('Untuk: Budi Santoso');
    expect(found).toContain(`Keputusan Hukuman Disiplin ${skNumber}`);
    expect(found).toContain('Tanggal: 2 Desember 2024');
    const pdfPath = resolve(shots, 'letters-sk.pdf');
    writeFileSync(pdfPath, skBytes);
    await page.locator('input[type="file"]').setInputFiles(pdfPath);
    await page.getByRole('button', { name: 'Periksa' }).nth(1).click();
    await expect.poll(() => page.getByTestId('verify-result').textContent()).toContain('Surat sah');

    await page.goto(`${h.server.url}#/cases/${caseId}/letters`);
    const row = page.locator(`[data-number="${skNumber}"]`);
    await row.getByRole('button', { name: 'Batalkan' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Alasan pembatalan' }).fill('abc');
    await dialog.getByRole('button', { name: 'Batalkan surat' }).click();
    await expect.poll(() => dialog.textContent()).toContain('minimal 5 karakter');
    await dialog.getByRole('textbox', { name: 'Alasan pembatalan' }).fill('Salah ketik masa hukuman');
    await dialog.getByRole('button', { name: 'Batalkan surat' }).click();
    await expect.poll(() => row.textContent()).toContain('Dibatalkan');
    expect(await row.textContent()).toContain('Salah ketik masa hukuman');

    await page.goto(`${h.server.url}#/letters/verify`);
    await page.getByRole('textbox', { name: 'Nomor surat / teks QR' }).fill(skNumber);
    await page.getByRole('button', { name: 'Periksa' }).first().click();
    await expect.poll(() => page.getByTestId('verify-result').getAttribute('data-verdict')).toBe('void');
    await page.getByRole('textbox', { name: 'Nomor surat / teks QR' }).fill('999/1/XX/2024');
    await page.getByRole('button', { name: 'Periksa' }).first().click();
    await expect.poll(() => page.getByTestId('verify-result').getAttribute('data-verdict')).toBe('unknown');
    await page.screenshot({ path: resolve(shots, 'letters-verify.png') });
  });

  await step('bulk-prints the issued summonses of a type into one PDF', async () => {
    await page.goto(`${h.server.url}#/letters/bulk`);
    await page.getByRole('button', { name: 'Tampilkan' }).click();
    await page.getByRole('button', { name: /Gabungkan 1 surat/ }).waitFor();
    // Each summons row names its accused and hearing.
    expect(await page.locator('[data-number="800/2/SP-I/INSP/2024"]').getByTestId('letter-about').textContent()).toMatch(/^Budi Santoso · pemeriksaan \d+ \S+ 2024 \d\d\.\d\d$/);
    await page.getByRole('checkbox', { name: '800/1/SP-I/INSP/2024' }).check();
    await page.getByRole('button', { name: /Gabungkan 2 surat/ }).click();
    await page.getByTestId('letter-viewer').waitFor();
    expect(await page.getByTestId('bulk-skipped').textContent()).toBe('1 surat yang sudah dibatalkan tidak ikut dicetak.');
    const bytes = await downloadBytes(() => page.getByTestId('letter-viewer').getByRole('button', { name: 'Simpan PDF' }).click());
    const pages = await extractPdfText(bytes);
    expect(pages.join(' ')).toContain('800/2/SP-I/INSP/2024');
    expect(pages.join(' ')).not.toContain('800/1/SP-I/INSP/2024');
    await page.screenshot({ path: resolve(shots, 'letters-bulk.png') });
  });

  await step('office settings: refuses a non-image logo and a template without {seq}, accepts a PNG logo and saves', async () => {
    await page.goto(`${h.server.url}#/settings/letters`);
    await page.getByTestId('office-settings-form').waitFor();
    const notImage = resolve(shots, 'not-a-logo.png');
    writeFileSync(notImage, 'MZ this is not an image');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: /Unggah logo/ }).click();
    await (await chooser).setFiles(notImage);
    await expect.poll(() => page.getByTestId('logo-error').textContent()).toBe('Logo harus berupa gambar PNG atau JPEG.');
    const chooser2 = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: /Unggah logo/ }).click();
    await (await chooser2).setFiles(ICON);
    await page.getByTestId('logo-preview').waitFor();

    const sk = page.getByTestId('numbering-sk');
    // The number sequence is named by its letter type, never by the register key ("sk", "receipt").
    expect(await sk.getByRole('combobox', { name: 'Urutan nomor' }).inputValue()).toBe('Urutan Keputusan Hukuman Disiplin');
    expect(await page.getByTestId('numbering-receipt').getByRole('combobox', { name: 'Urutan nomor' }).inputValue()).toBe('Urutan Tanda Terima Laporan');
    await sk.getByRole('textbox', { name: 'Templat nomor' }).fill('800/KEP/{year}');
    // The office's BKN instansi code: digits only, refused beside the field otherwise.
    const instansi = page.getByRole('textbox', { name: 'Kode instansi BKN' });
    await instansi.fill('40.11');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await expect.poll(() => sk.textContent()).toContain('templat harus memuat {seq}');
    await expect.poll(() => page.getByText('kode instansi BKN: 4 sampai 8 angka saja (tanpa spasi atau titik)').isVisible()).toBe(true);
    await instansi.fill('4011');
    await sk.getByRole('textbox', { name: 'Templat nomor' }).fill('800.1.6.4/{seq3}/KEP/{year}');
    await page.getByRole('textbox', { name: 'Baris 2 kop (nama kantor)' }).fill('INSPEKTORAT DAERAH');
    // The end-of-sanction notice goes to the personnel unit the office names here.
    await page.getByRole('textbox', { name: /Penerima pemberitahuan berakhirnya hukuman/ }).fill('Kepala BKPSDM Kabupaten Contoh');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    // Save sits at the bottom of a long form: its answer appears there, and as a notification.
    await page.getByTestId('settings-saved').waitFor();
    expect(await isInViewport(page.getByTestId('settings-saved'))).toBe(true);
    expect(await page.getByText('Pengaturan naskah disimpan.').isVisible()).toBe(true);
    await page.screenshot({ path: resolve(shots, 'letters-settings.png'), fullPage: true });
    const saved = h.app.ctx.db.prepare("SELECT value FROM settings WHERE key = 'office.letters'").get() as { value: string };
    const office = JSON.parse(saved.value) as { officeName: string; personnelUnit: string; bknInstansiCode: string; logoFile: string; numbering: { sk: { template: string } } };
    expect(office.officeName).toBe('INSPEKTORAT DAERAH');
    expect(office.bknInstansiCode).toBe('4011');
    expect(office.personnelUnit).toBe('Kepala BKPSDM Kabupaten Contoh');
    expect(office.numbering.sk.template).toBe('800.1.6.4/{seq3}/KEP/{year}');
    expect(office.logoFile).toMatch(/^logo-[0-9a-f]{64}\.png$/);
    // The RGBA icon was stored flattened onto white (an opaque RGB PNG pdfkit embeds without decoding).
    const asset = h.app.ctx.db.prepare('SELECT bytes FROM office_assets WHERE sha256 = ?').get(office.logoFile.slice(5, 69)) as { bytes: Buffer };
    expect(asset.bytes[25]).toBe(2);
    expect(pngNeedsFlattening(asset.bytes)).toBe(false);
    expect(errors).toEqual([]);
  });
  await step('legal basis: the SK list is edited (formation law filled, an item removed), saved as version 1, then reset to the default as version 2', async () => {
    await page.goto(`${h.server.url}#/settings/legal-basis`);
    await page.getByTestId('legal-basis-sk').waitFor();
    expect(await page.getByTestId('legal-basis-version').textContent()).toBe('Bawaan aplikasi (belum pernah diubah)');
    expect(await page.getByText('Undang-undang pembentukan kabupaten belum diisi').isVisible()).toBe(true);
    const sk = page.getByTestId('legal-basis-sk');
    expect(await sk.getByTestId('legal-basis-sk-item').count()).toBe(10);
    await page.getByTestId('legal-basis-formation-law').fill('Undang-Undang Nomor 9 Tahun 1999 tentang Pembentukan Kabupaten Contoh');
    await sk.getByTestId('legal-basis-sk-item').nth(2).getByRole('button', { name: 'Hapus' }).click();
    await page.getByTestId('legal-basis-save').click();
    await expect.poll(() => page.getByTestId('legal-basis-saved').textContent()).toBe('Dasar hukum tersimpan (versi 1).');
    const stored = () => JSON.parse((h.app.ctx.db.prepare("SELECT value FROM settings WHERE key = 'letters.legalBasis'").get() as { value: string }).value) as { version: number; formationLaw: string; lists: { sk: { text: string }[] } };
    expect(stored().lists.sk.map((i) => i.text).join('\n')).not.toContain('Nomor 10 Tahun 2016');
    expect(stored().formationLaw).toContain('Pembentukan Kabupaten Contoh');
    await page.getByTestId('legal-basis-reset-sk').click();
    await page.getByTestId('legal-basis-save').click();
    await expect.poll(() => page.getByTestId('legal-basis-saved').textContent()).toBe('Dasar hukum tersimpan (versi 2).');
    expect(stored().lists.sk).toHaveLength(10);
    await page.screenshot({ path: resolve(shots, 'letters-legal-basis.png'), fullPage: true });
    expect(errors).toEqual([]);
  });
  await step('signers: the summons is the team chair\'s by default; choosing the direct superior asks for the person, then names them', async () => {
    await page.goto(`${h.server.url}#/cases/${caseId}/letters`);
    const row = page.getByTestId('signer-summons2');
    await row.waitFor();
    const role = row.getByRole('combobox', { name: 'Penandatangan Surat Panggilan II' });
    expect(await role.inputValue()).toBe('Ketua tim pemeriksa (bawaan aturan)');
    expect(await page.getByTestId('signer-order').getByRole('combobox').inputValue()).toBe('Pejabat Pembina Kepegawaian (PPK) (bawaan aturan)');
    await role.click();
    await page.getByRole('option', { name: 'Atasan langsung' }).click();
    await expect.poll(() => row.textContent()).toContain('atasan langsung terlapor (penandatangan) belum dicatat');
    const person = page.getByTestId('signer-person-summons2');
    await person.getByRole('textbox', { name: 'Jabatan penandatangan' }).fill('KEPALA DINAS PENDIDIKAN KABUPATEN CONTOH');
    await person.getByRole('textbox', { name: 'Nama' }).fill('H. MULYADI, S.Pd., M.M.');
    await person.getByRole('button', { name: 'Simpan atasan langsung' }).click();
    await expect.poll(() => row.textContent()).toContain('KEPALA DINAS PENDIDIKAN KABUPATEN CONTOH: H. MULYADI, S.Pd., M.M.');
    const stored = h.app.ctx.db.prepare("SELECT role, json_extract(signatory, '$.name') AS name FROM letter_signers WHERE case_id = ? AND letter_type = 'summons2'").get(caseId);
    expect(stored).toEqual({ role: 'superior', name: 'H. MULYADI, S.Pd., M.M.' });
    await page.screenshot({ path: resolve(shots, 'letters-signers.png'), fullPage: true });
    expect(errors).toEqual([]);
  });
}, 8 * 120_000);
