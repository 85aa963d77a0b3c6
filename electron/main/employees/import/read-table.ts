import type { Issue, RawTable } from './raw-table.ts';
import { cellText, findHeaderRow, ImportFileError } from './raw-table.ts';
import { decodeCsv, parseCsvText } from './read-csv.ts';
import { readXlsxRows } from './read-xlsx.ts';
import { isNipHeader } from './mapping.ts';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/**
 * Reads an employee file whatever its name says: the format is told by its first bytes
 * (an XLSX is a zip), so a renamed file is still read correctly or refused clearly.
 */
export async function readTable(bytes: Uint8Array, nipHeader?: string): Promise<RawTable> {
  if (bytes.length === 0) throw new ImportFileError('importer.empty');
  if (startsWith(bytes, OLE)) throw new ImportFileError('importer.xlsLegacy');
  const warnings: Issue[] = [];
  let format: RawTable['format'];
  let encoding: string | null = null;
  let rows;
  if (startsWith(bytes, ZIP)) {
    format = 'xlsx';
    rows = await readXlsxRows(bytes);
  } else {
    format = 'csv';
    const decoded = decodeCsv(bytes);
    encoding = decoded.encoding;
    if (decoded.transcoded) warnings.push({ key: 'importer.transcoded' });
    rows = parseCsvText(decoded.text);
  }
  if (rows.length === 0) throw new ImportFileError('importer.empty');
  const headerIdx = findHeaderRow(rows, (text) => isNipHeader(text) || (nipHeader !== undefined && nipHeader !== '' && text.trim() === nipHeader.trim()));
  const headerRow = rows[headerIdx]!;
  if (headerIdx + 1 >= rows.length) throw new ImportFileError('importer.empty');
  const headers = headerRow.cells.map((c, i) => cellText(c).trim() || `(${columnLetter(i)})`);
  return { format, encoding, headers, headerLine: headerRow.line, rows: rows.slice(headerIdx + 1), warnings };
}

/** Spreadsheet column letters: 0 -> A, 26 -> AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
