/**
 * Berita Acara Penyampaian Keputusan Hukuman Disiplin: the record that the SK reached the
 * employee (or was refused), dated the day of delivery. Its date starts the count of the
 * day the sanction takes effect, so it prints that day and the sanction's end.
 *
 * A refusal to receive is written down with its reason and counts as delivery on that
 * day: the SK is then deemed received, and its effect and appeal periods run from it.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { dateInWords, formatDate } from '../../../../shared/indonesian/dates.ts';
import { terbilang } from '../../../../shared/indonesian/terbilang.ts';
import type { DeliveryInput, LetterMeta } from '../../../../shared/letters/inputs.ts';
import type { OfficeSettings } from '../../../../shared/letters/office-settings.ts';
import { PLAIN_LAYOUT, paragraph, personBlock, refText, tembusan, titleBlock } from '../parts/blocks.ts';
import { letterDocument } from '../parts/document.ts';
import type { LetterAssets } from '../parts/document.ts';
import { letterhead } from '../parts/letterhead.ts';
import { signatoryLines, signatoryTitle } from '../parts/signature-block.ts';
import { verificationMark } from '../parts/verification.ts';

export const DELIVERY_TITLE = 'BERITA ACARA PENYAMPAIAN KEPUTUSAN HUKUMAN DISIPLIN';

const METHOD_TEXT: Record<DeliveryInput['delivery']['method'], string> = {
  langsung: 'secara langsung',
  pos: 'melalui pos tercatat',
  kurir: 'melalui kurir',
  elektronik: 'secara elektronik',
};

function signatures(input: DeliveryInput): Content {
  const receiver: Content[] = input.delivery.refused
    ? [{ text: 'Yang bersangkutan,' }, { text: '(menolak menerima)', italics: true, margin: [0, 44, 0, 0] }, { text: input.accused.name, bold: true }]
    : [{ text: 'Yang menerima,' }, { text: '', margin: [0, 0, 0, 58] }, { text: input.delivery.receivedBy ?? input.accused.name, bold: true, decoration: 'underline' }];
  const giver: Content[] = [{ text: 'Yang menyampaikan,' }, { text: signatoryTitle(input.deliverer), margin: [0, 0, 0, 58] }, ...signatoryLines(input.deliverer)];
  return {
    table: { widths: ['*', '*'], body: [[{ stack: receiver, alignment: 'center' } as TableCell, { stack: giver, alignment: 'center' } as TableCell]] },
    layout: PLAIN_LAYOUT,
    margin: [0, 14, 0, 0],
  };
}

/** The delivery record's document definition. */
export function deliveryLetter(input: DeliveryInput, office: OfficeSettings, meta: LetterMeta, assets: LetterAssets = {}): TDocumentDefinitions {
  const d = input.delivery;
  const n = input.effectiveAfterDays;
  const sk = `${input.sk.title} ${refText(input.sk)}`;
  const handed = d.refused
    ? paragraph(
        `Yang bersangkutan menolak menerima Keputusan tersebut dengan alasan: ${d.refusalReason ?? '-'}. ` +
          `Penolakan tersebut dicatat dalam berita acara ini, dan Keputusan dianggap telah diterima oleh yang bersangkutan pada tanggal ${formatDate(d.deliveredOn)}.`,
      )
    : paragraph(`Keputusan tersebut telah diterima${d.receivedBy ? ` oleh ${d.receivedBy}` : ''} pada tanggal ${formatDate(d.deliveredOn)}.`);
  const end = input.endDate ? ` sampai dengan tanggal ${formatDate(input.endDate)}` : '';
  return letterDocument(office, meta, {
    title: DELIVERY_TITLE,
    subject: `Berita acara penyampaian keputusan hukuman disiplin perkara ${input.registerNo}`,
    content: [
      letterhead(office, assets),
      titleBlock(DELIVERY_TITLE, meta.number, office.fontSize),
      paragraph(`Pada hari ini ${dateInWords(d.deliveredOn)}, telah disampaikan ${METHOD_TEXT[d.method]} ${sk} kepada:`),
      personBlock(input.accused),
      handed,
      paragraph(
        `Sesuai dengan Keputusan tersebut, hukuman disiplin mulai berlaku pada hari ke-${n} (${terbilang(n)}) terhitung sejak tanggal diterima, ` +
          `yaitu tanggal ${formatDate(input.effectiveDate)}${end}.`,
      ),
      {
        stack: [paragraph('Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.', [0, 0, 0, 0]), signatures(input)],
        unbreakable: true,
      },
      verificationMark(meta.qr),
      tembusan(office.tembusan.delivery),
    ],
  });
}
