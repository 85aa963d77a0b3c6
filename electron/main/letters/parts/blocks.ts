/**
 * Building blocks of naskah dinas shared by the letter types: borderless label/value
 * tables, the Nomor/Sifat/Lampiran/Hal block, the addressee, numbered paragraphs, the
 * tembusan list, identity blocks and tables that break across pages with their header.
 * User text only ever lands in `text` values here.
 */
import type { Content, Size, TableCell, TableLayout } from 'pdfmake/interfaces.js';
import { formatDate } from '../../../../shared/indonesian/dates.ts';
import type { LetterRef, PersonInput, ViolationInput } from '../../../../shared/letters/inputs.ts';
import { formatNip } from '../../../../shared/nip.ts';

/** No visible lines and no reserved border space (pdfmake keeps room for invisible borders). */
export const PLAIN_LAYOUT: TableLayout = {
  defaultBorder: false,
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 4,
  paddingTop: () => 0,
  paddingBottom: () => 1,
};

/** Thin grid for data tables (LHP findings, Q&A, registers). */
export const GRID_LAYOUT: TableLayout = {
  hLineWidth: () => 0.6,
  vLineWidth: () => 0.6,
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

/** Rows of 'label : value' without borders; `labelWidth` in points. */
export function kvTable(rows: [string, Content][], labelWidth = 130, margin: [number, number, number, number] = [0, 0, 0, 8]): Content {
  return {
    table: { widths: [labelWidth, 6, '*'], body: rows.map(([label, value]): TableCell[] => [{ text: label }, { text: ':' }, value as TableCell]) },
    layout: PLAIN_LAYOUT,
    margin,
  };
}

/** '-' for empty values so a blank never looks like a printing fault. */
export function orDash(v: string | null | undefined): string {
  return v && v.trim() !== '' ? v : '-';
}

/** The number as printed, or blanks to fill by hand on a draft. */
export function numberText(n: string | null): string {
  return n ?? '....../....../......';
}

/** Nomor / Sifat / Lampiran / Hal at the left under the kop. */
export function letterFields(number: string | null, sifat: string, lampiran: string, hal: string): Content {
  return kvTable(
    [
      ['Nomor', { text: numberText(number) }],
      ['Sifat', { text: sifat }],
      ['Lampiran', { text: lampiran }],
      ['Hal', { text: hal, bold: true }],
    ],
    60,
    [0, 0, 0, 12],
  );
}

/** "place, date" aligned right above the letter fields. */
export function placeAndDate(place: string, isoDate: string): Content {
  return { text: `${place}, ${formatDate(isoDate)}`, alignment: 'right', margin: [0, 0, 0, 8] };
}

/** "Yth. <to>" / "di" / place. */
export function addressee(to: string[], place: string): Content {
  return {
    stack: [
      { text: 'Yth.' },
      ...to.map((line): Content => ({ text: line, margin: [12, 0, 0, 0] })),
      { text: 'di', margin: [12, 0, 0, 0] },
      { text: place, margin: [36, 0, 0, 0] },
    ],
    margin: [0, 0, 0, 12],
  };
}

/** A centred title with the number below it ("SURAT PANGGILAN I" / "Nomor: ..."). */
export function titleBlock(title: string, number: string | null, fontSize: number, sub?: string): Content {
  return {
    stack: [
      { text: title, bold: true, decoration: 'underline', fontSize: fontSize + 1 },
      ...(sub ? [{ text: sub, bold: true }] : []),
      { text: `Nomor: ${numberText(number)}` },
    ],
    alignment: 'center',
    margin: [0, 0, 0, 14],
  };
}

export function paragraph(text: string, margin: [number, number, number, number] = [0, 0, 0, 8]): Content {
  return { text, alignment: 'justify', margin };
}

/** Identity lines of a person: Nama, NIP, Pangkat/Golongan, Jabatan, Unit Kerja. */
export function personRows(p: PersonInput): [string, Content][] {
  return [
    ['Nama', { text: p.name, bold: true }],
    ['NIP', { text: p.nip ? formatNip(p.nip) : '-' }],
    ['Pangkat/Golongan', { text: orDash(p.pangkat) }],
    ['Jabatan', { text: orDash(p.jabatan) }],
    ['Unit Kerja', { text: orDash(p.unitKerja) }],
  ];
}

/** A person's identity as an indented label/value block, never split across pages. */
export function personBlock(p: PersonInput, indent = 24): Content {
  return { stack: [kvTable(personRows(p), 120, [0, 0, 0, 0])], margin: [indent, 0, 0, 8], unbreakable: true };
}

/** "Nomor ... tanggal ..." for a referenced letter. */
export function refText(ref: LetterRef): string {
  return `Nomor ${ref.number} tanggal ${formatDate(ref.date)}`;
}

/**
 * A numbered list as a borderless table, marker cell then text cell. pdfmake's `ol`
 * writes each marker after its item's first line, so a PDF reader (and the issue-time
 * content check) reads a wrapped item as "first line 1. rest"; here it reads in order.
 */
export function numberedList(items: Content[], options: { alpha?: boolean; margin?: [number, number, number, number] } = {}): Content {
  const marker = (i: number) => (options.alpha ? `${String.fromCharCode(97 + (i % 26))}.` : `${i + 1}.`);
  return {
    table: { widths: [18, '*'], body: items.map((item, i): TableCell[] => [{ text: marker(i) }, item as TableCell]) },
    layout: PLAIN_LAYOUT,
    margin: options.margin ?? [0, 0, 0, 0],
  };
}

/** The alleged violations as "title (legal basis)" items. */
export function violationList(violations: ViolationInput[]): Content {
  const items = violations.map((v): Content => ({ text: [v.title, { text: ` (${v.legalBasis})`, italics: true }] }));
  return items.length === 1 ? { stack: items, margin: [24, 0, 0, 8] } : numberedList(items, { margin: [24, 0, 0, 8] });
}

/** Articles breached, joined for a sentence: 'PP 94/2021 Pasal 5 huruf n angka 4 dan ...'. */
export function articlesText(violations: ViolationInput[]): string {
  const unique = [...new Set(violations.map((v) => v.legalBasis).filter((s) => s !== ''))];
  if (unique.length <= 1) return unique[0] ?? 'ketentuan peraturan perundang-undangan';
  return `${unique.slice(0, -1).join('; ')} dan ${unique.at(-1)}`;
}

/** Short tembusan lists (kept whole), which the document keeps on the signature's page. */
export const shortTembusan = new WeakSet<object>();

/** "Tembusan:" and a numbered copy list; nothing when the list is empty. */
export function tembusan(list: readonly string[]): Content {
  if (list.length === 0) return '';
  const block = {
    stack: [{ text: 'Tembusan:', decoration: 'underline' }, { ol: list.map((t) => ({ text: t })), margin: [0, 2, 0, 0] }],
    fontSize: 9.5,
    lineHeight: 1.05,
    margin: [0, 10, 0, 0],
    unbreakable: list.length <= 8,
  } satisfies Content;
  if (block.unbreakable) shortTembusan.add(block);
  return block;
}

/**
 * A grid table whose header row repeats on every page. Rows are kept whole (pdfmake
 * `dontBreakRows`) unless `rowsMayBreak`: pdfmake silently leaves out an unbreakable
 * row taller than a page, so a table whose cells hold free text of any length (BAP
 * answers, LHP findings) must let its rows continue on the next page.
 */
export function dataTable(header: string[], rows: Content[][], widths: Size[], options: { rowsMayBreak?: boolean } = {}): Content {
  return {
    table: {
      headerRows: 1,
      dontBreakRows: !options.rowsMayBreak,
      widths,
      body: [header.map((h): TableCell => ({ text: h, bold: true, alignment: 'center', fillColor: '#eeeeee' })), ...(rows as TableCell[][])],
    },
    layout: GRID_LAYOUT,
    margin: [0, 0, 0, 10],
  };
}
