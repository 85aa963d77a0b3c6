/**
 * Office settings that shape every letter: the letterhead (kop), paper and margins,
 * and who signs. The letter settings screen (Pengaturan Naskah) edits them; the zod schema is the
 * contract for that screen and for whatever is stored, so new fields need a default
 * here and older stored settings keep parsing.
 */
import { z } from 'zod';
import { nipSchema, requiredText, text } from '../schemas/common.ts';
import { NUMBERED_TYPES } from './letter-types.ts';
import type { NumberedType } from './letter-types.ts';
import { numberTemplateSchema } from './numbering.ts';
import { SIGNATORY_PREFIXES } from './signatory-prefix.ts';

export const PAPER_SIZES = ['A4', 'F4'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

export { SIGNATORY_PREFIXES } from './signatory-prefix.ts';
export type { SignatoryPrefix } from './signatory-prefix.ts';

export const signatorySchema = z.object({
  /** Office title as printed, e.g. 'INSPEKTUR KABUPATEN CONTOH'. */
  title: requiredText(160),
  prefix: z.enum(SIGNATORY_PREFIXES).default(''),
  name: requiredText(120),
  /** Rank line under the name, e.g. 'Pembina Utama Muda'. */
  pangkat: text(120).default(''),
  /** Empty for officials without one (a Bupati is not a civil servant). */
  nip: z.union([z.literal(''), nipSchema]).default(''),
});
export type Signatory = z.infer<typeof signatorySchema>;

const DEFAULT_APPOINTED = { title: 'INSPEKTUR KABUPATEN CONTOH', prefix: '' as const, name: 'NAMA INSPEKTUR CONTOH', pangkat: 'Pembina Utama Muda', nip: '197001012000031001' };

const marginMm = z.number().min(5).max(60);

/**
 * BKN's instansi code (kode instansi) of the regional government. The length SIASN uses
 * is not confirmed from a primary source (to verify), so the check is what any such code
 * is: digits only, 4 to 8 of them, no spaces or dots; '' while not entered.
 */
export const BKN_INSTANSI_CODE = /^[0-9]{4,8}$/;
export const bknInstansiCodeSchema = z
  .string()
  .trim()
  .refine((v) => v === '' || BKN_INSTANSI_CODE.test(v), { error: 'letters.bknInstansiCode' });

/** Fonts a letter may use: only embedded, licensed ones shipped in resources/fonts. */
export const LETTER_FONTS = ['LiberationSans'] as const;

/** The stored logo is named by its content hash; main alone resolves it to a file. */
export const LOGO_FILE_PATTERN = /^logo-[0-9a-f]{64}\.(png|jpg)$/;

const numberingSchema = z.object({
  template: numberTemplateSchema,
  /** Counter the serial is taken from; types sharing a register share one sequence. */
  register: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,30}$/, { error: 'letters.registerName' }),
});
export type Numbering = z.infer<typeof numberingSchema>;

/** Default templates per type (classification code / serial / unit / year); adjustable per office. */
export const DEFAULT_NUMBERING: Record<NumberedType, Numbering> = {
  receipt: { template: 'REG-TT/{seq}/INSP/{year}', register: 'receipt' },
  summons1: { template: '800/{seq}/SP-I/INSP/{year}', register: 'summons1' },
  summons2: { template: '800/{seq}/SP-II/INSP/{year}', register: 'summons2' },
  order: { template: '800/{seq}/SPT/INSP/{year}', register: 'order' },
  bap: { template: '800/{seq}/BAP/INSP/{year}', register: 'bap' },
  lhp: { template: '700/{seq}/LHP/INSP/{year}', register: 'lhp' },
  sk: { template: '800.1.6.4/{seq}/KEP/{year}', register: 'sk' },
  moral: { template: '800.1.6.4/{seq}/PSM/{year}', register: 'moral' },
  delivery: { template: '800.1.6.4/{seq}/BA-SK/{year}', register: 'delivery' },
  release: { template: '800.1.6.4/{seq}/PBS/{year}', register: 'release' },
  endnotice: { template: '800.1.6.4/{seq}/PBHD/INSP/{year}', register: 'endnotice' },
  followup: { template: '700/{seq}/LTL/INSP/{year}', register: 'followup' },
};

const tembusanList = z.array(requiredText(200)).max(12);

/** Default copy lists (tembusan) per type; "Arsip" last, as usual. */
export const DEFAULT_TEMBUSAN: Record<NumberedType, string[]> = {
  receipt: ['Arsip'],
  summons1: ['Bupati Contoh (sebagai laporan)', 'Kepala BKPSDM Kabupaten Contoh', 'Atasan langsung yang bersangkutan', 'Arsip'],
  summons2: ['Bupati Contoh (sebagai laporan)', 'Kepala BKPSDM Kabupaten Contoh', 'Atasan langsung yang bersangkutan', 'Arsip'],
  order: ['Bupati Contoh (sebagai laporan)', 'Kepala BKPSDM Kabupaten Contoh', 'Arsip'],
  bap: [],
  lhp: ['Bupati Contoh (sebagai laporan)', 'Arsip'],
  sk: ['Kepala Badan Kepegawaian Negara', 'Inspektur Kabupaten Contoh', 'Kepala BKPSDM Kabupaten Contoh', 'Atasan langsung yang bersangkutan', 'Arsip'],
  moral: ['Inspektur Kabupaten Contoh', 'Kepala BKPSDM Kabupaten Contoh', 'Arsip'],
  delivery: ['Inspektur Kabupaten Contoh', 'Kepala BKPSDM Kabupaten Contoh', 'Arsip'],
  release: ['Bupati Contoh (sebagai laporan)', 'Inspektur Kabupaten Contoh', 'Kepala BKPSDM Kabupaten Contoh', 'Yang bersangkutan', 'Arsip'],
  endnotice: ['Bupati Contoh (sebagai laporan)', 'Yang bersangkutan', 'Atasan langsung yang bersangkutan', 'Arsip'],
  followup: ['Bupati Contoh (sebagai laporan)', 'Kepala Badan Kepegawaian Negara', 'Kepala BKPSDM Kabupaten Contoh', 'Arsip'],
};

/** One entry per numbered type, each defaulted, so settings stored before a type existed keep parsing. */
function perType<T extends z.ZodType<object>>(schema: T, defaults: Record<NumberedType, z.output<T>>) {
  const shape = {} as { [K in NumberedType]: z.ZodDefault<T> };
  for (const t of NUMBERED_TYPES) shape[t] = schema.default(defaults[t] as never);
  return z.object(shape).default(defaults as never);
}

export const officeSettingsSchema = z.object({
  /** First kop line, e.g. 'PEMERINTAH KABUPATEN CONTOH'. */
  regencyName: requiredText(160),
  /** Second kop line, printed large and bold, e.g. 'INSPEKTORAT'. */
  officeName: requiredText(160),
  /** The office as named inside sentences, e.g. 'Inspektorat Kabupaten Contoh'. */
  officeFullName: requiredText(200),
  address: text(300).default(''),
  phone: text(60).default(''),
  email: text(120).default(''),
  website: text(120).default(''),
  /** Place in the "place, date" line above the signature, e.g. 'Contoh'. */
  city: requiredText(80),
  paper: z.enum(PAPER_SIZES).default('A4'),
  marginsMm: z
    .object({ top: marginMm, right: marginMm, bottom: marginMm, left: marginMm })
    .default({ top: 20, right: 20, bottom: 20, left: 30 }),
  fontSize: z.number().min(9).max(14).default(12),
  font: z.enum(LETTER_FONTS).default('LiberationSans'),
  /** Printed after hours in summons and BAP: the office's time zone. */
  timeZone: z.enum(['WIB', 'WITA', 'WIT']).default('WIB'),
  /** Stored logo ('logo-<sha256>.png'), '' for none; set only by the logo upload. */
  logoFile: z.union([z.literal(''), z.string().regex(LOGO_FILE_PATTERN)]).default(''),
  /** Who issues decisions, as printed: 'BUPATI CONTOH' ("KEPUTUSAN BUPATI CONTOH NOMOR ..."). */
  ppkTitle: requiredText(120).default('BUPATI CONTOH'),
  signatories: z.object({
    inspector: signatorySchema,
    /** The PPK / PyBM who signs decisions and moral-sanction statements. */
    ppk: signatorySchema.default({ title: 'BUPATI CONTOH', prefix: '', name: 'NAMA BUPATI CONTOH', pangkat: '', nip: '' }),
    /** The official the PPK appointed to form examination teams (signs the order when the case chooses so). */
    appointed: signatorySchema.default(DEFAULT_APPOINTED),
  }),
  /** The PPK's decree appointing that official, cited in the order it signs; empty = not appointed. */
  appointedBy: text(500).default(''),
  numbering: perType(numberingSchema, DEFAULT_NUMBERING),
  tembusan: perType(tembusanList, DEFAULT_TEMBUSAN),
  /**
   * A Plh or Plt may not take decisions that change an employee's status (demotion,
   * release from post, dismissal): to verify, so a setting; when on, the decision form warns.
   */
  standInLimit: z.boolean().default(true),
  /** Who the end-of-sanction notice is addressed to: the head of the personnel unit (BKPSDM), as printed after "Yth.". */
  personnelUnit: requiredText(200).default('Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Contoh'),
  /** The office's BKN instansi code: who a case bundle comes from at the province. '' until entered. */
  bknInstansiCode: bknInstansiCodeSchema.default(''),
});
export type OfficeSettings = z.infer<typeof officeSettingsSchema>;
export type OfficeSettingsInput = z.input<typeof officeSettingsSchema>;
/** What the settings channels answer: the settings and their version (0 while never saved), sent back as `expectedVersion`. */
export type OfficeSettingsView = OfficeSettings & { version: number };

/** Clearly fictional defaults ("Kabupaten Contoh") so nothing real is printed by accident. */
export const DEFAULT_OFFICE_SETTINGS: OfficeSettings = {
  regencyName: 'PEMERINTAH KABUPATEN CONTOH',
  officeName: 'INSPEKTORAT',
  officeFullName: 'Inspektorat Kabupaten Contoh',
  address: 'Jalan Contoh Nomor 1, Kota Contoh 00000',
  phone: '(0000) 000000',
  email: 'inspektorat@contoh.go.id',
  website: 'inspektorat.contoh.go.id',
  city: 'Contoh',
  paper: 'A4',
  marginsMm: { top: 20, right: 20, bottom: 20, left: 30 },
  fontSize: 12,
  signatories: {
    inspector: {
      title: 'INSPEKTUR KABUPATEN CONTOH',
      prefix: '',
      name: 'NAMA INSPEKTUR CONTOH',
      pangkat: 'Pembina Utama Muda',
      nip: '197001012000031001',
    },
    ppk: { title: 'BUPATI CONTOH', prefix: '', name: 'NAMA BUPATI CONTOH', pangkat: '', nip: '' },
    appointed: DEFAULT_APPOINTED,
  },
  appointedBy: '',
  font: 'LiberationSans',
  timeZone: 'WIB',
  logoFile: '',
  ppkTitle: 'BUPATI CONTOH',
  numbering: DEFAULT_NUMBERING,
  tembusan: DEFAULT_TEMBUSAN,
  standInLimit: true,
  personnelUnit: 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Contoh',
  bknInstansiCode: '',
};
