/**
 * The letter types Sipena prints. The strings are data (stored in issued_letters.type,
 * used by the CLI's --type and by numbering settings): never rename one.
 */
export const LETTER_TYPES = ['receipt', 'summons1', 'summons2', 'order', 'bap', 'lhp', 'sk', 'moral', 'summary', 'delivery', 'release', 'endnotice', 'followup'] as const;
export type LetterType = (typeof LETTER_TYPES)[number];

/** Types that are official letters with a register number; the summary is an internal sheet. */
export const NUMBERED_TYPES = ['receipt', 'summons1', 'summons2', 'order', 'bap', 'lhp', 'sk', 'moral', 'delivery', 'release', 'endnotice', 'followup'] as const satisfies readonly LetterType[];
export type NumberedType = (typeof NUMBERED_TYPES)[number];

/** Indonesian names as printed in registers and lists (letters are always Indonesian). */
export const LETTER_TITLES: Record<LetterType, string> = {
  receipt: 'Tanda Terima Laporan',
  summons1: 'Surat Panggilan I',
  summons2: 'Surat Panggilan II',
  order: 'Surat Perintah Pemeriksaan',
  bap: 'Berita Acara Pemeriksaan',
  lhp: 'Laporan Hasil Pemeriksaan',
  sk: 'Keputusan Hukuman Disiplin',
  moral: 'Pernyataan Sanksi Moral',
  summary: 'Ringkasan Kasus',
  delivery: 'Berita Acara Penyampaian Keputusan Hukuman Disiplin',
  release: 'Keputusan Pembebasan Sementara dari Tugas Jabatan',
  endnotice: 'Pemberitahuan Berakhirnya Hukuman Disiplin',
  followup: 'Laporan Tindak Lanjut Rekomendasi',
};

/** File-name stem per type: 'Surat-Panggilan-I'. */
export function letterFileStem(type: LetterType): string {
  return LETTER_TITLES[type].replace(/[^A-Za-z0-9]+/g, '-');
}

/** A download-safe file name from a type and a number or register: 'Surat-Panggilan-I-800-12-INSP-2024.pdf'. */
export function letterFileName(type: LetterType, ref: string): string {
  const safe = ref
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${letterFileStem(type)}${safe ? `-${safe}` : ''}.pdf`;
}

export function isLetterType(s: string): s is LetterType {
  return (LETTER_TYPES as readonly string[]).includes(s);
}

export function isNumberedType(t: LetterType): t is NumberedType {
  return (NUMBERED_TYPES as readonly string[]).includes(t);
}
