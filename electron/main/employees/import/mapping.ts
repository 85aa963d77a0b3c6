import type { ImportField, ImportMapping } from '../../../../shared/employees/import-types.ts';
import { IMPORT_FIELDS } from '../../../../shared/employees/import-types.ts';
import { headerKey } from './raw-table.ts';

/**
 * Header spellings seen in regency and BKN exports, compared by headerKey (lower case,
 * letters and digits only). Earlier entries win when a file has several candidates.
 */
const SYNONYMS: Record<ImportField, string[]> = {
  nip: ['nip', 'nipbaru', 'nip18', 'nomorindukpegawai', 'nipnik', 'nipnomoridentitas', 'nomoridentitas', 'nik', 'niptt', 'nrptt'],
  name: ['nama', 'namalengkap', 'namapegawai', 'namaasn', 'name', 'namagelar', 'namadengangelar'],
  employmentType: ['jeniskepegawaian', 'statuskepegawaian', 'jenispegawai', 'statuspegawai', 'status', 'jenisasn', 'statusasn', 'kedudukan', 'employmenttype'],
  pangkat: ['pangkatgolongan', 'pangkatgol', 'pangkatgolruang', 'pangkatgolonganruang', 'pangkat'],
  golongan: ['golongan', 'gol', 'golruang', 'golonganruang', 'golru'],
  jabatan: ['jabatan', 'namajabatan', 'jabatanterakhir', 'position'],
  unitKerja: ['unitkerja', 'subunitkerja', 'unitorganisasi', 'unit', 'bidang', 'bagian'],
  positionClass: ['kelasjabatan', 'jenisjabatan', 'tingkatjabatan', 'jenjangjabatan', 'eselon', 'positionclass'],
  siasnPersonId: ['idsiasn', 'idpnssiasn', 'pnsorangid', 'orangid', 'idorang', 'pnsid', 'idpns', 'siasnid', 'siasnpersonid'],
  opd: ['opd', 'perangkatdaerah', 'namaopd', 'skpd', 'namaskpd', 'instansi', 'unitkerjainduk', 'satuankerja', 'satker'],
};

const NIP_KEYS = new Set(SYNONYMS.nip);

/** True for a header that names the NIP column (used to find the header row). */
export function isNipHeader(text: string): boolean {
  return NIP_KEYS.has(headerKey(text));
}

/** Column index per field, or null when the file has no such column. */
export type ColumnMap = Record<ImportField, number | null>;

/**
 * Finds each field's column by its header; an explicit mapping (field -> header text,
 * '' for none) overrides the guess. Each column serves one field at most.
 */
export function resolveMapping(headers: string[], override: ImportMapping = {}): { columns: ColumnMap; unknownHeaders: string[] } {
  const keys = headers.map(headerKey);
  const columns = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, null])) as ColumnMap;
  const used = new Set<number>();
  const unknownHeaders: string[] = [];
  for (const field of IMPORT_FIELDS) {
    const wanted = override[field];
    if (wanted === undefined) continue;
    if (wanted === '') continue;
    let idx = headers.findIndex((h) => h === wanted);
    if (idx < 0) idx = keys.indexOf(headerKey(wanted));
    if (idx < 0) unknownHeaders.push(wanted);
    else {
      columns[field] = idx;
      used.add(idx);
    }
  }
  for (const field of IMPORT_FIELDS) {
    if (override[field] !== undefined) continue;
    for (const synonym of SYNONYMS[field]) {
      const idx = keys.findIndex((k, i) => k === synonym && !used.has(i));
      if (idx >= 0) {
        columns[field] = idx;
        used.add(idx);
        break;
      }
    }
  }
  return { columns, unknownHeaders };
}

/** True when the pangkat column also carries the golongan ("Pangkat/Golongan"). */
export function isCombinedPangkat(header: string | undefined): boolean {
  const k = headerKey(header ?? '');
  return k.startsWith('pangkat') && k.includes('gol');
}
