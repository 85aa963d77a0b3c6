/**
 * BKN's SIASN keeps each civil servant's disciplinary record ("riwayat hukuman disiplin",
 * the `hukdis` record of SIASN's web service). Sipena does not talk to SIASN (offices are
 * often offline and its credentials belong to BKPSDM): it writes the record's fields as a
 * file the SIASN operator enters or uploads. SIASN takes every field as text, dates as
 * DD-MM-YYYY, and the type, reason, golongan and legal-status fields as its own reference
 * ids, which Sipena cannot know: the office maps its catalogue codes to them
 * (`SiasnMapping`), and a row whose mapping is missing is not exported but named.
 */
import { z } from 'zod';
import type { SanctionLevel } from '../examination/sanctions.ts';
import { isoDate } from '../schemas/common.ts';
import { expectedVersion } from '../records/versions.ts';

/**
 * The file's columns, in order: SIASN's field names, plus nip and nama for the operator, and
 * last the case's identity for exchange (`caseUuid`, `revision`: which case and which state
 * of it the row was taken from, the same as in the bundles sent to the province).
 */
export const SIASN_COLUMNS = [
  'nip',
  'nama',
  'pnsOrangId',
  'skNomor',
  'skTanggal',
  'hukumanTanggal',
  'akhirHukumanTanggal',
  'masaTahun',
  'masaBulan',
  'jenisHukumanId',
  'jenisTingkatHukumanId',
  'alasanHukumanDisiplinId',
  'nomorPp',
  'keterangan',
  'golonganId',
  'kedudukanHukumId',
  'skPembatalanNomor',
  'skPembatalanTanggal',
  'caseUuid',
  'revision',
] as const;
export type SiasnColumn = (typeof SIASN_COLUMNS)[number];
export type SiasnRow = Record<SiasnColumn, string>;

/** SIASN's level code: R(ingan), S(edang), B(erat). */
const LEVEL_CODE: Record<SanctionLevel, string> = { ringan: 'R', sedang: 'S', berat: 'B' };

const siasnId = z.string().trim().min(1).max(64);
/**
 * The office's table from Sipena's codes to SIASN reference ids: sanction catalogue code
 * -> jenisHukumanId, violation code -> alasanHukumanDisiplinId, golongan (III/b, IX) ->
 * golonganId, and the one kedudukanHukumId of an employee still in service.
 */
export const siasnMappingSchema = z
  .object({
    sanction: z.record(z.string().max(64), siasnId),
    reason: z.record(z.string().max(64), siasnId),
    golongan: z.record(z.string().max(16), siasnId),
    kedudukanHukum: siasnId.nullable(),
  })
  .strict();
export type SiasnMapping = z.infer<typeof siasnMappingSchema>;
/** `reports:saveSiasnMapping`: the whole table, with the version the form was loaded with (saved whole, a stale form would undo another's save). */
export const siasnMappingSaveSchema = siasnMappingSchema.extend({ expectedVersion }).strict();
/** The stored table with its version (0 while never saved). */
export interface SiasnMappingSaved {
  mapping: SiasnMapping;
  version: number;
}
export const EMPTY_SIASN_MAPPING: SiasnMapping = { sanction: {}, reason: {}, golongan: {}, kedudukanHukum: null };
export type SiasnMappingKind = 'sanction' | 'reason' | 'golongan' | 'kedudukanHukum';

/** The codes the mapping screen lists, each with the name a clerk knows it by. */
export type SiasnMappingKeys = Record<'sanction' | 'reason' | 'golongan', { code: string; label: string }[]>;

/** One decided disciplinary sanction, as the export reads it (the sanction in force after any appeal). */
export interface SiasnFacts {
  registerNo: string;
  caseUuid: string;
  revision: number;
  nip: string;
  name: string;
  /** SIASN's person id, when the registry has it (optional: the operator can find the person by NIP). */
  pnsOrangId: string | null;
  golongan: string | null;
  skNumber: string;
  skDate: string;
  /** Start and end of the sanction: known once the SK's delivery is recorded. */
  effectiveDate: string | null;
  endDate: string | null;
  sanctionCode: string;
  level: SanctionLevel;
  durationMonths: number | null;
  /** The case's violation codes, the first being the one reported as the reason. */
  violationCodes: string[];
  /** The regulation the sanction was imposed under, as SIASN's nomorPp ("94 Tahun 2021"). */
  regulationNumber: string;
  /** The decision on an appeal that annulled the SK. */
  annulment: { number: string; date: string } | null;
  /** Free text for SIASN's keterangan: the SK's subject and any appeal outcome. */
  note: string;
}

export type SiasnProblem = { key: 'siasn.notDelivered' } | { key: 'siasn.unmapped'; kind: SiasnMappingKind; code: string };

/** SIASN's date form: 2024-12-05 -> 05-12-2024. */
export function siasnDate(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}-${m}-${y}`;
}

/**
 * The row for one sanction, or every reason it cannot be exported yet (all of them, so
 * the office fixes them in one go).
 */
export function buildSiasnRow(f: SiasnFacts, mapping: SiasnMapping): { ok: true; row: SiasnRow } | { ok: false; problems: SiasnProblem[] } {
  const problems: SiasnProblem[] = [];
  if (!f.effectiveDate) problems.push({ key: 'siasn.notDelivered' });
  const jenis = mapping.sanction[f.sanctionCode];
  if (!jenis) problems.push({ key: 'siasn.unmapped', kind: 'sanction', code: f.sanctionCode });
  const reasonCode = f.violationCodes[0] ?? '';
  const alasan = mapping.reason[reasonCode];
  if (!alasan) problems.push({ key: 'siasn.unmapped', kind: 'reason', code: reasonCode || '-' });
  const golongan = f.golongan ? mapping.golongan[f.golongan] : undefined;
  if (f.golongan && !golongan) problems.push({ key: 'siasn.unmapped', kind: 'golongan', code: f.golongan });
  if (!mapping.kedudukanHukum) problems.push({ key: 'siasn.unmapped', kind: 'kedudukanHukum', code: 'aktif' });
  if (problems.length > 0) return { ok: false, problems };
  const months = f.durationMonths ?? 0;
  return {
    ok: true,
    row: {
      nip: f.nip,
      nama: f.name,
      pnsOrangId: f.pnsOrangId ?? '',
      skNomor: f.skNumber,
      skTanggal: siasnDate(f.skDate),
      hukumanTanggal: siasnDate(f.effectiveDate),
      akhirHukumanTanggal: siasnDate(f.endDate),
      masaTahun: String(Math.floor(months / 12)),
      masaBulan: String(months % 12),
      jenisHukumanId: jenis!,
      jenisTingkatHukumanId: LEVEL_CODE[f.level],
      alasanHukumanDisiplinId: alasan!,
      nomorPp: f.regulationNumber,
      keterangan: f.note,
      golonganId: golongan ?? '',
      kedudukanHukumId: mapping.kedudukanHukum!,
      skPembatalanNomor: f.annulment?.number ?? '',
      skPembatalanTanggal: siasnDate(f.annulment?.date ?? null),
      caseUuid: f.caseUuid,
      revision: String(f.revision),
    },
  };
}

/** What the export answers: the file, how many rows, and each sanction left out with why. */
export interface SiasnExportResult {
  fileName: string;
  /** Base64 so the same envelope travels over Electron IPC and HTTP JSON. */
  fileBase64: string;
  exported: number;
  skipped: { registerNo: string; nip: string; name: string; reason: string }[];
}

export const siasnExportSchema = z
  .object({
    from: isoDate,
    to: isoDate,
    format: z.enum(['csv', 'xlsx']).default('xlsx'),
    /** The province's option: also the SKs of cases received from other offices. */
    includeReceived: z.boolean().default(false),
  })
  .strict()
  .refine((v) => v.from <= v.to, { error: 'siasn.periodOrder', path: ['to'] });
