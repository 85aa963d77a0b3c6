/**
 * Golongan/ruang (grade) and pangkat (rank title). PNS grades run I/a to IV/e, each with
 * a fixed pangkat name (PP 99/2000); PPPK grades are Roman numerals I to XVII without a
 * letter (Perpres 98/2020). Files write them many ways: "III/a", "III a", "3/a", "IIIa".
 */
/** The PPPK grades (Perpres 98/2020), also the Roman numerals a PNS golongan starts with. */
export const PPPK_GRADES = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII'] as const;

/** Pangkat name of each PNS golongan. */
export const PANGKAT_BY_GOLONGAN: Readonly<Record<string, string>> = {
  'I/a': 'Juru Muda',
  'I/b': 'Juru Muda Tingkat I',
  'I/c': 'Juru',
  'I/d': 'Juru Tingkat I',
  'II/a': 'Pengatur Muda',
  'II/b': 'Pengatur Muda Tingkat I',
  'II/c': 'Pengatur',
  'II/d': 'Pengatur Tingkat I',
  'III/a': 'Penata Muda',
  'III/b': 'Penata Muda Tingkat I',
  'III/c': 'Penata',
  'III/d': 'Penata Tingkat I',
  'IV/a': 'Pembina',
  'IV/b': 'Pembina Tingkat I',
  'IV/c': 'Pembina Utama Muda',
  'IV/d': 'Pembina Utama Madya',
  'IV/e': 'Pembina Utama',
};

function romanOf(part: string): string | null {
  const upper = part.toUpperCase();
  if ((PPPK_GRADES as readonly string[]).includes(upper)) return upper;
  const n = Number(part);
  return Number.isInteger(n) && n >= 1 && n <= PPPK_GRADES.length ? PPPK_GRADES[n - 1]! : null;
}

/** The canonical golongan ("III/a", "IX"), '' for empty input, or null when it is not a grade. */
export function normalizeGolongan(raw: string): string | null {
  const s = raw.trim().replace(/^gol(?:ongan)?\.?\s*/i, '');
  if (s === '') return '';
  const m = /^([IVXivx]+|\d{1,2})\s*[/\-. ]?\s*([a-eA-E])?$/.exec(s);
  if (!m) return null;
  const roman = romanOf(m[1]!);
  if (!roman) return null;
  if (m[2] === undefined) return roman; // PPPK grade
  const pns = `${roman}/${m[2].toLowerCase()}`;
  return pns in PANGKAT_BY_GOLONGAN ? pns : null;
}

/** The pangkat name for a PNS golongan ("III/a" -> "Penata Muda"), or '' when there is none. */
export function pangkatForGolongan(golongan: string): string {
  return PANGKAT_BY_GOLONGAN[golongan] ?? '';
}

const TRAILING = /^(.*?)[\s,;(/-]*\(?\s*((?:IV|III|II|I)\s*[/\-. ]?\s*[a-eA-E])\s*\)?$/;
const LEADING = /^\(?\s*((?:IV|III|II|I)\s*[/\-.]\s*[a-eA-E])\s*\)?[\s,;/-]+(.+)$/;

/**
 * Splits a combined "Pangkat/Golongan" cell ("Penata Muda, III/a", "III/b - Penata Muda
 * Tingkat I", "III/c") into its parts. A cell with no recognisable grade is all pangkat.
 */
export function splitPangkatGolongan(cell: string): { pangkat: string; golongan: string } {
  const s = cell.trim();
  const whole = normalizeGolongan(s);
  if (whole) return { pangkat: pangkatForGolongan(whole), golongan: whole };
  const trailing = TRAILING.exec(s);
  if (trailing && trailing[1]!.trim() !== '') {
    const g = normalizeGolongan(trailing[2]!);
    if (g) return { pangkat: trailing[1]!.trim(), golongan: g };
  }
  const leading = LEADING.exec(s);
  if (leading) {
    const g = normalizeGolongan(leading[1]!);
    if (g) return { pangkat: leading[2]!.trim(), golongan: g };
  }
  return { pangkat: s, golongan: '' };
}

/**
 * Pangkat and golongan as one line for a letter's "Pangkat/Golongan" row: "Penata Muda
 * Tingkat I (III/b)". The registry keeps them apart (the import splits a combined cell),
 * so a letter that printed only the pangkat lost the grade. A pangkat that already names
 * its grade is printed as it is; a PNS grade alone gets its pangkat name; a PPPK grade
 * (no pangkat) reads "Golongan IX". '' when neither is known.
 */
export function pangkatGolonganText(pangkat: string | null | undefined, golongan: string | null | undefined): string {
  const p = (pangkat ?? '').trim();
  const g = (golongan ?? '').trim();
  if (!g) return p;
  if (p && splitPangkatGolongan(p).golongan !== '') return p;
  if (p) return `${p} (${g})`;
  const name = pangkatForGolongan(g);
  return name ? `${name} (${g})` : `Golongan ${g}`;
}
