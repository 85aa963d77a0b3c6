import { afterEach, describe, expect, it } from 'vitest';
import { dateInWords, formatDate, formatDateLong, weekdayName } from '../../shared/indonesian/dates.ts';

describe('Indonesian dates', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it.each([
    ['2024-11-04', 'Senin, 4 November 2024'],
    ['2024-11-27', 'Rabu, 27 November 2024'],
    ['2024-01-01', 'Senin, 1 Januari 2024'],
    ['2024-02-29', 'Kamis, 29 Februari 2024'],
    ['2024-08-17', 'Sabtu, 17 Agustus 2024'],
    ['2026-03-01', 'Minggu, 1 Maret 2026'],
    ['2025-12-31', 'Rabu, 31 Desember 2025'],
    ['2025-05-02', 'Jumat, 2 Mei 2025'],
    ['2025-06-03', 'Selasa, 3 Juni 2025'],
    ['2025-07-10', 'Kamis, 10 Juli 2025'],
    ['2025-10-11', 'Sabtu, 11 Oktober 2025'],
    ['2025-04-09', 'Rabu, 9 April 2025'],
    ['2025-09-15', 'Senin, 15 September 2025'],
  ])('formatDateLong(%s) = %s', (iso, expected) => {
    expect(formatDateLong(iso)).toBe(expected);
  });

  it('formatDate omits the weekday and leading zeros', () => {
    expect(formatDate('2024-11-04')).toBe('4 November 2024');
    expect(formatDate('2024-03-09')).toBe('9 Maret 2024');
  });

  it('writes a date in words for BAP openings', () => {
    expect(dateInWords('2024-11-04')).toBe('Senin tanggal empat bulan November tahun dua ribu dua puluh empat');
    expect(dateInWords('2025-12-31')).toBe('Rabu tanggal tiga puluh satu bulan Desember tahun dua ribu dua puluh lima');
    expect(dateInWords('2024-10-11')).toBe('Jumat tanggal sebelas bulan Oktober tahun dua ribu dua puluh empat');
    expect(dateInWords('2024-10-01')).toBe('Selasa tanggal satu bulan Oktober tahun dua ribu dua puluh empat');
  });

  it('does not shift the weekday with the machine time zone', () => {
    for (const tz of ['Asia/Jakarta', 'Asia/Jayapura', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      process.env.TZ = tz;
      expect(formatDateLong('2024-11-04')).toBe('Senin, 4 November 2024');
      expect(weekdayName('2024-11-03')).toBe('Minggu');
    }
  });

  it.each(['2024-02-30', '2024-13-01', '04-11-2024', '2024-11-04T10:00:00Z', '', '2024-1-4'])(
    'refuses %j',
    (bad) => {
      expect(() => formatDate(bad)).toThrow(RangeError);
      expect(() => formatDateLong(bad)).toThrow(RangeError);
      expect(() => dateInWords(bad)).toThrow(RangeError);
    },
  );
});
