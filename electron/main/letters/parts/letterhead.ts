/**
 * The kop naskah dinas: regency and office name, contact lines, and the thick-over-thin
 * rule that closes it. The logo is read from a file, so it only ever comes from a path
 * the main process chooses (never from text a user typed into a case or a setting).
 */
import type { Content } from 'pdfmake/interfaces.js';
import type { OfficeSettings } from '../../../../shared/letters/office-settings.ts';
import { contentWidth } from './page-setup.ts';

export interface LetterheadOptions {
  /** Absolute path of the logo image chosen by main; its folder must be in renderPdf's allowedDirs. */
  logoPath?: string;
  /** Width the rule spans when the page is not the office's portrait letter (a landscape recap). */
  width?: number;
}

const LOGO_WIDTH = 64;

function contactLines(office: OfficeSettings): string[] {
  const contacts = [
    office.phone && `Telepon ${office.phone}`,
    office.email && `Pos-el ${office.email}`,
    office.website && `Laman ${office.website}`,
  ].filter((s): s is string => Boolean(s));
  return [office.address, contacts.join(', ')].filter((s) => s !== '');
}

/** The letterhead block with its double rule, spanning the full content width. */
export function letterhead(office: OfficeSettings, options: LetterheadOptions = {}): Content {
  const width = options.width ?? contentWidth(office);
  const names: Content = {
    stack: [
      { text: office.regencyName, fontSize: 14, bold: true },
      { text: office.officeName, fontSize: 18, bold: true, margin: [0, 1, 0, 2] },
      ...contactLines(office).map((line): Content => ({ text: line, fontSize: 9.5 })),
    ],
    alignment: 'center',
    lineHeight: 1.05,
  };
  // With a logo, an empty column of the same width on the right keeps the names centred on the page.
  const top: Content = options.logoPath
    ? {
        columns: [
          { image: options.logoPath, fit: [LOGO_WIDTH, LOGO_WIDTH], width: LOGO_WIDTH },
          { ...names, width: '*' },
          { text: '', width: LOGO_WIDTH },
        ],
        columnGap: 8,
      }
    : names;
  return {
    stack: [
      top,
      {
        canvas: [
          { type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 2.5 },
          { type: 'line', x1: 0, y1: 3.5, x2: width, y2: 3.5, lineWidth: 0.75 },
        ],
        margin: [0, 6, 0, 0],
      },
    ],
    margin: [0, 0, 0, 16],
  };
}
