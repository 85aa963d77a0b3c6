/**
 * The accused's position class: it decides who may impose a sanction (PP 94/2021 Bab III).
 * Structural posts rank JPT Pratama > Administrator > Pengawas > Pelaksana; functional
 * officials (JF) are ranked by grade, and "Terampil" covers the skill grades below Ahli
 * (Pemula, Terampil, Mahir, Penyelia). PPPK follow the PNS discipline rules
 * (PP 49/2018 Pasal 52 ayat (3)) and are one class of their own.
 */
export const POSITION_CLASSES = [
  'jpt_pratama',
  'administrator',
  'pengawas',
  'pelaksana',
  'jf_ahli_utama',
  'jf_ahli_madya',
  'jf_ahli_muda',
  'jf_ahli_pertama',
  'jf_terampil',
  'pppk',
] as const;
export type PositionClass = (typeof POSITION_CLASSES)[number];

/** Printed names, as an import file or a clerk writes them (Indonesian). */
export const POSITION_CLASS_LABELS: Record<PositionClass, string> = {
  jpt_pratama: 'JPT Pratama',
  administrator: 'Administrator',
  pengawas: 'Pengawas',
  pelaksana: 'Pelaksana',
  jf_ahli_utama: 'JF Ahli Utama',
  jf_ahli_madya: 'JF Ahli Madya',
  jf_ahli_muda: 'JF Ahli Muda',
  jf_ahli_pertama: 'JF Ahli Pertama',
  jf_terampil: 'JF Terampil ke bawah',
  pppk: 'PPPK',
};

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** Spellings accepted in import files, after lower-casing and squashing punctuation. */
const ALIASES: [RegExp, PositionClass][] = [
  [/^(jpt )?pratama$|^jabatan pimpinan tinggi pratama$|^eselon ii( b| a)?$/, 'jpt_pratama'],
  [/^(jabatan )?administrator$|^eselon iii( a| b)?$/, 'administrator'],
  [/^(jabatan )?pengawas$|^eselon iv( a| b)?$/, 'pengawas'],
  [/^(jabatan )?pelaksana$|^jfu$|^staf$/, 'pelaksana'],
  [/^(jf |jabatan fungsional )?(ahli )?utama$/, 'jf_ahli_utama'],
  [/^(jf |jabatan fungsional )?(ahli )?madya$/, 'jf_ahli_madya'],
  [/^(jf |jabatan fungsional )?(ahli )?muda$/, 'jf_ahli_muda'],
  [/^(jf |jabatan fungsional )?(ahli )?pertama$/, 'jf_ahli_pertama'],
  [/^(jf |jabatan fungsional )?(terampil|pemula|mahir|penyelia)( ke bawah)?$/, 'jf_terampil'],
  [/^pppk$|^p3k$/, 'pppk'],
];

/** A position class from an import cell or a typed value; null when not recognised ('' is undefined). */
export function parsePositionClass(raw: string): PositionClass | null | undefined {
  const s = squash(raw);
  if (s === '') return undefined;
  const exact = POSITION_CLASSES.find((c) => c === raw.trim() || squash(POSITION_CLASS_LABELS[c]) === s);
  if (exact) return exact;
  return ALIASES.find(([re]) => re.test(s))?.[1] ?? null;
}
