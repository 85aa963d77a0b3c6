import { parseNip } from '../../../../shared/nip.ts';
import { personIdProblem } from '../../../../shared/employees/person-id.ts';
import { normalizePersonId } from '../../../../shared/nip.ts';
import { normalizeGolongan, pangkatForGolongan, splitPangkatGolongan } from '../../../../shared/employees/golongan.ts';
import type { ImportField } from '../../../../shared/employees/import-types.ts';
import { siasnPersonIdSchema } from '../../../../shared/employees/schemas.ts';
import { parsePositionClass } from '../../../../shared/employees/position-class.ts';
import type { PositionClass } from '../../../../shared/employees/position-class.ts';
import type { Issue, RawCell, RawRow } from './raw-table.ts';
import { cellText, headerKey } from './raw-table.ts';
import type { ColumnMap } from './mapping.ts';
import type { EmploymentType } from '../../../../shared/employees/employment-type.ts';

/** One valid row, ready to be compared with the registry. Empty optional fields are null. */
export interface ImportRow {
  line: number;
  nip: string;
  name: string;
  employmentType: EmploymentType;
  pangkat: string | null;
  golongan: string | null;
  jabatan: string | null;
  unitKerja: string | null;
  opdName: string | null;
  positionClass: PositionClass | null;
  siasnPersonId: string | null;
}

export interface RowIssue extends Issue {
  line: number;
  column: string;
}

/** Longest text per field, the same bounds as the employee form. */
const MAX_CHARS: Record<ImportField, number> = { nip: 40, name: 120, employmentType: 40, pangkat: 80, golongan: 20, jabatan: 160, unitKerja: 160, opd: 160, positionClass: 60, siasnPersonId: 64 };

const TYPE_WORDS: Record<string, EmploymentType> = {};
for (const w of ['pns', 'cpns', 'asnpns', 'pegawainegerisipil', 'calonpns']) TYPE_WORDS[w] = 'PNS';
for (const w of ['pppk', 'p3k', 'asnpppk', 'pppkparuhwaktu', 'pegawaipemerintahdenganperjanjiankerja']) TYPE_WORDS[w] = 'PPPK';
for (const w of ['nonasn', 'honorer', 'tenagahonorer', 'tk2d', 'thl', 'kontrak', 'tenagakontrak', 'ptt', 'nonpns', 'ppnpn', 'outsourcing']) {
  TYPE_WORDS[w] = 'NON_ASN';
}

/** "PNS", "P3K", "Honorer", "Non ASN" ... -> the stored type, or null when unknown. */
export function parseEmploymentType(text: string): EmploymentType | null {
  return TYPE_WORDS[headerKey(text)] ?? null;
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const SCIENTIFIC = /^\d+(?:[.,]\d+)?e\+?\d+$/i;

/** Reads all fields of one row; returns the row or the reasons it is rejected. */
export function readRow(raw: RawRow, columns: ColumnMap, headers: string[]): { row: ImportRow } | { issues: RowIssue[] } {
  const issues: RowIssue[] = [];
  const col = (field: ImportField) => headers[columns[field]!] ?? field;
  const problem = (field: ImportField, key: string, params: Record<string, string | number> = {}) =>
    issues.push({ line: raw.line, column: col(field), key, params });
  if (raw.issue) issues.push({ line: raw.line, column: '-', ...raw.issue });
  const extra = raw.cells.slice(headers.length).filter((c) => cellText(c).trim() !== '').length;
  if (extra > 0) issues.push({ line: raw.line, column: '-', key: 'importer.extraCells', params: { count: extra, headers: headers.length } });

  /** The cell of a field as trimmed text, or null after recording why it cannot be used. */
  const text = (field: ImportField): string | null => {
    const idx = columns[field];
    if (idx === null) return '';
    const cell: RawCell | undefined = raw.cells[idx];
    if (cell !== undefined && typeof cell !== 'string') {
      if (cell.kind === 'formula') return (problem(field, 'importer.formulaCell', { formula: cell.formula.slice(0, 40) }), null);
      if (cell.kind === 'error') return (problem(field, 'importer.errorCell', { code: cell.code }), null);
      if (field === 'nip' && !(Number.isSafeInteger(cell.value) && Math.abs(cell.value) < 1e15)) {
        return (problem(field, 'importer.nipNumber', { value: String(cell.value) }), null);
      }
    }
    const value = cellText(cell).replace(/[\u00A0\s]+/g, ' ').trim();
    if (value.length > MAX_CHARS[field]) return (problem(field, 'importer.tooLong', { length: value.length, max: MAX_CHARS[field] }), null);
    if (CONTROL.test(value)) return (problem(field, 'validation.controlChars'), null);
    return value;
  };

  const nipText = text('nip');
  const name = text('name');
  const typeText = text('employmentType');
  const pangkatText = text('pangkat');
  const golonganText = text('golongan');
  const jabatan = text('jabatan');
  const unitKerja = text('unitKerja');
  const opd = text('opd');
  const classText = text('positionClass');
  const siasnText = text('siasnPersonId');

  let nip = '';
  if (nipText !== null) {
    nip = normalizePersonId(nipText.replace(/^'/, ''));
    if (nip === '') problem('nip', 'validation.required');
    else if (SCIENTIFIC.test(nip)) problem('nip', 'importer.nipScientific', { value: nipText });
  }
  const nipUsable = nipText !== null && nip !== '' && !SCIENTIFIC.test(nip);
  if (name === '') problem('name', 'validation.required');

  let type: EmploymentType | null = null;
  if (typeText) {
    type = parseEmploymentType(typeText);
    if (!type) problem('employmentType', 'importer.typeUnknown', { value: typeText });
  } else if (typeText === '' && nipUsable) {
    // No type given: an ASN NIP tells it; anything else is reported as the NIP problem it is.
    const parsed = parseNip(nip);
    if (parsed.ok) type = parsed.info.kind;
    else problem('nip', 'importer.nipProblem', { reasonKey: parsed.problem, value: (nipText ?? '').slice(0, 40) });
  }
  if (type && nipUsable) {
    const p = personIdProblem(nip, type, { allowEmptyNonAsn: false, checkKind: true });
    if (p) problem('nip', 'importer.nipProblem', { reasonKey: p, value: (nipText ?? '').slice(0, 40) });
  }

  let pangkat = pangkatText ?? '';
  let golongan = '';
  if (golonganText) {
    const g = normalizeGolongan(golonganText);
    if (g === null) problem('golongan', 'importer.golonganInvalid', { value: golonganText });
    else golongan = g;
  }
  if (!golongan && pangkat && columns.pangkat !== null && headerKey(headers[columns.pangkat] ?? '').includes('gol')) {
    const split = splitPangkatGolongan(pangkat);
    pangkat = split.pangkat;
    golongan = split.golongan;
  }
  if (!pangkat && golongan && type === 'PNS') pangkat = pangkatForGolongan(golongan);
  let positionClass: PositionClass | null = null;
  if (classText) {
    const c = parsePositionClass(classText);
    if (c === null) problem('positionClass', 'importer.positionClassUnknown', { value: classText });
    else positionClass = c ?? null;
  }

  const siasnPersonId = siasnText ? siasnPersonIdSchema.safeParse(siasnText) : null;
  if (siasnPersonId && !siasnPersonId.success) problem('siasnPersonId', 'employee.siasnPersonIdInvalid', { value: siasnText ?? '' });

  if (issues.length > 0 || name === null || !type) return { issues };
  return {
    row: {
      line: raw.line,
      nip,
      name: name!,
      employmentType: type,
      pangkat: pangkat || null,
      golongan: golongan || null,
      jabatan: jabatan || null,
      unitKerja: unitKerja || null,
      opdName: opd || null,
      positionClass,
      siasnPersonId: siasnPersonId?.success ? siasnPersonId.data || null : null,
    },
  };
}
