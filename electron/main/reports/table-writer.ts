/**
 * Writes a list as XLSX or CSV. XLSX goes through exceljs's streaming writer into a temp
 * file, a row at a time, so 100,000 cases never sit in memory as a workbook: real dates
 * (date cells shown D-M-YYYY) and numbers, everything else as text (a string cell is text to
 * Excel already), the header frozen with an autofilter. CSV is UTF-8 with a BOM (Excel reads it as UTF-8), every field quoted.
 * Both neutralise text a spreadsheet would run as a formula.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { escapeSpreadsheetCell } from '../../../shared/spreadsheet-cell.ts';
import type { TableColumn, TableFile, TableFormat } from '../../../shared/reports/table-export.ts';
import { localIsoDate } from '../../../shared/calendar/iso-day.ts';
import type { AppContext } from '../app-context.ts';

const DATE_STYLE: Partial<ExcelJS.Style> = { numFmt: 'd-m-yyyy' };
const PLAIN_STYLE: Partial<ExcelJS.Style> = {};

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
    sheet.columns = columns.map((c, i) => ({ header: c.header, key: String(i), width: c.width ?? 18 }));
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    let count = 0;
    for (const row of rows) {
      const added = sheet.addRow(columns.map((c) => cellValue(c, row)));
      // One style object per kind, shared by every cell: exceljs remembers a style by its
      // object, so a copy per cell (what a column style gives) is hashed again 800,000 times.
      columns.forEach((c, i) => (added.getCell(i + 1).style = c.kind === 'date' ? DATE_STYLE : PLAIN_STYLE));
      added.commit();
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
  // Rows are joined a batch at a time: one string per row kept until the end held 100,000
  // cases' text twice over (the lines and the joined file).
  const parts: Buffer[] = [Buffer.from(`\ufeff${columns.map((c) => quoted(c.header)).join(',')}\r\n`, 'utf8')];
  let batch: string[] = [];
  let count = 0;
  for (const row of rows) {
    batch.push(columns.map((c) => quoted(escapeSpreadsheetCell(String(c.value(row) ?? '')))).join(','));
    count++;
    if (batch.length === 1000) {
      parts.push(Buffer.from(`${batch.join('\r\n')}\r\n`, 'utf8'));
      batch = [];
    }
  }
  if (batch.length > 0) parts.push(Buffer.from(`${batch.join('\r\n')}\r\n`, 'utf8'));
  return { bytes: Buffer.concat(parts), count };
}

/** The list as a file of the chosen format, and how many rows it holds. */
export async function writeTable<Row>(format: TableFormat, sheetName: string, columns: TableColumn<Row>[], rows: Iterable<Row>): Promise<{ bytes: Buffer; count: number }> {
  return format === 'xlsx' ? writeXlsx(sheetName, columns, rows) : writeCsv(columns, rows);
}

/**
 * A list screen's export as the renderer receives it: the file named `<stem>-<today>.<format>`
 * with the sheet named in the user's language, and how many rows it holds.
 */
export async function exportTable<Row>(
  ctx: AppContext,
  p: { stem: string; sheet: { id: string; en: string }; columns: TableColumn<Row>[]; rows: Iterable<Row>; format: TableFormat },
): Promise<TableFile> {
  const { bytes, count } = await writeTable(p.format, p.sheet[ctx.language()], p.columns, p.rows);
  return { fileName: `${p.stem}-${localIsoDate(ctx.now())}.${p.format}`, fileBase64: bytes.toString('base64'), rows: count };
}

/** A word per code, translated once per distinct code: i18next's lookup per row cost a second on 100,000 cases. */
export function translatedOnce(translate: (code: string) => string): (code: string) => string {
  const words = new Map<string, string>();
  return (code) => {
    let word = words.get(code);
    if (word === undefined) words.set(code, (word = translate(code)));
    return word;
  };
}
