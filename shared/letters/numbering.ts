/**
 * Letter numbers and the text the verification QR code carries. Numbers follow the
 * office's template per letter type (Tata Naskah Dinas: classification code / serial /
 * unit code / year); serials run per register and year, gap-free (electron/main/db/counters.ts).
 */
import { z } from 'zod';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'] as const;

/** Placeholders a template may use. */
export const NUMBER_PLACEHOLDERS = ['{seq}', '{seq3}', '{seq4}', '{year}', '{month}', '{romanMonth}'] as const;

/**
 * A numbering template: must hold a serial and the year (serials restart every year, so
 * without the year two letters would share a number). Only characters that read
 * unambiguously on paper and inside the QR text are allowed.
 */
export const numberTemplateSchema = z
  .string()
  .trim()
  .min(1, { error: 'validation.required' })
  .max(80, { error: 'validation.tooLong' })
  .refine((s) => /^[A-Za-z0-9./\-{} ]+$/.test(s), { error: 'letters.templateChars' })
  .refine((s) => /\{seq[34]?\}/.test(s), { error: 'letters.templateSeq' })
  .refine((s) => s.includes('{year}'), { error: 'letters.templateYear' })
  .refine((s) => (s.match(/\{[^}]*\}/g) ?? []).every((p) => (NUMBER_PLACEHOLDERS as readonly string[]).includes(p)), {
    error: 'letters.templatePlaceholder',
  });

/** Fills a template for a serial on an ISO date: ('800/{seq}/INSP/{year}', 12, '2024-11-04') -> '800/12/INSP/2024'. */
export function formatLetterNumber(template: string, seq: number, isoDate: string): string {
  const year = isoDate.slice(0, 4);
  const month = Number(isoDate.slice(5, 7));
  return template
    .replaceAll('{seq4}', String(seq).padStart(4, '0'))
    .replaceAll('{seq3}', String(seq).padStart(3, '0'))
    .replaceAll('{seq}', String(seq))
    .replaceAll('{year}', year)
    .replaceAll('{month}', String(month).padStart(2, '0'))
    .replaceAll('{romanMonth}', ROMAN[month - 1] ?? '');
}

/** Prefix of the QR text; the digit is the format version. */
export const QR_PREFIX = 'SIPENA1';

/** Hex characters of the content hash printed in the QR code and under it. */
export const QR_HASH_CHARS = 16;

export interface QrPayload {
  number: string;
  /** ISO date of the letter. */
  date: string;
  /** First QR_HASH_CHARS hex characters of the letter's content hash. */
  hashPrefix: string;
}

/** The QR text: 'SIPENA1|800/12/INSP/2024|2024-11-04|0123456789abcdef'. */
export function qrText(p: QrPayload): string {
  return [QR_PREFIX, p.number, p.date, p.hashPrefix].join('|');
}

/** Reads a QR text back; null when it is not one of ours. */
export function parseQrText(text: string): QrPayload | null {
  const parts = text.trim().split('|');
  if (parts.length !== 4 || parts[0] !== QR_PREFIX) return null;
  const [, number = '', date = '', hashPrefix = ''] = parts;
  if (number === '' || !/^\d{4}-\d{2}-\d{2}$/.test(date) || !new RegExp(`^[0-9a-f]{${QR_HASH_CHARS}}$`).test(hashPrefix)) return null;
  return { number, date, hashPrefix };
}
