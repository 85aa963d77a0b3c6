/** A list screen's rows as a spreadsheet: what the clerk sees, one column per shown field. */
import { z } from 'zod';

export const TABLE_FORMATS = ['xlsx', 'csv'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

/** How a column's cells are written: text stays text (NIPs, numbers with leading zeros), dates are real dates. */
export type ColumnKind = 'text' | 'date' | 'number';
export interface TableColumn<Row> {
  header: string;
  kind: ColumnKind;
  width?: number;
  value: (row: Row) => string | number | null;
}

/** What an export answers: the file (base64, so it travels over Electron IPC and HTTP JSON alike) and its row count. */
export interface TableFile {
  fileName: string;
  fileBase64: string;
  rows: number;
}

export const tableFormatSchema = z.enum(TABLE_FORMATS).default('xlsx');
