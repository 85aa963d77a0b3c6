/**
 * Berita Acara Penyampaian Keputusan Hukuman Disiplin: the record that the SK reached the
 * employee (or was refused), dated the day of delivery. Its date starts the count of the
 * day the sanction takes effect, so it prints that day and the sanction's end.
 *
 * A refusal to receive is written down with its reason and counts as delivery on that
 * day (office setting `refusalCountsAsDelivery`, default on): the SK is then deemed received,
 * and its effect and appeal periods run from it.
 *
 * It is signed by the two people present at the handing over: the officer who delivered
 * ("Yang menyampaikan": name, jabatan, NIP as recorded with the delivery) and the person who
 * received it ("Yang menerima"), or the employee's refusal noted in that place. The official
 * who decided signs the SK itself; no form Sipena follows puts them on this record.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { dateInWords, formatDate } from '../../../../shared/indonesian/dates.ts';
import { terbilang } from '../../../../shared/indonesian/terbilang.ts';
import type { DeliveryInput, LetterMeta } from '../../../../shared/letters/inputs.ts';
import type { OfficeSettings } from '../../../../shared/letters/office-settings.ts';
import { PLAIN_LAYOUT, kvTable, paragraph, personBlock, refText, tembusan, titleBlock } from '../parts/blocks.ts';
import { letterDocument } from '../parts/document.ts';
import type { LetterAssets } from '../parts/document.ts';
import { letterhead } from '../parts/letterhead.ts';
import { formatNip } from '../../../../shared/nip.ts';
import { verificationMark } from '../parts/verification.ts';

export const DELIVERY_TITLE = 'BERITA ACARA PENYAMPAIAN KEPUTUSAN HUKUMAN DISIPLIN';

const METHOD_TEXT: Record<DeliveryInput['delivery']['method'], string> = {
  langsung: 'secara langsung',
  pos: 'melalui pos tercatat',
  kurir: 'melalui kurir',
  elektronik: 'secara elektronik',
};

/**
 * The two signatures side by side, row by row, so both names sit on one line however many
 * lines the officer's jabatan takes: the receiver (or the refusal noted in that place) left,
 * the delivering officer right.
 */
function signatures(input: DeliveryInput): Content {
  const by = input.deliveredBy;
  const refused = input.delivery.refused;
  const row = (left: Content, right: Content): TableCell[] => [{ stack: [left], alignment: 'center' } as TableCell, { stack: [right], alignment: 'center' } as TableCell];
  const body: TableCell[][] = [
    row({ text: refused ? 'Yang bersangkutan,' : 'Yang menerima,' }, { text: 'Yang menyampaikan,' }),
    row({ text: '' }, { text: by.jabatan }),
    row({ text: refused ? '(menolak menerima)' : '', italics: true, margin: [0, 24, 0, 0] }, { text: '', margin: [0, 40, 0, 0] }),
    row({ text: refused ? input.accused.name : (input.delivery.receivedBy ?? input.accused.name), bold: true, decoration: refused ? undefined : 'underline' }, { text: by.name, bold: true, decoration: 'underline' }),
    row({ text: '' }, { text: by.nip ? `NIP. ${formatNip(by.nip)}` : '' }),
  ];
  return { table: { widths: ['*', '*'], body }, layout: PLAIN_LAYOUT, margin: [0, 14, 0, 0] };
}

/** The delivering officer's identity: name, NIP (or "-" for a courier without one) and jabatan. */
function officerBlock(by: DeliveryInput['deliveredBy']): Content {
  const rows: [string, Content][] = [
    ['Nama', { text: by.name, bold: true }],
    ['NIP', { text: by.nip ? formatNip(by.nip) : '-' }],
    ['Jabatan', { text: by.jabatan }],
  ];
  return { stack: [kvTable(rows, 120, [0, 0, 0, 0])], margin: [24, 0, 0, 8], unbreakable: true };
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
      paragraph(`Pada hari ini ${dateInWords(d.deliveredOn)}, yang bertanda tangan di bawah ini:`),
      officerBlock(input.deliveredBy),
      paragraph(`telah menyampaikan ${METHOD_TEXT[d.method]} ${sk} kepada:`),
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
      // The QR beside the tembusan keeps the record on one page next to the two signatures.
      { columns: [{ width: '*', stack: [tembusan(office.tembusan.delivery)] }, { width: 'auto', stack: [verificationMark(meta.qr)] }], columnGap: 12 },
    ],
  });
}
