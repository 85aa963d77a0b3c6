/**
 * Numbers written out in Indonesian words ("terbilang"), as used in BAP dates and
 * amounts. Hand-written because the rules are small and fixed: "se-" replaces "satu"
 * before belas/puluh/ratus/ribu (but not juta/miliar), and 11-19 are "<n> belas".
 */
const UNITS = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'] as const;

/** Largest number with a name here: "sembilan ratus sembilan puluh sembilan miliar ...". */
export const TERBILANG_MAX = 999_999_999_999;

function unit(n: number): string {
  return UNITS[n] ?? '';
}

/** 1..999 in words; 0 gives an empty string so larger groups can skip it. */
function belowThousand(n: number): string {
  const words: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 1) words.push('seratus');
  else if (hundreds > 1) words.push(`${unit(hundreds)} ratus`);
  if (rest === 10) words.push('sepuluh');
  else if (rest === 11) words.push('sebelas');
  else if (rest > 11 && rest < 20) words.push(`${unit(rest - 10)} belas`);
  else if (rest >= 20) {
    words.push(`${unit(Math.floor(rest / 10))} puluh`);
    if (rest % 10 > 0) words.push(unit(rest % 10));
  } else if (rest > 0) words.push(unit(rest));
  return words.join(' ');
}

/** Writes an integer 0..999 999 999 999 in Indonesian words; throws RangeError outside. */
export function terbilang(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > TERBILANG_MAX) {
    throw new RangeError(`terbilang: ${n} is not an integer from 0 to ${TERBILANG_MAX}`);
  }
  if (n === 0) return UNITS[0];
  const billions = Math.floor(n / 1_000_000_000);
  const millions = Math.floor(n / 1_000_000) % 1000;
  const thousands = Math.floor(n / 1000) % 1000;
  const rest = n % 1000;
  const words: string[] = [];
  if (billions > 0) words.push(`${belowThousand(billions)} miliar`);
  if (millions > 0) words.push(`${belowThousand(millions)} juta`);
  if (thousands === 1) words.push('seribu');
  else if (thousands > 1) words.push(`${belowThousand(thousands)} ribu`);
  if (rest > 0) words.push(belowThousand(rest));
  return words.join(' ');
}
