/**
 * Ringkasan Kasus: a one-page internal sheet for briefings (regional head, DPRD):
 * particulars, accused, violations, steps so far and letters issued. Long lists are cut
 * with "dan N lainnya" so it stays on one page; it carries no number and no signature.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { formatDate, formatDateLong } from '../../../../shared/indonesian/dates.ts';
import type { LetterMeta, SummaryInput } from '../../../../shared/letters/inputs.ts';
import type { OfficeSettings } from '../../../../shared/letters/office-settings.ts';
import { formatNip } from '../../../../shared/nip.ts';
import { dataTable, kvTable, orDash } from '../parts/blocks.ts';
import { letterDocument } from '../parts/document.ts';
import type { LetterAssets } from '../parts/document.ts';
import { letterhead } from '../parts/letterhead.ts';

const MAX_ROWS = { accused: 6, events: 8, letters: 8 } as const;

function capped<T>(items: T[], max: number, render: (item: T, i: number) => Content[], columns: number): Content[][] {
  const rows = items.slice(0, max).map(render);
  if (items.length > max) {
    const note: TableCell[] = [{ text: `... dan ${items.length - max} lainnya`, italics: true, colSpan: columns }];
    for (let i = 1; i < columns; i++) note.push('');
    rows.push(note as Content[]);
  }
  return rows;
}

function section(title: string): Content {
  return { text: title, bold: true, margin: [0, 6, 0, 3] };
}

/** The summary's document definition (meta.number is ignored: the sheet is not numbered). */
export function summaryLetter(input: SummaryInput, office: OfficeSettings, meta: LetterMeta, assets: LetterAssets = {}): TDocumentDefinitions {
  const small: OfficeSettings = { ...office, fontSize: Math.min(office.fontSize, 10) };
  const dd = letterDocument(small, { ...meta, number: 'summary' }, {
    title: 'RINGKASAN KASUS',
    subject: `Ringkasan kasus ${input.registerNo}`,
    marking: 'RAHASIA',
    content: [
      letterhead(small, assets),
      { text: 'RINGKASAN KASUS', bold: true, alignment: 'center', fontSize: 12, margin: [0, 0, 0, 2] },
      { text: `Per ${formatDateLong(meta.date)}`, alignment: 'center', margin: [0, 0, 0, 8] },
      kvTable(
        [
          ['Nomor Registrasi', { text: input.registerNo, bold: true }],
          ['Status', { text: input.status }],
          ['Sumber', { text: input.sourceRef ? `${input.sourceLabel} (${input.sourceRef})` : input.sourceLabel }],
          ['Diregistrasi', { text: formatDate(input.registeredAt) }],
          ['Tanggal / Tempat Kejadian', { text: `${formatDate(input.incidentDate)} / ${orDash(input.incidentPlace)}` }],
        ],
        130,
      ),
      section('Terlapor'),
      dataTable(
        ['No', 'Nama / NIP', 'Jabatan', 'Unit Kerja'],
        capped(input.accused, MAX_ROWS.accused, (a, i) => [`${i + 1}.`, { text: `${a.name}\n${a.nip ? formatNip(a.nip) : '-'}` }, orDash(a.jabatan), orDash(a.unitKerja)], 4),
        [20, '*', 110, 110],
      ),
      section('Dugaan Pelanggaran'),
      dataTable(
        ['No', 'Pelanggaran', 'Tingkat', 'Dasar'],
        input.violations.map((v, i): Content[] => [`${i + 1}.`, v.title, orDash(v.level ?? 'etik'), { text: v.legalBasis, fontSize: 8 }]),
        [20, '*', 50, 120],
      ),
      section('Tahapan'),
      dataTable(['Tanggal', 'Uraian'], capped(input.events, MAX_ROWS.events, (e) => [formatDate(e.date), e.text], 2), [90, '*']),
      section('Naskah Dinas'),
      input.letters.length === 0
        ? { text: 'Belum ada naskah dinas yang diterbitkan.', italics: true }
        : dataTable(
            ['Naskah', 'Nomor', 'Tanggal', 'Status'],
            capped(input.letters, MAX_ROWS.letters, (l) => [l.title, l.number, formatDate(l.date), l.status === 'void' ? 'Dibatalkan' : 'Terbit'], 4),
            ['*', 140, 80, 55],
          ),
    ],
  });
  // An internal sheet: no DRAFT watermark, no number.
  return dd;
}
