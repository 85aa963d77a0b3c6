/**
 * Writes a list as XLSX or CSV. XLSX goes through exceljs's streaming writer into a temp
 * file, a row at a time, so 100,000 cases never sit in memory as a workbook: real dates
 * (date cells shown D-M-YYYY) and numbers, everything else as text, the header frozen with
 * an autofilter. CSV is UTF-8 with a BOM (Excel reads it as UTF-8), every field quoted.
 * Both neutralise text a spreadsheet would run as a formula.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { escapeSpreadsheetCell } from '../../../shared/spreadsheet-cell.ts';
import type { TableColumn, TableFormat } from '../../../shared/reports/table-export.ts';

function cellValue<Row>(c: TableColumn<Row>, row: Row): string | number | Date | null {
  const v = c.value(row);
  if (v === null || v === '') return null;
  if (c.kind === 'date' && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return new Date(`${v}T00:00:00Z`);
  if (c.kind === 'number' && typeof v === 'number') return v;
  return escapeSpreadsheetCell(String(v));
}

async function writeXlsx<Row>(sheetName: string, columns: TableColumn<Row>[], rows: Iterable<Row>): Promise<{ bytes: Buffer; count: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'sipena-export-'));
  const file = join(dir, 'export.xlsx');
  try {
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
    const sheet = book.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = columns.map((c, i) => ({ header: c.header, key: String(i), width: c.width ?? 18, style: c.kind === 'date' ? { numFmt: 'd-m-yyyy' } : c.kind === 'text' ? { numFmt: '@' } : {} }));
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    let count = 0;
    for (const row of rows) {
      sheet.addRow(columns.map((c) => cellValue(c, row))).commit();
      count++;
    }
    sheet.commit();
    await book.commit();
    return { bytes: readFileSync(file), count };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;

function writeCsv<Row>(columns: TableColumn<Row>[], rows: Iterable<Row>): { bytes: Buffer; count: number } {
  const lines = [columns.map((c) => quoted(c.header)).join(',')];
  let count = 0;
  for (const row of rows) {
    lines.push(columns.map((c) => quoted(escapeSpreadsheetCell(String(c.value(row) ?? '')))).join(','));
    count++;
  }
  return { bytes: Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8'), count };
}

/** The list as a file of the chosen format, and how many rows it holds. */
export async function writeTable<Row>(format: TableFormat, sheetName: string, columns: TableColumn<Row>[], rows: Iterable<Row>): Promise<{ bytes: Buffer; count: number }> {
  return format === 'xlsx' ? writeXlsx(sheetName, columns, rows) : writeCsv(columns, rows);
}
