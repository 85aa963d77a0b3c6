/**
 * Tanda Terima Laporan: the one-page receipt given when a report is registered. It
 * names the case, the accused and the alleged violations, never the reporter (a public
 * complainant may be at risk) and not the chronology, which can identify the reporter.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { CaseDetail, CaseSource } from '../../../../shared/cases/schemas.ts';
import { formatDateLong } from '../../../../shared/indonesian/dates.ts';
import type { OfficeSettings } from '../../../../shared/letters/office-settings.ts';
import { formatNip } from '../../../../shared/nip.ts';
import { letterhead } from '../parts/letterhead.ts';
import type { LetterheadOptions } from '../parts/letterhead.ts';
import { pageSetup } from '../parts/page-setup.ts';
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
};

const TITLE = 'TANDA TERIMA LAPORAN';

function numbered(items: Content[]): Content {
  return items.length === 1 ? (items[0] ?? '') : { ol: items, margin: [0, 0, 0, 0] };
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

/** An issued receipt's own register number and verification QR text. */
export interface ReceiptIssue {
  number: string;
  qr: string;
}

/**
 * The receipt's document definition; `receivedAt` is the ISO date the report was received.
 * A draft is numbered with the case register number; an issued one with its own number and QR.
 */
export function receiptLetter(
  c: CaseDetail,
  office: OfficeSettings,
  receivedAt: string,
  options: LetterheadOptions = {},
  issue?: ReceiptIssue,
): TDocumentDefinitions {
  const received = formatDateLong(receivedAt);
  return {
    ...pageSetup(office),
    info: {
      title: `${TITLE} ${c.registerNo}`,
      subject: `Tanda terima laporan ${c.registerNo}`,
      // The letter's own date, not the clock: reprints must be byte-identical.
      creationDate: new Date(`${receivedAt}T00:00:00Z`),
    },
    content: [
      letterhead(office, options),
      { text: TITLE, bold: true, decoration: 'underline', alignment: 'center', fontSize: office.fontSize + 1 },
      { text: `Nomor: ${issue?.number ?? c.registerNo}`, alignment: 'center', margin: [0, 2, 0, 18] },
      {
        text: [
          `${office.officeFullName} telah menerima dan mencatat laporan dugaan pelanggaran netralitas `,
          `Aparatur Sipil Negara pada hari ${received}, dengan keterangan sebagai berikut:`,
        ].join(''),
        alignment: 'justify',
        margin: [0, 0, 0, 10],
      },
      particulars(c, receivedAt),
      {
        text:
          'Laporan tersebut akan ditelaah dan ditindaklanjuti sesuai dengan ketentuan peraturan ' +
          'perundang-undangan. Identitas pelapor dijaga kerahasiaannya.',
        alignment: 'justify',
        margin: [0, 0, 0, 10],
      },
      closingWithSignature(
        { text: 'Demikian tanda terima ini dibuat untuk dipergunakan sebagaimana mestinya.', alignment: 'justify' },
        { place: office.city, date: receivedAt, signatory: office.signatories.inspector },
        issue ? verificationMark(issue.qr) : undefined,
      ),
    ],
  };
}

/** A download-safe file name: 'REG/0001/INSP/2026' -> 'Tanda-Terima-REG-0001-INSP-2026.pdf'. */
export function receiptFileName(c: Pick<CaseDetail, 'registerNo'>): string {
  const safe = c.registerNo
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `Tanda-Terima-${safe || 'Laporan'}.pdf`;
}
