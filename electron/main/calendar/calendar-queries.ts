/** The door to the holiday calendar (holiday_years, holidays). */
import type { Db } from '../db/connection.ts';
import type { HolidayKind } from '../../../shared/calendar/types.ts';
import type { HolidayRow, HolidayYearSummary } from '../../../shared/calendar/schemas.ts';

/** Every covered year with its source and holiday count, newest first. */
export function selectYears(db: Db): HolidayYearSummary[] {
  return db
    .prepare(
      `SELECT y.year, y.source, y.updated_at AS updatedAt, y.updated_by AS updatedBy,
              (SELECT count(*) FROM holidays h WHERE h.year = y.year) AS count
       FROM holiday_years y ORDER BY y.year DESC`,
    )
    .all() as HolidayYearSummary[];
}

export function selectYear(db: Db, year: number): HolidayYearSummary | undefined {
  return selectYears(db).find((y) => y.year === year);
}

export function selectHolidaysOfYear(db: Db, year: number): HolidayRow[] {
  return db.prepare('SELECT id, date, name, kind, note FROM holidays WHERE year = ? ORDER BY date').all(year) as HolidayRow[];
}

export function selectAllHolidays(db: Db): { date: string; name: string; kind: HolidayKind; note: string | null }[] {
  return db.prepare('SELECT date, name, kind, note FROM holidays ORDER BY date').all() as { date: string; name: string; kind: HolidayKind; note: string | null }[];
}

export function selectYearNumbers(db: Db): number[] {
  return (db.prepare('SELECT year FROM holiday_years ORDER BY year').all() as { year: number }[]).map((r) => r.year);
}

export function selectHoliday(db: Db, id: number): HolidayRow | undefined {
  return db.prepare('SELECT id, date, name, kind, note FROM holidays WHERE id = ?').get(id) as HolidayRow | undefined;
}

export function selectHolidayByDate(db: Db, date: string): HolidayRow | undefined {
  return db.prepare('SELECT id, date, name, kind, note FROM holidays WHERE date = ?').get(date) as HolidayRow | undefined;
}

/** Creates a covered year or changes the decrees it cites. */
export function upsertYear(db: Db, year: number, source: string, at: string, by: string): void {
  db.prepare(
    `INSERT INTO holiday_years (year, source, updated_at, updated_by) VALUES (?, ?, ?, ?)
     ON CONFLICT (year) DO UPDATE SET source = excluded.source, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run(year, source, at, by);
}

/** Marks a year as changed now (a holiday of it was added, edited or removed). */
export function touchYear(db: Db, year: number, at: string, by: string): void {
  db.prepare('UPDATE holiday_years SET updated_at = ?, updated_by = ? WHERE year = ?').run(at, by, year);
}

/** Adds a holiday; returns its id. */
export function insertHoliday(db: Db, year: number, row: { date: string; name: string; kind: HolidayKind; note: string | null }): number {
  return Number(db.prepare('INSERT INTO holidays (date, year, name, kind, note) VALUES (?, ?, ?, ?, ?)').run(row.date, year, row.name, row.kind, row.note).lastInsertRowid);
}

export function updateHolidayRow(db: Db, id: number, v: { name: string; kind: HolidayKind; note: string | null }): void {
  db.prepare('UPDATE holidays SET name = ?, kind = ?, note = ? WHERE id = ?').run(v.name, v.kind, v.note, id);
}

export function deleteHoliday(db: Db, id: number): void {
  db.prepare('DELETE FROM holidays WHERE id = ?').run(id);
}
