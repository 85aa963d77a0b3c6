/**
 * The verification mark beside the signature: on an issued letter a QR code carrying
 * number, date and content-hash prefix (shared/letters/numbering.ts) with the same text
 * under it for people without a scanner; on a draft a plain "DRAFT" notice instead.
 */
import type { Content } from 'pdfmake/interfaces.js';
import { parseQrText } from '../../../../shared/letters/numbering.ts';
import { qrImage } from './qr-image.ts';

const QR_SIZE = 78;

/** QR plus caption for an issued letter, or the draft notice. */
export function verificationMark(qr: string | null): Content {
  if (!qr) {
    return { text: 'DRAFT\nbelum bernomor dan belum sah', fontSize: 8, color: '#777777', margin: [0, 24, 0, 0] };
  }
  const p = parseQrText(qr);
  const code = qrImage(qr, QR_SIZE);
  return {
    stack: [
      // An image, not pdfmake's vector `qr` node: same modules, a fraction of the render time (qr-image.ts).
      { image: code.dataUrl, width: code.size, height: code.size },
      { text: `Verifikasi Sipena: ${p?.hashPrefix ?? ''}`, fontSize: 6.5, margin: [0, 3, 0, 0] },
    ],
    margin: [0, 10, 0, 0],
  };
}
