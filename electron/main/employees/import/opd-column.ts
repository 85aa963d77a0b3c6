import type { ImportMapping } from '../../../../shared/employees/import-types.ts';
import type { Issue, RawTable } from './raw-table.ts';
import { cellText, headerKey } from './raw-table.ts';
import type { ColumnMap } from './mapping.ts';

/**
 * How regency agencies (OPD) are named: "Dinas Pendidikan", "Badan Kepegawaian dan
 * Pengembangan SDM", "Sekretariat Daerah", "Kecamatan Sukamaju", "RSUD ...", or their usual
 * short forms. BKD/SIMPEG exports put exactly these names in a column titled "Unit Kerja"
 * (and the school or section in "Sub Unit Kerja"), so the column's content, not its title,
 * tells whether it holds the OPD.
 */
const OPD_NAME = /^(dinas|badan|sekretariat|inspektorat|kecamatan|kelurahan|kantor|satuan polisi|satpol|rsud|rumah sakit umum daerah|bappeda|bapenda|bkd|bkpsdm|bpbd|bpkad|bappelitbangda|setda|setwan|dprd|dinkes|disdik|dispenduk)\b/i;

/** Rows sampled: a register lists its OPDs many times over, the first rows show the pattern. */
const SAMPLE_ROWS = 500;

export function looksLikeOpdName(text: string, knownOpds: Set<string>): boolean {
  const t = text.trim();
  return OPD_NAME.test(t) || knownOpds.has(t.toLowerCase());
}

/** Share of the column's non-empty sampled cells that name an OPD (0 for an empty column). */
function opdShare(table: RawTable, idx: number, knownOpds: Set<string>): number {
  let filled = 0;
  let opd = 0;
  for (const row of table.rows.slice(0, SAMPLE_ROWS)) {
    const text = cellText(row.cells[idx]).trim();
    if (!text) continue;
    filled++;
    if (looksLikeOpdName(text, knownOpds)) opd++;
  }
  return filled === 0 ? 0 : opd / filled;
}

/**
 * When no column was taken as the OPD (and the user did not choose "not mapped" for it),
 * takes the one whose cells mostly name OPDs: "Unit Kerja" in a BKD/SIMPEG export. The
 * unit-kerja field then keeps a "Sub Unit Kerja" column if the file has one. Returns the
 * notes and warnings to show beside the preview: which column was suggested, or that no
 * column fills the OPD (every imported employee would be without one).
 */
export function suggestOpdColumn(table: RawTable, columns: ColumnMap, override: ImportMapping, knownOpdNames: string[]): Issue[] {
  if (columns.opd !== null) return [];
  if (override.opd === undefined) {
    const known = new Set(knownOpdNames.map((n) => n.trim().toLowerCase()));
    const taken = new Set(Object.values(columns).filter((c): c is number => c !== null));
    const candidates = table.headers
      .map((_, i) => i)
      .filter((i) => (!taken.has(i) || i === columns.unitKerja) && i !== columns.nip && i !== columns.name)
      .map((i) => ({ i, share: opdShare(table, i, known) }))
      .filter((c) => c.share >= 0.6)
      .sort((a, b) => b.share - a.share);
    const best = candidates[0];
    if (best) {
      columns.opd = best.i;
      if (columns.unitKerja === best.i) {
        columns.unitKerja = null;
        if (override.unitKerja === undefined) {
          const sub = table.headers.findIndex((h, i) => !taken.has(i) && ['subunitkerja', 'subunit', 'unitkerjasub', 'satuankerjasub'].includes(headerKey(h)));
          if (sub >= 0) columns.unitKerja = sub;
        }
      }
      return [{ key: 'importer.opdSuggested', params: { header: table.headers[best.i] ?? '' } }];
    }
  }
  if (table.rows.length === 0) return [];
  return [{ key: 'importer.opdUnmapped' }];
}
