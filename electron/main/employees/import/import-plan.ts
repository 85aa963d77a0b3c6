import type { Db } from '../../db/connection.ts';
import type { EmployeeValues } from '../employee-queries.ts';
import { EMPLOYEE_VALUE_FIELDS, selectEmployeeValuesByNip } from '../employee-queries.ts';
import { opdKey } from '../opd-service.ts';
import { selectOpdNaming } from '../opd-queries.ts';
import type { ImportCounts } from '../../../../shared/employees/import-types.ts';
import type { RawTable } from './raw-table.ts';
import type { ColumnMap } from './mapping.ts';
import type { ImportRow, RowIssue } from './row-values.ts';
import { readRow } from './row-values.ts';

export interface PlannedRow {
  line: number;
  status: 'create' | 'update' | 'unchanged';
  /** Registry id of the employee an update changes. */
  id: number | null;
  /** Stored values before (update) and after; opdId is null while `newOpd` is pending. */
  before: EmployeeValues | null;
  after: EmployeeValues;
  /** Key of an OPD the import will add (its id is known only when written). */
  newOpd: string | null;
  source: ImportRow;
}

export interface ImportPlan {
  rows: PlannedRow[];
  issues: RowIssue[];
  /** Rejected lines, in file order. */
  rejectedLines: number[];
  /** OPDs to add: key -> name as first spelled in the file. */
  newOpds: Map<string, string>;
  counts: ImportCounts;
}

function loadOpdIndex(db: Db): Map<string, number> {
  const index = new Map<string, number>();
  const rows = selectOpdNaming(db);
  // Names win over codes and short names when they collide.
  for (const r of rows) {
    if (r.shortName && !index.has(opdKey(r.shortName))) index.set(opdKey(r.shortName), r.id);
    if (r.code && !index.has(opdKey(r.code))) index.set(opdKey(r.code), r.id);
  }
  for (const r of rows) index.set(opdKey(r.name), r.id);
  return index;
}

/**
 * Reads every row, rejects the bad ones with their reasons, and decides for each good
 * one whether it creates, updates or leaves an employee. Empty cells never erase what
 * the registry already holds; the first row of an NIP wins over later duplicates.
 */
export function planImport(db: Db, table: RawTable, columns: ColumnMap): ImportPlan {
  const existing = selectEmployeeValuesByNip(db);
  const opdIndex = loadOpdIndex(db);
  const newOpds = new Map<string, string>();
  const firstLine = new Map<string, number>();
  const issues: RowIssue[] = [];
  const rejectedLines: number[] = [];
  const rows: PlannedRow[] = [];
  const counts: ImportCounts = { rows: table.rows.length, create: 0, update: 0, unchanged: 0, rejected: 0 };

  for (const raw of table.rows) {
    const read = readRow(raw, columns, table.headers);
    if ('issues' in read) {
      issues.push(...read.issues);
      rejectedLines.push(raw.line);
      continue;
    }
    const r = read.row;
    const seen = firstLine.get(r.nip);
    if (seen !== undefined) {
      issues.push({ line: r.line, column: table.headers[columns.nip!] ?? 'NIP', key: 'importer.duplicateInFile', params: { nip: r.nip, line: seen } });
      rejectedLines.push(r.line);
      continue;
    }
    firstLine.set(r.nip, r.line);

    let opdId: number | null = null;
    let newOpd: string | null = null;
    if (r.opdName) {
      const key = opdKey(r.opdName);
      opdId = opdIndex.get(key) ?? null;
      if (opdId === null) {
        newOpd = key;
        if (!newOpds.has(key)) newOpds.set(key, r.opdName);
      }
    }
    const incoming: EmployeeValues = {
      nip: r.nip,
      name: r.name,
      employmentType: r.employmentType,
      pangkat: r.pangkat,
      golongan: r.golongan,
      jabatan: r.jabatan,
      unitKerja: r.unitKerja,
      opdId,
      positionClass: r.positionClass,
      siasnPersonId: r.siasnPersonId,
    };
    const current = existing.get(r.nip);
    if (!current) {
      rows.push({ line: r.line, status: 'create', id: null, before: null, after: incoming, newOpd, source: r });
      counts.create++;
      continue;
    }
    const { id, ...before } = current;
    const after: EmployeeValues = { ...before };
    for (const field of EMPLOYEE_VALUE_FIELDS) {
      const v = incoming[field];
      if (v !== null && !(field === 'opdId' && newOpd)) (after as unknown as Record<string, unknown>)[field] = v;
    }
    if (newOpd) after.opdId = null;
    const changed = newOpd !== null || EMPLOYEE_VALUE_FIELDS.some((f) => after[f] !== before[f]);
    rows.push({ line: r.line, status: changed ? 'update' : 'unchanged', id, before, after, newOpd, source: r });
    if (changed) counts.update++;
    else counts.unchanged++;
  }
  counts.rejected = rejectedLines.length;
  return { rows, issues, rejectedLines, newOpds, counts };
}
