/**
 * Numbers, NIPs and codes are never broken or spaced on a letter, and a long unbroken
 * value (a link as the incident place) wraps inside the margin instead of running off
 * the page. Read back with pdf.js, whose text items carry their positions.
 */
import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Content } from 'pdfmake/interfaces.js';
import { renderPdf } from '../../electron/main/letters/render-pdf.ts';
import { buildLetter } from '../../electron/main/letters/registry.ts';
import { letterDocument } from '../../electron/main/letters/parts/document.ts';
import { kvTable, paragraph } from '../../electron/main/letters/parts/blocks.ts';
import { mmToPt } from '../../electron/main/letters/parts/page-setup.ts';
import { textRuns } from '../../electron/main/letters/parts/text-runs.ts';
import { DEFAULT_OFFICE_SETTINGS } from '../../shared/letters/office-settings.ts';
import { extractPdfText } from '../support/pdf-text.ts';
import { RESOURCES_DIR } from './fixtures.ts';
import * as f from './letter-fixtures.ts';

const office = DEFAULT_OFFICE_SETTINGS;

function render(content: Content[]) {
  return renderPdf(letterDocument(office, f.META_ISSUED, { title: 'UJI', content }), { resourcesDir: RESOURCES_DIR });
}

/** Each text item with its left edge and right edge in points. */
async function textBoxes(pdf: Uint8Array): Promise<{ str: string; left: number; right: number }[]> {
  const task = getDocument({ data: new Uint8Array(pdf), disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  try {
    const doc = await task.promise;
    const boxes: { str: string; left: number; right: number }[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      for (const item of (await (await doc.getPage(i)).getTextContent()).items) {
        if ('str' in item && item.str.trim() !== '') boxes.push({ str: item.str, left: item.transform[4] as number, right: (item.transform[4] as number) + item.width });
      }
    }
    return boxes;
  } finally {
    await task.destroy();
  }
}

const NUMBER = '800/1/SPT/INSP/2026';
const CODES = [NUMBER, 'Undang-Undang', '(IV/b)', '012/TM/PB/XI/2026', '19860926 201505 1 001'];

describe('numbers and codes in justified text', () => {
  it('are printed whole wherever the line ends, and read back exactly', async () => {
    // Move the codes along the line so that, somewhere, each one meets the right margin.
    const paragraphs: Content[] = [];
    for (let shift = 0; shift < 24; shift++) {
      const filler = 'kata '.repeat(8) + 'a'.repeat(shift);
      paragraphs.push(
        paragraph(
          `${filler} Menunjuk Surat Perintah Nomor ${NUMBER}, berdasarkan Undang-Undang Nomor 20 Tahun 2023, ` +
            `Sdr. Budi pangkat Pembina Tingkat I (IV/b) dengan NIP. 19860926 201505 1 001 dan surat 012/TM/PB/XI/2026 tanggal kemarin.`,
        ),
      );
    }
    const pages = await extractPdfText(await render(paragraphs));
    const text = pages.join('\n').replace(/\u00a0/g, ' ');
    for (const code of CODES) {
      const count = text.split(code).length - 1;
      expect(count, code).toBe(24);
    }
    // Nothing split after a slash or a hyphen anywhere in the document.
    expect(text).not.toMatch(/[A-Za-z0-9][/-][ \n]+[A-Za-z0-9]/);
  });

  it('keeps styled pieces styled and plain text plain', () => {
    expect(textRuns('Nomor 800/1/SPT/INSP/2026, tanggal')).toEqual(['Nomor ', { text: '800/1/SPT/INSP/2026, ', noWrap: true }, 'tanggal']);
    expect(textRuns('tanpa kode')).toEqual(['tanpa kode']);
  });
});

describe('long unbroken values', () => {
  it('a 120-character link as the hearing place wraps inside the right margin and keeps the rows beside it', async () => {
    const link = `https://www.facebook.com/groups/${'relawan'.repeat(8)}/posts/1234567890123456789/?ref=share&mibextid=abcdef`;
    expect(link.length).toBeGreaterThanOrEqual(120);
    const input = f.summonsInput(1);
    input.hearing.place = link;
    const pdf = await renderPdf(buildLetter('summons1', input, office, f.META_ISSUED), { resourcesDir: RESOURCES_DIR });
    const rightEdge = 595.28 - mmToPt(office.marginsMm.right);
    for (const box of await textBoxes(pdf)) expect(box.right, box.str).toBeLessThanOrEqual(rightEdge + 0.5);
    const text = (await extractPdfText(pdf)).join('').replace(/[\s\u200b]+/g, '');
    expect(text).toContain(link);
    expect(text).toContain('Hari/Tanggal:Senin,18November2024');
  });

  it('a long value in a label/value table wraps too', async () => {
    const value = 'x'.repeat(150);
    const pdf = await render([kvTable([['Tempat', { text: value }], ['Jam', { text: '09.00' }]])]);
    const rightEdge = 595.28 - mmToPt(office.marginsMm.right);
    for (const box of await textBoxes(pdf)) expect(box.right, box.str).toBeLessThanOrEqual(rightEdge + 0.5);
  });
});
