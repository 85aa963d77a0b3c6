/**
 * The signature block at the right: "place, date", the signatory's title (with Plt./
 * Plh./Pj. when acting), room for the wet signature and stamp, name, rank and NIP.
 */
import type { Content } from 'pdfmake/interfaces.js';
import { formatDate } from '../../../../shared/indonesian/dates.ts';
import type { Signatory } from '../../../../shared/letters/office-settings.ts';
import { formatNip } from '../../../../shared/nip.ts';

export interface SignatureInput {
  /** Place of signing, usually OfficeSettings.city. */
  place: string;
  /** ISO date of signing. */
  date: string;
  signatory: Signatory;
}

const BLOCK_WIDTH = 250;
const SIGNING_SPACE = 64;

/** The title line as printed: 'Plt. INSPEKTUR KABUPATEN CONTOH'. */
export function signatoryTitle(s: Signatory): string {
  return s.prefix ? `${s.prefix} ${s.title}` : s.title;
}

/** The right-aligned signature block on its own. */
export function signatureBlock(input: SignatureInput): Content {
  const s = input.signatory;
  return {
    columns: [
      { text: '', width: '*' },
      {
        width: BLOCK_WIDTH,
        alignment: 'center',
        stack: [
          { text: `${input.place}, ${formatDate(input.date)}` },
          { text: signatoryTitle(s), margin: [0, 0, 0, SIGNING_SPACE] },
          { text: s.name, bold: true, decoration: 'underline' },
          ...(s.pangkat ? [{ text: s.pangkat }] : []),
          { text: `NIP. ${formatNip(s.nip)}` },
        ],
      },
    ],
    margin: [0, 18, 0, 0],
  };
}

/** The last paragraph and the signature block kept together on one page (a signature never stands alone). */
export function closingWithSignature(lastParagraph: Content, input: SignatureInput): Content {
  return { stack: [lastParagraph, signatureBlock(input)], unbreakable: true };
}
