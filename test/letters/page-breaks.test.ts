/**
 * Page breaks read back page by page: one-page letters fit on one page (tighter spacing
 * when needed), the closing paragraph, signature and tembusan share a page when a letter
 * runs over, and the SK never splits the accused's identity block or a dictum.
 */
import { describe, expect, it } from 'vitest';
import { renderLetter } from '../../electron/main/letters/letter-render.ts';
import type { LetterType } from '../../shared/letters/letter-types.ts';
import type { LetterInputs } from '../../shared/letters/inputs.ts';
import { DEFAULT_OFFICE_SETTINGS } from '../../shared/letters/office-settings.ts';
import { extractPdfText } from '../support/pdf-text.ts';
import { RESOURCES_DIR } from './fixtures.ts';
import * as f from './letter-fixtures.ts';

async function pages<T extends LetterType>(type: T, input: LetterInputs[T]): Promise<string[]> {
  const { pdf } = await renderLetter({ type, input, office: DEFAULT_OFFICE_SETTINGS, meta: f.META_ISSUED, assets: {}, resourcesDir: RESOURCES_DIR, allowedDirs: [], check: false });
  return (await extractPdfText(pdf)).map((p) => p.replace(/\s+/g, ' '));
}

const pageOf = (ps: string[], s: string) => ps.findIndex((p) => p.includes(s));

describe('one-page letters', () => {
  it.each([1, 2] as const)('Surat Panggilan %s fits on one page with its signature and tembusan', async (no) => {
    const ps = await pages(no === 1 ? 'summons1' : 'summons2', f.summonsInput(no));
    expect(ps).toHaveLength(1);
    for (const s of ['NAMA INSPEKTUR CONTOH', 'Tembusan:', 'Arsip']) expect(ps[0]).toContain(s);
  });

  it('a summons too long for one page keeps its closing, signature and tembusan together', async () => {
    const input = f.summonsInput(2);
    input.violations = Array.from({ length: 8 }, (_, i) => ({
      title: `Pelanggaran nomor ${i + 1} dengan uraian yang cukup panjang untuk memenuhi satu baris penuh pada surat`,
      legalBasis: 'PP 94/2021 Pasal 5 huruf n',
    }));
    const ps = await pages('summons2', input);
    expect(ps).toHaveLength(2);
    expect(pageOf(ps, 'Demikian untuk dilaksanakan')).toBe(1);
    expect(pageOf(ps, 'NAMA INSPEKTUR CONTOH')).toBe(1);
    expect(pageOf(ps, 'Tembusan:')).toBe(1);
  });
});

describe('the SK', () => {
  it('never splits the identity block or a dictum, wherever the page ends', async () => {
    // Lengthen the considerations step by step so the page break sweeps across the dicta.
    for (let extra = 0; extra < 12; extra++) {
      const input = f.skInput('potongan_tukin');
      input.violations = [{ title: `Ikut kampanye ${'dengan menggunakan fasilitas negara '.repeat(extra + 1)}`.trim(), legalBasis: 'PP 94/2021 Pasal 5 huruf n angka 4' }];
      const ps = await pages('sk', input);
      const nip = pageOf(ps, '19860926 201505 1 001');
      expect(nip, `extra ${extra}`).toBeGreaterThanOrEqual(0);
      expect(pageOf(ps, 'Pangkat/Golongan'), `extra ${extra}`).toBe(nip);
      expect(pageOf(ps, 'Unit Kerja'), `extra ${extra}`).toBe(nip);
      expect(pageOf(ps, 'KESATU'), `extra ${extra}`).toBe(nip);
      expect(pageOf(ps, 'Menjatuhkan hukuman disiplin'), `extra ${extra}`).toBe(nip);
    }
  });
});
