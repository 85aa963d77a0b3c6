/**
 * Signers of a pact from a CSV/XLSX attendance list, found in the employee registry by NIP.
 * The file is read by the employee import's own reader (format told by its bytes, header row
 * found by the NIP column, encodings, XLSX cells) and the row report is the same: line,
 * column, reason, in the user's language. Other columns (name, unit) may be there and are
 * not used: the registry is what a signer is recorded from.
 */
import { translator } from '../../../shared/i18n/index.ts';
import { normalizePersonId } from '../../../shared/nip.ts';
import type { ImportRowError } from '../../../shared/employees/import-types.ts';
import type { Db } from '../db/connection.ts';
import { readTable } from '../employees/import/read-table.ts';
import { resolveMapping } from '../employees/import/mapping.ts';
import { cellText, ImportFileError } from '../employees/import/raw-table.ts';
import { describeRowIssues } from '../employees/import/import-report.ts';
import type { RowIssue } from '../employees/import/row-values.ts';
import { selectEmployeeValuesByNip } from '../employees/employee-queries.ts';
import type { SignerValues } from './pact-queries.ts';

const SCIENTIFIC = /^\d+(?:[.,]\d+)?e\+?\d+$/i;

export interface SignerPlan {
  rows: number;
  signers: SignerValues[];
  errors: ImportRowError[];
  rejected: number;
}

/** Reads the file and finds each row's employee; writes nothing. */
export async function planSignerImport(db: Db, bytes: Uint8Array, language: 'id' | 'en'): Promise<SignerPlan> {
  const t = translator(language);
  const table = await readTable(bytes);
  const { columns } = resolveMapping(table.headers);
  const nipCol = columns.nip;
  if (nipCol === null) throw new ImportFileError('importer.missingColumns', { columns: t('importer.field.nip'), found: table.headers.slice(0, 20).join(', ') });
  const header = table.headers[nipCol] ?? 'NIP';
  const registry = selectEmployeeValuesByNip(db);
  const issues: RowIssue[] = [];
  const signers: SignerValues[] = [];
  const firstLine = new Map<string, number>();
  const rejectedLines = new Set<number>();
  let rows = 0;
  for (const raw of table.rows) {
    if (raw.cells.every((c) => cellText(c).trim() === '')) continue;
    rows++;
    const problem = (key: string, params: Record<string, string | number> = {}) => {
      issues.push({ line: raw.line, column: header, key, params });
      rejectedLines.add(raw.line);
    };
    const cell = raw.cells[nipCol];
    if (cell !== undefined && typeof cell !== 'string') {
      if (cell.kind === 'formula') { problem('importer.formulaCell', { formula: cell.formula.slice(0, 40) }); continue; }
      if (cell.kind === 'error') { problem('importer.errorCell', { code: cell.code }); continue; }
      if (!(Number.isSafeInteger(cell.value) && Math.abs(cell.value) < 1e15)) { problem('importer.nipNumber', { value: String(cell.value) }); continue; }
    }
    const text = cellText(cell).replace(/[\u00A0\s]+/g, ' ').trim();
    const nip = normalizePersonId(text.replace(/^'/, ''));
    if (nip === '') { problem('validation.required'); continue; }
    if (SCIENTIFIC.test(nip)) { problem('importer.nipScientific', { value: text }); continue; }
    const seen = firstLine.get(nip);
    if (seen !== undefined) { problem('pacts.import.duplicate', { nip, line: seen }); continue; }
    firstLine.set(nip, raw.line);
    const employee = registry.get(nip);
    if (!employee) { problem('pacts.import.notInRegistry', { nip }); continue; }
    signers.push({ employeeId: employee.id, nip: employee.nip, name: employee.name, employmentType: employee.employmentType, opdId: employee.opdId });
  }
  return { rows, signers, errors: describeRowIssues(t, issues), rejected: rejectedLines.size };
}
