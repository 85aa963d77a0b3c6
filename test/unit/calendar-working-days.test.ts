import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  NoHolidayDataError,
  addWorkdays,
  createHolidayCalendar,
  dayToIso,
  isWorkday,
  isoToDay,
  nextWorkday,
  previousWorkday,
  provisionalYearsBetween,
  workdayOnOrAfter,
  workdaysBetween,
} from '../../shared/calendar/index.ts';
import { shippedCalendar, shippedHolidayYears } from '../../electron/main/calendar/shipped-holidays.ts';

const cal = shippedCalendar();

// Dates with room for +-60 working days inside the covered years 2024-2026.
const first = isoToDay('2024-04-01');
const last = isoToDay('2026-09-30');
const dateArb = fc.integer({ min: first, max: last }).map(dayToIso);
const countArb = fc.integer({ min: 0, max: 60 });

describe('working days: properties over the shipped 2024-2026 calendar', () => {
  it('addWorkdays(d, n) is a working day for n > 0 and later than d', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 60 }), (d, n) => {
        const r = addWorkdays(d, n, cal);
        return isWorkday(r, cal) && r > d;
      }),
    );
  });

  it('workdaysBetween(d, addWorkdays(d, n)) === n', () => {
    fc.assert(fc.property(dateArb, countArb, (d, n) => workdaysBetween(d, addWorkdays(d, n, cal), cal) === n));
  });

  it('is monotonic in n and in the start date', () => {
    fc.assert(
      fc.property(dateArb, countArb, countArb, (d, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return addWorkdays(d, lo, cal) <= addWorkdays(d, hi, cal);
      }),
    );
    fc.assert(
      fc.property(dateArb, dateArb, countArb, (x, y, n) => {
        const [d1, d2] = x <= y ? [x, y] : [y, x];
        return addWorkdays(d1, n, cal) <= addWorkdays(d2, n, cal);
      }),
    );
  });

  it('adding then subtracting n returns to a working day <= d, equal to d exactly when d is a working day', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 60 }), (d, n) => {
        const back = addWorkdays(addWorkdays(d, n, cal), -n, cal);
        if (!isWorkday(back, cal) || back > d) return false;
        return isWorkday(d, cal) ? back === d : back < d && back === previousWorkday(d, cal);
      }),
    );
  });

  it('workdaysBetween is additive and antisymmetric', () => {
    fc.assert(
      fc.property(dateArb, dateArb, dateArb, (a, b, c) => {
        const [x, y, z] = [a, b, c].sort();
        return (
          workdaysBetween(x!, y!, cal) + workdaysBetween(y!, z!, cal) === workdaysBetween(x!, z!, cal) &&
          workdaysBetween(z!, x!, cal) === -workdaysBetween(x!, z!, cal)
        );
      }),
    );
  });

  it('never lands on a weekend or a listed holiday, and skips no working day in between', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 30 }), (d, n) => {
        const r = addWorkdays(d, n, cal);
        const wd = new Date(`${r}T00:00:00Z`).getUTCDay();
        if (wd === 0 || wd === 6 || cal.holidays.has(r)) return false;
        // Every day strictly between d and r that is a working day was counted.
        let seen = 0;
        for (let day = isoToDay(d) + 1; day < isoToDay(r); day++) if (isWorkday(dayToIso(day), cal)) seen++;
        return seen === n - 1;
      }),
    );
  });
});

describe('working days: fixed cases from the official lists', () => {
  it('Idul Fitri 2024: 8-15 April are off (10-11 Apr holiday, 8, 9, 12, 15 Apr cuti bersama)', () => {
    for (const d of ['2024-04-08', '2024-04-09', '2024-04-10', '2024-04-11', '2024-04-12', '2024-04-15']) expect(isWorkday(d, cal), d).toBe(false);
    expect(isWorkday('2024-04-05', cal)).toBe(true);
    expect(isWorkday('2024-04-16', cal)).toBe(true);
    expect(nextWorkday('2024-04-05', cal)).toBe('2024-04-16');
    expect(addWorkdays('2024-04-04', 2, cal)).toBe('2024-04-16');
    expect(addWorkdays('2024-04-01', 7, cal)).toBe('2024-04-18');
    expect(addWorkdays('2024-04-16', -1, cal)).toBe('2024-04-05');
    expect(workdaysBetween('2024-04-05', '2024-04-16', cal)).toBe(1);
  });

  it('Idul Fitri 2025: 31 Mar-1 Apr holiday, cuti bersama 2, 3, 4, 7 Apr; Nyepi cuti bersama 28 Mar', () => {
    for (const d of ['2025-03-28', '2025-03-31', '2025-04-01', '2025-04-02', '2025-04-03', '2025-04-04', '2025-04-07']) expect(isWorkday(d, cal), d).toBe(false);
    expect(isWorkday('2025-03-27', cal)).toBe(true);
    expect(nextWorkday('2025-03-27', cal)).toBe('2025-04-08');
    expect(addWorkdays('2025-03-25', 7, cal)).toBe('2025-04-14');
    expect(workdaysBetween('2025-03-27', '2025-04-08', cal)).toBe(1);
  });

  it('election days 14 February 2024 and 27 November 2024 are holidays', () => {
    expect(isWorkday('2024-02-14', cal)).toBe(false);
    expect(isWorkday('2024-11-27', cal)).toBe(false);
    expect(isWorkday('2024-11-26', cal)).toBe(true);
    expect(addWorkdays('2024-11-26', 1, cal)).toBe('2024-11-28');
    // Summons I for an examination on Thursday 5 Dec 2024 must go out by 7 working days before: 25 Nov.
    expect(addWorkdays('2024-12-05', -7, cal)).toBe('2024-11-25');
    expect(workdaysBetween('2024-11-22', '2024-11-29', cal)).toBe(4);
  });

  it('crosses a year boundary (Christmas cuti bersama, New Year)', () => {
    expect(addWorkdays('2024-12-24', 1, cal)).toBe('2024-12-27');
    expect(addWorkdays('2024-12-31', 1, cal)).toBe('2025-01-02');
    expect(workdayOnOrAfter('2025-08-16', cal)).toBe('2025-08-19');
  });

  it('weekends are never working days, n = 0 is the identity', () => {
    expect(isWorkday('2024-11-30', cal)).toBe(false);
    expect(isWorkday('2024-12-01', cal)).toBe(false);
    expect(addWorkdays('2024-11-30', 0, cal)).toBe('2024-11-30');
  });

  it('refuses years without official data, naming the year', () => {
    expect(() => isWorkday('2031-03-03', cal)).toThrow(NoHolidayDataError);
    expect(() => isWorkday('2031-03-03', cal)).toThrow('tidak ada data hari libur untuk tahun 2031');
    expect(() => addWorkdays('2026-12-30', 5, cal)).toThrow('tahun 2027');
    expect(() => isWorkday('2024-02-30', cal)).toThrow(RangeError);
    expect(() => addWorkdays('2024-02-01', 1.5, cal)).toThrow(RangeError);
  });

  it('the shipped files are consistent: dates in their year, unique, known kinds, sourced', () => {
    for (const f of shippedHolidayYears) {
      expect(f.sources.length).toBeGreaterThan(0);
      const dates = f.holidays.map((h) => h.date);
      expect(new Set(dates).size).toBe(dates.length);
      for (const h of f.holidays) {
        expect(h.date.startsWith(`${f.year}-`)).toBe(true);
        expect(['libur_nasional', 'cuti_bersama', 'pemilu']).toContain(h.kind);
      }
    }
    expect(() => createHolidayCalendar([2024], [{ date: '2025-01-01', name: 'x', kind: 'libur_nasional' }])).toThrow(RangeError);
  });
});

describe('provisional years (no official list yet)', () => {
  const official = createHolidayCalendar([2026], [{ date: '2026-12-25', name: 'Kelahiran Yesus Kristus', kind: 'libur_nasional' }], { provisional: true });

  it('covers the two years after the newest list with weekends and the fixed-date national holidays, marked as such', () => {
    expect([...(official.provisionalYears ?? [])]).toEqual([2027, 2028]);
    expect(isWorkday('2027-01-01', official)).toBe(false);
    expect(isWorkday('2028-05-01', official)).toBe(false);
    expect(isWorkday('2027-06-01', official)).toBe(false);
    expect(isWorkday('2027-08-17', official)).toBe(false);
    expect(isWorkday('2027-12-24', official)).toBe(true);
    expect(addWorkdays('2026-12-31', 1, official)).toBe('2027-01-04');
    expect(provisionalYearsBetween('2026-12-31', '2027-01-04', official)).toEqual([2027]);
    expect(provisionalYearsBetween('2026-01-05', '2026-12-31', official)).toEqual([]);
    expect(() => isWorkday('2029-03-05', official)).toThrow('tidak ada data hari libur untuk tahun 2029');
  });

  it('is off unless asked for: a calendar of official lists alone refuses the next year', () => {
    const strict = createHolidayCalendar([2026], []);
    expect(() => isWorkday('2027-01-04', strict)).toThrow(NoHolidayDataError);
  });
});
