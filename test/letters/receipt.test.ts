import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../electron/main/letters/render-pdf.ts';
import { receiptLetter } from '../../electron/main/letters/types/receipt.ts';
import type { LetterMeta } from '../../shared/letters/inputs.ts';
import { letterFileName } from '../../shared/letters/letter-types.ts';
import { DEFAULT_OFFICE_SETTINGS } from '../../shared/letters/office-settings.ts';
import type { OfficeSettings } from '../../shared/letters/office-settings.ts';
import { extractPdfText, pdfFonts, pdfPageSizes } from '../support/pdf-text.ts';
import { RESOURCES_DIR, SECRET_CHRONOLOGY, sampleCase } from './fixtures.ts';

const RECEIVED = '2024-11-04';
const DRAFT: LetterMeta = { number: null, date: RECEIVED, qr: null };
const ISSUED: LetterMeta = { number: 'REG-TT/7/INSP/2024', date: RECEIVED, qr: 'SIPENA1|REG-TT/7/INSP/2024|2024-11-04|0123456789abcdef' };

function render(office: OfficeSettings = DEFAULT_OFFICE_SETTINGS, c = sampleCase(), meta: LetterMeta = DRAFT): Promise<Buffer> {
  return renderPdf(receiptLetter({ case: c, receivedAt: RECEIVED }, office, meta), { resourcesDir: RESOURCES_DIR });
}

/** Text with all whitespace runs collapsed, so wrapped lines still match. */
async function flatText(buf: Buffer): Promise<string> {
  return (await extractPdfText(buf)).join('\n').replace(/\s+/g, ' ');
}

describe('receipt letter', () => {
  it('prints the receipt particulars in Indonesian on one page', async () => {
    const buf = await render();
    const pages = await extractPdfText(buf);
    expect(pages).toHaveLength(1);
    const text = await flatText(buf);
    for (const expected of [
      'PEMERINTAH KABUPATEN CONTOH',
      'INSPEKTORAT',
      'TANDA TERIMA LAPORAN',
      'Nomor Registrasi : REG/0001/INSP/2026',
      'Senin, 4 November 2024',
      'Sabtu, 2 November 2024',
      'Bawaslu',
      '012/Rek/Bawaslu-Kab/XI/2024',
      'Budi Santoso',
      'NIP. 19860926 201505 1 001',
      'Siti Aminah',
      'NIP. 19890225 2024 21 2 013',
      'Menghadiri kampanye',
      'Lapangan Desa Contoh, Kecamatan Contoh',
      'Contoh, 4 November 2024',
      'INSPEKTUR KABUPATEN CONTOH',
      'NAMA INSPEKTUR CONTOH',
      'NIP. 19700101 200003 1 001',
    ]) {
      expect(text).toContain(expected);
    }
    // pdf.js returns list markers after their item's text, so drop them to match a wrapped title.
    expect(text.replace(/ \d+\. /g, ' ')).toContain('Memberikan dukungan kepada calon kepala daerah melalui media sosial');
    // One page needs no "Halaman 1 dari 1".
    expect(text).not.toContain('Halaman');
  });

  it('is a watermarked, unnumbered draft until issued, like every other letter', async () => {
    const dd = receiptLetter({ case: sampleCase(), receivedAt: RECEIVED }, DEFAULT_OFFICE_SETTINGS, DRAFT);
    expect(dd.watermark).toMatchObject({ text: 'DRAFT' });
    const text = await flatText(await render());
    expect(text).toContain('DRAFT');
    expect(text).toContain('Nomor: ....../....../......');
    expect(text).toContain('belum bernomor dan belum sah');
    expect(text).not.toContain('Verifikasi Sipena');
  });

  it('carries its own number and the verification QR once issued, without a watermark', async () => {
    const dd = receiptLetter({ case: sampleCase(), receivedAt: RECEIVED }, DEFAULT_OFFICE_SETTINGS, ISSUED);
    expect(dd.watermark).toBeUndefined();
    const buf = await render(DEFAULT_OFFICE_SETTINGS, sampleCase(), ISSUED);
    const text = await flatText(buf);
    expect(text).toContain('Nomor: REG-TT/7/INSP/2024');
    expect(text).toContain('Nomor Registrasi : REG/0001/INSP/2026');
    expect(text).toContain('Verifikasi Sipena: 0123456789abcdef');
    expect(text).not.toContain('DRAFT');
    expect(buf.toString('latin1')).toContain('/Subtype /Image');
  });

  it('never prints the chronology (it can identify the reporter)', async () => {
    const text = await flatText(await render());
    expect(text).not.toContain('PELAPOR-RAHASIA-123');
    expect(text).not.toContain(SECRET_CHRONOLOGY);
  });

  it('labels the source in Indonesian and leaves out an absent source reference', async () => {
    const text = await flatText(await render(DEFAULT_OFFICE_SETTINGS, sampleCase({ source: 'public_complaint', sourceRef: null, incidentPlace: null })));
    expect(text).toContain('Pengaduan masyarakat');
    expect(text).not.toContain('Nomor Referensi Sumber');
    expect(text).toMatch(/Tempat Kejadian : -/);
  });

  it('prints an acting prefix before the signatory title', async () => {
    const office: OfficeSettings = {
      ...DEFAULT_OFFICE_SETTINGS,
      signatories: { ...DEFAULT_OFFICE_SETTINGS.signatories, inspector: { ...DEFAULT_OFFICE_SETTINGS.signatories.inspector, prefix: 'Plt.' } },
    };
    expect(await flatText(await render(office))).toContain('Plt. INSPEKTUR KABUPATEN CONTOH');
  });

  function withAccused(n: number) {
    const base = sampleCase().accused[0]!;
    return sampleCase({
      accused: Array.from({ length: n }, (_, i) => ({ ...base, id: i + 1, name: `Terlapor Nomor ${i + 1}` })),
    });
  }

  it('numbers the pages of a long receipt', async () => {
    const pages = await extractPdfText(await render(DEFAULT_OFFICE_SETTINGS, withAccused(40)));
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => expect(page).toContain(`Halaman ${i + 1} dari ${pages.length}`));
    expect(pages.at(-1)).toContain('Terlapor Nomor 40');
  });

  it('never separates the signature from the closing paragraph at a page break', async () => {
    // 6..11 accused push the closing across the A4 page end (checked by rendering).
    let crossed = false;
    for (let n = 6; n <= 11; n++) {
      const pages = await extractPdfText(await render(DEFAULT_OFFICE_SETTINGS, withAccused(n)));
      const closing = pages.findIndex((p) => p.includes('Demikian tanda terima'));
      const signature = pages.findIndex((p) => p.includes('NIP. 19700101 200003 1 001'));
      expect(closing, `${n} accused`).toBeGreaterThanOrEqual(0);
      expect(signature, `${n} accused`).toBe(closing);
      if (pages.length > 1 && pages[0]?.includes('Laporan tersebut')) crossed = true;
    }
    // The range really hits the case where the text before the closing stays on page 1.
    expect(crossed).toBe(true);
  });

  it('uses A4 and F4 page sizes exactly', async () => {
    const [a4] = await pdfPageSizes(await render());
    expect(a4?.width).toBeCloseTo(595.28, 2);
    expect(a4?.height).toBeCloseTo(841.89, 2);
    const [f4] = await pdfPageSizes(await render({ ...DEFAULT_OFFICE_SETTINGS, paper: 'F4' }));
    expect(Math.abs((f4?.width ?? 0) - 609.45)).toBeLessThanOrEqual(0.01);
    expect(Math.abs((f4?.height ?? 0) - 935.43)).toBeLessThanOrEqual(0.01);
  });

  it('embeds every font it uses (Liberation Sans subsets, no standard-14 fallbacks)', async () => {
    const fonts = pdfFonts(await render());
    expect(fonts.length).toBeGreaterThanOrEqual(2); // regular and bold
    for (const f of fonts) {
      expect(f.baseFont).toMatch(/^[A-Z]{6}\+LiberationSans(-Bold|-Italic|-BoldItalic)?$/);
      expect(f.embedded, f.baseFont).toBe(true);
    }
  });

  it('renders byte-identical PDFs for the same input', async () => {
    const dd = receiptLetter({ case: sampleCase(), receivedAt: RECEIVED }, DEFAULT_OFFICE_SETTINGS, DRAFT);
    const a = await renderPdf(dd, { resourcesDir: RESOURCES_DIR });
    const b = await renderPdf(dd, { resourcesDir: RESOURCES_DIR });
    const c = await render();
    expect(a.equals(b)).toBe(true);
    expect(a.equals(c)).toBe(true);
    // And the date really comes from the letter: another receipt date gives other bytes.
    const other = await renderPdf(receiptLetter({ case: sampleCase(), receivedAt: '2024-11-05' }, DEFAULT_OFFICE_SETTINGS, { ...DRAFT, date: '2024-11-05' }), {
      resourcesDir: RESOURCES_DIR,
    });
    expect(other.equals(a)).toBe(false);
  });

  it('names the draft file (as the draft path does) with safe characters only', () => {
    expect(letterFileName('receipt', `draft-${sampleCase().registerNo}`)).toBe('Tanda-Terima-Laporan-draft-REG-0001-INSP-2026.pdf');
    expect(letterFileName('receipt', '../..\\x:y*?"<>|')).toBe('Tanda-Terima-Laporan-x-y.pdf');
    expect(letterFileName('receipt', '///')).toBe('Tanda-Terima-Laporan.pdf');
  });
});
