/**
 * Indonesian date writing for letters. Month and day names are fixed, so no locale
 * library (Intl data differs between Node and Electron builds; letters must not).
 * Inputs are ISO calendar dates (YYYY-MM-DD); weekdays are computed in UTC so the
 * machine's time zone can never shift a date by one day.
 */
import { terbilang } from './terbilang.ts';

export const MONTHS_ID = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

/** Indexed by Date.getUTCDay(): Sunday first. */
export const WEEKDAYS_ID = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;

interface DateParts {
  year: number;
  month: string;
  day: number;
  weekday: string;
}

function parseIsoDate(iso: string): DateParts {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const d = m ? new Date(`${iso}T00:00:00Z`) : null;
  if (!m || !d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) {
    throw new RangeError(`Not an ISO calendar date (YYYY-MM-DD): ${JSON.stringify(iso)}`);
  }
  return {
    year: d.getUTCFullYear(),
    month: MONTHS_ID[d.getUTCMonth()] ?? '',
    day: d.getUTCDate(),
    weekday: WEEKDAYS_ID[d.getUTCDay()] ?? '',
  };
}

/** '2024-11-04' -> '4 November 2024'. */
export function formatDate(iso: string): string {
  const p = parseIsoDate(iso);
  return `${p.day} ${p.month} ${p.year}`;
}

/** '2024-11-04' -> 'Senin, 4 November 2024'. */
export function formatDateLong(iso: string): string {
  const p = parseIsoDate(iso);
  return `${p.weekday}, ${p.day} ${p.month} ${p.year}`;
}

/** The weekday name of an ISO date: '2024-11-04' -> 'Senin'. */
export function weekdayName(iso: string): string {
  return parseIsoDate(iso).weekday;
}

/** For BAP openings ("Pada hari ini ..."): 'Senin tanggal empat bulan November tahun dua ribu dua puluh empat'. */
export function dateInWords(iso: string): string {
  const p = parseIsoDate(iso);
  return `${p.weekday} tanggal ${terbilang(p.day)} bulan ${p.month} tahun ${terbilang(p.year)}`;
}
