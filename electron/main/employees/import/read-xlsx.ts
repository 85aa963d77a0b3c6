import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { RawCell, RawRow } from './raw-table.ts';
import { ImportFileError, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS } from './raw-table.ts';
import { checkZipLimits } from './zip-limits.ts';

/** Converts one exceljs cell value to a raw cell; formulas keep their source and are never run. */
export function toRawCell(value: unknown): RawCell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text?: string }[]; formula?: string; sharedFormula?: string; error?: string; text?: unknown };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text ?? '').join('');
    if (typeof v.formula === 'string' || typeof v.sharedFormula === 'string') return { kind: 'formula', formula: v.formula ?? v.sharedFormula ?? '' };
    if (typeof v.error === 'string') return { kind: 'error', code: v.error };
    if (v.text !== undefined) return toRawCell(v.text);
  }
  return String(value);
}

/**
 * Reads the first worksheet of an XLSX with exceljs's streaming reader (rows are parsed
 * as the zip is inflated, so a 50,000-row sheet never sits in memory as a workbook).
 */
export async function readXlsxRows(bytes: Uint8Array): Promise<RawRow[]> {
  checkZipLimits(bytes);
  const rows: RawRow[] = [];
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]), {
      worksheets: 'emit',
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'ignore',
      entries: 'ignore',
    });
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = row.values as unknown[];
        const cells: RawCell[] = [];
        const width = Math.min(values.length - 1, MAX_IMPORT_COLUMNS);
        for (let c = 1; c <= width; c++) cells.push(toRawCell(values[c]));
        if (cells.every((cell) => typeof cell === 'string' && cell.trim() === '')) continue;
        if (rows.length > MAX_IMPORT_ROWS) throw new ImportFileError('importer.tooManyRows', { max: MAX_IMPORT_ROWS });
        rows.push({ line: row.number, cells });
      }
      break; // only the first worksheet is the register
    }
  } catch (e) {
    if (e instanceof ImportFileError) throw e;
    throw new ImportFileError('importer.xlsxUnreadable');
  }
  return rows;
}
