import { describe, expect, it } from 'vitest';
import { databaseAt } from '../../support/migrations.ts';
import { shippedHolidayYears } from '../../../electron/main/calendar/shipped-holidays.ts';

describe('migration 5 (examination) seeds the working-day calendar', () => {
  it('ships every holiday year in resources/ with all of its days, marked as shipped', () => {
    const db = databaseAt(5);
    const years = db.prepare('SELECT year, updated_by AS by FROM holiday_years ORDER BY year').all() as { year: number; by: string }[];
    expect(years.map((y) => y.year)).toEqual(shippedHolidayYears.map((f) => f.year).sort((a, b) => a - b));
    expect(new Set(years.map((y) => y.by))).toEqual(new Set(['sipena:resources/holidays']));
    for (const file of shippedHolidayYears) {
      const days = db.prepare('SELECT date FROM holidays WHERE year = ? ORDER BY date').all(file.year) as { date: string }[];
      expect(days.map((d) => d.date)).toEqual(file.holidays.map((h) => h.date).sort());
    }
  });
});
