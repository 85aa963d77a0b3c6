/** What a file reader hands to the import: header texts and rows of raw cells, each with its line. */

/** A message key with parameters, translated when reported. */
export interface Issue {
  key: string;
  params?: Record<string, string | number>;
}

/**
 * A cell as the file holds it. Text stays text; an XLSX number is kept as a number so
 * the NIP check can tell a precision-losing numeric NIP from a typed one; an XLSX
 * formula is kept as its source text and never evaluated; an Excel error is flagged.
 */
export type RawCell = string | { kind: 'number'; value: number } | { kind: 'formula'; formula: string } | { kind: 'error'; code: string };

export interface RawRow {
  /** 1-based line (CSV: the physical line where the record starts; XLSX: the sheet row). */
  line: number;
  cells: RawCell[];
  /** A problem the parser found in this row (e.g. an unterminated quote). */
  issue?: Issue;
}

export interface RawTable {
  format: 'csv' | 'xlsx';
  encoding: string | null;
  headers: string[];
  headerLine: number;
  rows: RawRow[];
  warnings: Issue[];
}

/** A file the import cannot read at all: one clear message, nothing written. */
export class ImportFileError extends Error {
  readonly issue: Issue;
  constructor(key: string, params: Record<string, string | number> = {}) {
    super(key);
    this.issue = { key, params };
  }
}

/** More data rows than any regency register has: refused before anything is validated. */
export const MAX_IMPORT_ROWS = 200_000;
export const MAX_IMPORT_COLUMNS = 200;

/** Header texts compared loosely: "Unit Kerja", "UNIT_KERJA" and "unit kerja " are one header. */
export function headerKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The text of a cell for display (error reports, preview). */
export function cellText(cell: RawCell | undefined): string {
  if (cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (cell.kind === 'number') return String(cell.value);
  if (cell.kind === 'formula') return `=${cell.formula}`;
  return cell.code;
}

/**
 * Government sheets often open with a title row ("DAFTAR PEGAWAI ..."); the header is the
 * first of the first rows that names a NIP column, else the first of them with the most
 * filled cells (a title fills one).
 */
export function findHeaderRow(rows: RawRow[], isNipHeader: (text: string) => boolean): number {
  const limit = Math.min(rows.length, 10);
  let best = 0;
  let bestFilled = -1;
  for (let i = 0; i < limit; i++) {
    const cells = rows[i]!.cells;
    if (cells.some((c) => typeof c === 'string' && isNipHeader(c))) return i;
    const filled = cells.filter((c) => cellText(c).trim() !== '').length;
    if (filled > bestFilled) {
      best = i;
      bestFilled = filled;
    }
  }
  return best;
}
