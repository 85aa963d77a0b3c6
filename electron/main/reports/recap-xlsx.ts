/**
 * A recap as an Excel workbook an official can keep working in: the pivot ("Rekap": counts
 * as numbers, an incident month as a real date, the header row and the first column frozen,
 * an autofilter over the rows but not the total row), the same counts one line per cell
 * ("Data", for Excel's own pivot tables) and what the recap covers ("Keterangan": the period
 * as dates, the filters, the definitions). Text a spreadsheet would run as a formula (an OPD
 * named "=...") is neutralised.
 */
import ExcelJS from 'exceljs';
import { translator } from '../../../shared/i18n/index.ts';
import { escapeSpreadsheetCell } from '../../../shared/spreadsheet-cell.ts';
import { RECAP_MEASURES } from '../../../shared/reports/recap.ts';
import type { RecapCounts, RecapHeading, RecapResult } from '../../../shared/reports/recap.ts';
import type { Language } from '../../../shared/i18n/languages.ts';

const isoToDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const measures = (c: RecapCounts) => RECAP_MEASURES.map((m) => c[m]);

/** A heading cell: a month is a date (first of the month), anything else neutralised text. */
function headingCell(r: RecapResult, h: RecapHeading, dim: 'rows' | 'columns'): string | Date {
  const isPeriod = (dim === 'rows' ? r.query.rows : r.query.columns) === 'period';
  return isPeriod ? isoToDate(`${h.key}-01`) : escapeSpreadsheetCell(h.label);
}

function frozen(book: ExcelJS.Workbook, name: string, xSplit = 0): ExcelJS.Worksheet {
  return book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit }] });
}

/** The recap as XLSX bytes. `now` is printed as the day it was made. */
export async function recapXlsx(r: RecapResult, language: Language, now: Date): Promise<Buffer> {
  const t = translator(language);
  const book = new ExcelJS.Workbook();
  book.creator = 'Sipena';
  book.created = now;
  const measureLabels = RECAP_MEASURES.map((m) => t(`recap.measures.${m}`));
  const twoWay = r.columns.length > 0;

  const pivot = frozen(book, 'Rekap', 1);
  const header = [r.rowsLabel, ...r.columns.map((c) => headingCell(r, c, 'columns')), ...measureLabels];
  pivot.addRow(header.map((h) => (typeof h === 'string' ? escapeSpreadsheetCell(h) : h)));
  r.rows.forEach((h, i) => pivot.addRow([headingCell(r, h, 'rows'), ...(twoWay ? r.cells[i]!.map((c) => c.accused) : []), ...measures(r.rowTotals[i]!)]));
  pivot.addRow([t('recap.total'), ...r.columnTotals.map((c) => c.accused), ...measures(r.total)]).font = { bold: true };
  pivot.getRow(1).font = { bold: true };
  pivot.getRow(1).alignment = { wrapText: true, vertical: 'top' };
  pivot.getColumn(1).width = r.query.rows === 'period' ? 14 : 44;
  if (r.query.rows === 'period') pivot.getColumn(1).numFmt = 'mmm yyyy';
  for (let c = 2; c <= header.length; c++) pivot.getColumn(c).width = 14;
  if (r.query.columns === 'period') r.columns.forEach((_, j) => (pivot.getCell(1, j + 2).numFmt = 'mmm yyyy'));
  pivot.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, r.rows.length + 1), column: header.length } };

  if (twoWay) {
    const data = frozen(book, 'Data');
    data.addRow([r.rowsLabel, r.columnsLabel ?? '', ...measureLabels].map(escapeSpreadsheetCell));
    r.rows.forEach((rh, i) =>
      r.columns.forEach((ch, j) => {
        const c = r.cells[i]![j]!;
        if (c.accused > 0) data.addRow([headingCell(r, rh, 'rows'), headingCell(r, ch, 'columns'), ...measures(c)]);
      }),
    );
    data.getRow(1).font = { bold: true };
    data.columns.forEach((col, i) => (col.width = i < 2 ? 36 : 14));
    if (r.query.rows === 'period') data.getColumn(1).numFmt = 'mmm yyyy';
    if (r.query.columns === 'period') data.getColumn(2).numFmt = 'mmm yyyy';
    data.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, data.rowCount), column: 2 + RECAP_MEASURES.length } };
  }

  const info = frozen(book, t('recap.sheetInfo'));
  const f = r.query.filters;
  info.addRow([t('recap.sheetInfo'), '']).font = { bold: true };
  const lines: [string, string | number | Date][] = [
    [t('recap.title'), r.columnsLabel ? t('recap.byTwo', { rows: r.rowsLabel, columns: r.columnsLabel }) : t('recap.by', { rows: r.rowsLabel })],
    [t('recap.from'), isoToDate(f.from)],
    [t('recap.to'), isoToDate(f.to)],
    ...r.filterLines.map((line): [string, string] => ['', line]),
    [t('recap.casesCount'), r.cases],
    [t('recap.measures.accused'), r.total.accused],
    ['', t('recap.definitions')],
    [t('recap.origin'), r.origin.instansiCode ? `${r.origin.officeName} (${t('recap.instansiCode')} ${r.origin.instansiCode})` : r.origin.officeName],
    [t('recap.madeOn'), now],
  ];
  for (const [k, v] of lines) info.addRow([escapeSpreadsheetCell(k), typeof v === 'string' ? escapeSpreadsheetCell(v) : v]);
  info.getColumn(1).width = 32;
  info.getColumn(2).width = 90;
  info.getColumn(2).alignment = { wrapText: true, vertical: 'top', horizontal: 'left' };
  info.eachRow((row) => row.eachCell((cell) => cell.value instanceof Date && (cell.numFmt = 'd mmmm yyyy')));
  return Buffer.from(await book.xlsx.writeBuffer());
}
