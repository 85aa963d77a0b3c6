/**
 * Tanda Terima Laporan: the one-page receipt given when a report is registered. It
 * names the case, the accused and the alleged violations, never the reporter (a public
 * complainant may be at risk) and not the chronology, which can identify the reporter.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { CaseDetail, CaseSource } from '../../../../shared/cases/schemas.ts';
import { formatDateLong } from '../../../../shared/indonesian/dates.ts';
import type { LetterMeta, ReceiptInput } from '../../../../shared/letters/inputs.ts';
import type { OfficeSettings } from '../../../../shared/letters/office-settings.ts';
import { formatNip } from '../../../../shared/nip.ts';
import { numberedList, titleBlock } from '../parts/blocks.ts';
import { letterDocument } from '../parts/document.ts';
import type { LetterAssets } from '../parts/document.ts';
import { letterhead } from '../parts/letterhead.ts';
import { closingWithSignature } from '../parts/signature-block.ts';
import { verificationMark } from '../parts/verification.ts';

// Letters are always in Indonesian whatever the UI language, so the labels live here
// rather than in the i18n layer.
const SOURCE_LABELS: Record<CaseSource, string> = {
  bawaslu: 'Bawaslu',
  bkn: 'BKN',
  public_complaint: 'Pengaduan masyarakat',
  own_finding: 'Temuan sendiri',
  dprd: 'Rujukan DPRD',
  media: 'Media / media sosial',
  kemenpanrb: 'KemenPANRB',
  other_agency: 'Instansi lain',
};

const TITLE = 'TANDA TERIMA LAPORAN';

// A table-built list, not pdfmake's `ol`: readers (and the issue-time content check) then
// read each item in one piece (parts/blocks.ts numberedList).
function numbered(items: Content[]): Content {
  return items.length === 1 ? (items[0] ?? '') : numberedList(items);
}

function accusedCell(c: CaseDetail): Content {
  return numbered(
    c.accused.map(
      (a): Content => ({
        stack: [{ text: a.name, bold: true }, ...(a.nip ? [{ text: `NIP. ${formatNip(a.nip)}` }] : [])],
      }),
    ),
  );
}

function violationsCell(c: CaseDetail): Content {
  return numbered(c.violations.map((v): Content => ({ text: v.title })));
}

function row(label: string, value: Content): TableCell[] {
  return [{ text: label }, { text: ':' }, value as TableCell];
}

function particulars(c: CaseDetail, receivedAt: string): Content {
  const rows: TableCell[][] = [
    row('Nomor Registrasi', { text: c.registerNo }),
    row('Tanggal Diterima', { text: formatDateLong(receivedAt) }),
    row('Sumber Laporan', { text: SOURCE_LABELS[c.source] }),
    ...(c.sourceRef ? [row('Nomor Referensi Sumber', { text: c.sourceRef })] : []),
    row('Terlapor', accusedCell(c)),
    row('Dugaan Pelanggaran', violationsCell(c)),
    row('Tanggal Kejadian', { text: formatDateLong(c.incidentDate) }),
    row('Tempat Kejadian', { text: c.incidentPlace || '-' }),
  ];
  return {
    table: { widths: [150, 6, '*'], body: rows },
    layout: {
      defaultBorder: false,
      // Zero-width lines too: pdfmake still reserves space for invisible borders.
      hLineWidth: () => 0,
      vLineWidth: () => 0,
      paddingLeft: () => 0,
      paddingRight: () => 4,
      paddingTop: () => 2,
      paddingBottom: () => 4,
    },
    margin: [0, 0, 0, 12],
  };
}

/**
 * The receipt's document definition, through the common letter builder: a draft is
 * unnumbered and watermarked DRAFT, an issued one carries its own number and QR. Its
 * date (meta.date) is the day the report was received, `input.receivedAt`.
 */
export function receiptLetter(input: ReceiptInput, office: OfficeSettings, meta: LetterMeta, assets: LetterAssets = {}): TDocumentDefinitions {
  const c = input.case;
  return letterDocument(office, meta, {
    title: TITLE,
    subject: `Tanda terima laporan ${c.registerNo}`,
    content: [
      letterhead(office, assets),
      titleBlock(TITLE, meta.number, office.fontSize),
      {
        text: [
          `${office.officeFullName} telah menerima dan mencatat laporan dugaan pelanggaran netralitas `,
          `Aparatur Sipil Negara pada hari ${formatDateLong(input.receivedAt)}, dengan keterangan sebagai berikut:`,
        ].join(''),
        alignment: 'justify',
        margin: [0, 0, 0, 10],
      },
      particulars(c, input.receivedAt),
      {
        text:
          'Laporan tersebut akan ditelaah dan ditindaklanjuti sesuai dengan ketentuan peraturan ' +
          'perundang-undangan. Identitas pelapor dijaga kerahasiaannya.',
        alignment: 'justify',
        margin: [0, 0, 0, 10],
      },
      closingWithSignature(
        { text: 'Demikian tanda terima ini dibuat untuk dipergunakan sebagaimana mestinya.', alignment: 'justify' },
        { place: office.city, date: meta.date, signatory: office.signatories.inspector },
        verificationMark(meta.qr),
      ),
    ],
  });
}
