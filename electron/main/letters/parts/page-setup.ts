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

export interface PageSetupOptions {
  /** Security classification printed at the top and bottom of every page, e.g. 'RAHASIA'. */
  marking?: string;
}

/** Page size, margins, default font, classification marking and page-number footer; spread into the document definition. */
export function pageSetup(
  office: OfficeSettings,
  options: PageSetupOptions = {},
): Pick<TDocumentDefinitions, 'pageSize' | 'pageOrientation' | 'pageMargins' | 'defaultStyle' | 'footer' | 'header'> {
  const m = office.marginsMm;
  const marking = options.marking;
  const markingText = (top: boolean): Content => ({
    text: marking ?? '',
    bold: true,
    alignment: 'center',
    fontSize: 11,
    characterSpacing: 1,
    margin: top ? [0, Math.max(8, mmToPt(m.top) / 2 - 6), 0, 0] : [0, 4, 0, 0],
  });
  return {
    pageSize: pageSizeFor(office.paper),
    pageOrientation: 'portrait',
    pageMargins: [mmToPt(m.left), mmToPt(m.top), mmToPt(m.right), mmToPt(m.bottom)],
    defaultStyle: { font: LETTER_FONT, fontSize: office.fontSize, lineHeight: 1.15 },
    ...(marking ? { header: () => markingText(true) } : {}),
    footer: marking
      ? (currentPage: number, pageCount: number): Content => ({ stack: [pageNumberFooter(currentPage, pageCount), markingText(false)] })
      : pageNumberFooter,
  };
}
