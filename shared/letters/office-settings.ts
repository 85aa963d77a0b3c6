/**
 * Office settings that shape every letter: the letterhead (kop), paper and margins,
 * and who signs. Issue 5 edits them on a settings screen; the zod schema is the
 * contract for that screen and for whatever is stored, so new fields need a default
 * here and older stored settings keep parsing.
 */
import { z } from 'zod';
import { nipSchema, requiredText, text } from '../schemas/common.ts';

export const PAPER_SIZES = ['A4', 'F4'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** Acting/interim titles printed before the office title: Pelaksana tugas, Pelaksana harian, Penjabat. */
export const SIGNATORY_PREFIXES = ['', 'Plt.', 'Plh.', 'Pj.'] as const;
export type SignatoryPrefix = (typeof SIGNATORY_PREFIXES)[number];

export const signatorySchema = z.object({
  /** Office title as printed, e.g. 'INSPEKTUR KABUPATEN CONTOH'. */
  title: requiredText(160),
  prefix: z.enum(SIGNATORY_PREFIXES).default(''),
  name: requiredText(120),
  /** Rank line under the name, e.g. 'Pembina Utama Muda'. */
  pangkat: text(120).default(''),
  nip: nipSchema,
});
export type Signatory = z.infer<typeof signatorySchema>;

const marginMm = z.number().min(5).max(60);

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
  signatories: z.object({
    inspector: signatorySchema,
  }),
});
export type OfficeSettings = z.infer<typeof officeSettingsSchema>;
export type OfficeSettingsInput = z.input<typeof officeSettingsSchema>;

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
  },
};
