/**
 * Page geometry and base style shared by every letter, taken from OfficeSettings so a
 * change of paper or margins on the settings screen reaches all letter types at once.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { OfficeSettings } from '../../../../shared/letters/office-settings.ts';
import { LETTER_FONT, pageSizeFor, paperDimensions } from '../render-pdf.ts';

const PT_PER_MM = 72 / 25.4;

/** Millimetres to PDF points. */
export function mmToPt(mm: number): number {
  return Math.round(mm * PT_PER_MM * 100) / 100;
}

/** Width in points between the left and right margins: what full-width rules must span. */
export function contentWidth(office: OfficeSettings): number {
  const { width } = paperDimensions(office.paper);
  return width - mmToPt(office.marginsMm.left) - mmToPt(office.marginsMm.right);
}

/** "Halaman X dari Y", centred in the bottom margin; a single-page letter carries none, as usual for naskah dinas. */
function pageNumberFooter(currentPage: number, pageCount: number): Content {
  if (pageCount < 2) return '';
  return { text: `Halaman ${currentPage} dari ${pageCount}`, alignment: 'center', fontSize: 9, margin: [0, 16, 0, 0] };
}

/** Page size, margins, default font and page-number footer for a letter; spread into the document definition. */
export function pageSetup(
  office: OfficeSettings,
): Pick<TDocumentDefinitions, 'pageSize' | 'pageOrientation' | 'pageMargins' | 'defaultStyle' | 'footer'> {
  const m = office.marginsMm;
  return {
    pageSize: pageSizeFor(office.paper),
    pageOrientation: 'portrait',
    pageMargins: [mmToPt(m.left), mmToPt(m.top), mmToPt(m.right), mmToPt(m.bottom)],
    defaultStyle: { font: LETTER_FONT, fontSize: office.fontSize, lineHeight: 1.15 },
    footer: pageNumberFooter,
  };
}
