/**
 * The legal basis each letter type cites ("Mengingat" on a decision, "Dasar" on an order):
 * an office setting with a complete default, edited per letter type and stored with a
 * version number. A letter copies the resolved list into its input, so an issued letter
 * keeps the list (and version) it was issued with whatever is edited later.
 *
 * Lembaran Negara numbers are printed only where they are known from the sources
 * (UU 20/2023: LN 2023 No. 141, TLN 6897; PP 94/2021: LN 2021 No. 202, TLN 6718); the
 * others are left out rather than guessed, and the settings screen says they are to verify.
 */
import { z } from 'zod';
import { requiredText, text } from '../schemas/common.ts';

/** Letter types that print a legal-basis list. */
export const LEGAL_BASIS_TYPES = ['sk', 'order', 'release'] as const;
export type LegalBasisType = (typeof LEGAL_BASIS_TYPES)[number];

/**
 * When an item applies: always; only for a PNS or a PPPK (PP 11/2017 vs PP 49/2018); only
 * when a moral sanction (PP 42/2004) goes with the case.
 */
export const LEGAL_BASIS_CONDITIONS = ['always', 'pns', 'pppk', 'moral'] as const;
export type LegalBasisCondition = (typeof LEGAL_BASIS_CONDITIONS)[number];

/** The regency's formation law is one office text, printed where the list says so. */
export const FORMATION_LAW = '{pembentukan}';

export const legalBasisItemSchema = z.object({
  /** The citation as printed, or FORMATION_LAW for the office's formation-law text. */
  text: requiredText(1000),
  when: z.enum(LEGAL_BASIS_CONDITIONS).default('always'),
});
export type LegalBasisItem = z.infer<typeof legalBasisItemSchema>;

const listSchema = z.array(legalBasisItemSchema).min(1, { error: 'mengingat.empty' }).max(30, { error: 'mengingat.tooMany' });

/** What the settings screen saves. */
export const legalBasisSaveSchema = z
  .object({
    /** E.g. 'Undang-Undang Nomor ... Tahun ... tentang Pembentukan Kabupaten ...' with its LN numbers. */
    formationLaw: text(1000).default(''),
    // Lists added later default to the shipped one, so settings saved before them keep parsing.
    lists: z.object({ sk: listSchema, order: listSchema, release: listSchema.default(() => RELEASE_DEFAULT) }).strict(),
  })
  .strict();
export type LegalBasisSave = z.infer<typeof legalBasisSaveSchema>;

/** As stored: the saved lists and their version (0 = the shipped default, never saved). */
export interface LegalBasisSettings extends LegalBasisSave {
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

const UU_23_2014 = 'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah beberapa kali diubah';
const UU_10_2016 =
  'Undang-Undang Nomor 10 Tahun 2016 tentang Perubahan Kedua atas Undang-Undang Nomor 1 Tahun 2015 tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 1 Tahun 2014 tentang Pemilihan Gubernur, Bupati, dan Walikota menjadi Undang-Undang';
const UU_20_2023 =
  'Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara (Lembaran Negara Republik Indonesia Tahun 2023 Nomor 141, Tambahan Lembaran Negara Republik Indonesia Nomor 6897)';
const PP_42_2004 = 'Peraturan Pemerintah Nomor 42 Tahun 2004 tentang Pembinaan Jiwa Korps dan Kode Etik Pegawai Negeri Sipil';
const PP_11_2017 =
  'Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020 tentang Perubahan atas Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil';
const PP_49_2018 = 'Peraturan Pemerintah Nomor 49 Tahun 2018 tentang Manajemen Pegawai Pemerintah dengan Perjanjian Kerja';
const PP_94_2021 =
  'Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil (Lembaran Negara Republik Indonesia Tahun 2021 Nomor 202, Tambahan Lembaran Negara Republik Indonesia Nomor 6718)';
const PERBKN_6_2022 =
  'Peraturan Badan Kepegawaian Negara Nomor 6 Tahun 2022 tentang Peraturan Pelaksanaan Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil';
const SKB_2022 =
  'Keputusan Bersama Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi, Menteri Dalam Negeri, Kepala Badan Kepegawaian Negara, Ketua Komisi Aparatur Sipil Negara, dan Ketua Badan Pengawas Pemilihan Umum Nomor 2 Tahun 2022, Nomor 800-5474 Tahun 2022, Nomor 246 Tahun 2022, Nomor 30 Tahun 2022, Nomor 1447.1/PM.01/K.1/09/2022 tentang Pedoman Pembinaan dan Pengawasan Netralitas Pegawai Aparatur Sipil Negara';

/** Mengingat of the release order (PP 94/2021 Pasal 31): the staffing laws and the discipline rules. */
const RELEASE_DEFAULT: LegalBasisItem[] = [
  { text: UU_20_2023, when: 'always' },
  { text: PP_11_2017, when: 'pns' },
  { text: PP_49_2018, when: 'pppk' },
  { text: PP_94_2021, when: 'always' },
  { text: PERBKN_6_2022, when: 'always' },
];

/**
 * The shipped lists, in the order regency decisions cite them (laws, then government
 * regulations by year, then the BKN regulation and the joint decree). UU 10/2016 (regional
 * elections) is in by default because the cases Sipena handles arise around Pilkada.
 */
export const DEFAULT_LEGAL_BASIS: LegalBasisSave = {
  formationLaw: '',
  lists: {
    sk: [
      { text: FORMATION_LAW, when: 'always' },
      { text: UU_23_2014, when: 'always' },
      { text: UU_10_2016, when: 'always' },
      { text: UU_20_2023, when: 'always' },
      { text: PP_42_2004, when: 'moral' },
      { text: PP_11_2017, when: 'pns' },
      { text: PP_49_2018, when: 'pppk' },
      { text: PP_94_2021, when: 'always' },
      { text: PERBKN_6_2022, when: 'always' },
      { text: SKB_2022, when: 'always' },
    ],
    order: [
      { text: UU_20_2023, when: 'always' },
      { text: PP_42_2004, when: 'moral' },
      { text: PP_49_2018, when: 'pppk' },
      { text: PP_94_2021, when: 'always' },
      { text: PERBKN_6_2022, when: 'always' },
      { text: SKB_2022, when: 'always' },
    ],
    release: RELEASE_DEFAULT,
  },
};

/** The facts of one letter that pick the conditional items. */
export interface LegalBasisFacts {
  /** Employment types of the people the letter concerns. */
  pns: boolean;
  pppk: boolean;
  /** A moral sanction (PP 42/2004) goes with the case. */
  moral: boolean;
}

/** A letter's resolved list: what it prints, and the settings version it came from. */
export interface ResolvedLegalBasis {
  version: number;
  items: string[];
}

/**
 * The items one letter prints, in order. The formation-law entry prints the office text and
 * is left out while that text is empty (the settings screen asks for it).
 */
export function resolveLegalBasis(settings: Pick<LegalBasisSettings, 'formationLaw' | 'lists' | 'version'>, type: LegalBasisType, facts: LegalBasisFacts): ResolvedLegalBasis {
  const items: string[] = [];
  for (const item of settings.lists[type]) {
    if (item.when !== 'always' && !facts[item.when]) continue;
    const t = item.text === FORMATION_LAW ? settings.formationLaw.trim() : item.text;
    if (t) items.push(t);
  }
  return { version: settings.version, items };
}
