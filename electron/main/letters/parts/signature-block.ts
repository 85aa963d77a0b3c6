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
  /** Replaces the "place, date" line, e.g. an SK's "Ditetapkan di ... pada tanggal ..." stack. */
  placeLine?: Content;
}

const BLOCK_WIDTH = 250;
const SIGNING_SPACE = 58;

/** The title line as printed: 'Plt. INSPEKTUR KABUPATEN CONTOH'. */
export function signatoryTitle(s: Signatory): string {
  const title = /[,.]$/.test(s.title) ? s.title : `${s.title},`;
  return s.prefix ? `${s.prefix} ${title}` : title;
}

/** Name, rank and NIP lines under the signing space (NIP left out for officials without one). */
export function signatoryLines(s: Signatory): Content[] {
  return [
    { text: s.name, bold: true, decoration: 'underline' },
    ...(s.pangkat ? [{ text: s.pangkat }] : []),
    ...(s.nip ? [{ text: `NIP. ${formatNip(s.nip)}` }] : []),
  ];
}

/** The right-aligned signature block; `left` (e.g. the verification QR) fills the space beside it. */
export function signatureBlock(input: SignatureInput, left?: Content): Content {
  const s = input.signatory;
  return {
    columns: [
      left ? { stack: [left], width: '*' } : { text: '', width: '*' },
      {
        width: BLOCK_WIDTH,
        alignment: 'center',
        stack: [
          input.placeLine ?? { text: `${input.place}, ${formatDate(input.date)}` },
          { text: signatoryTitle(s), margin: [0, 0, 0, SIGNING_SPACE] },
          ...signatoryLines(s),
        ],
      },
    ],
    margin: [0, 14, 0, 0],
  };
}

/** Closing blocks made by closingWithSignature, so the document can keep a short tembusan with them. */
export const closingBlocks = new WeakSet<object>();

/** The last paragraph and the signature block kept together on one page (a signature never stands alone). */
export function closingWithSignature(lastParagraph: Content, input: SignatureInput, left?: Content): Content {
  const block = { stack: [lastParagraph, signatureBlock(input, left)], unbreakable: true };
  closingBlocks.add(block);
  return block;
}
