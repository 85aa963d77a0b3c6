import data2024 from '../../../resources/holidays/2024.json' with { type: 'json' };
import data2025 from '../../../resources/holidays/2025.json' with { type: 'json' };
import data2026 from '../../../resources/holidays/2026.json' with { type: 'json' };
import type { HolidayCalendar, HolidayYearFile } from '../../../shared/calendar/types.ts';
import { createHolidayCalendar } from '../../../shared/calendar/working-days.ts';

/**
 * The official lists shipped with the app (resources/holidays), one file per year.
 * They seed the database; after that the administrator's copy in the database rules.
 */
export const shippedHolidayYears: readonly HolidayYearFile[] = [data2024, data2025, data2026] as HolidayYearFile[];

/** The text stored as a year's source: each decree with its signing date, one per line. */
export function sourceText(file: HolidayYearFile): string {
  return file.sources.map((s) => `${s.title}${s.date ? ` (ditetapkan ${s.date})` : ''}${s.note ? ` — ${s.note}` : ''}`).join('\n');
}

/** A calendar built from the shipped files only (CLI without a database, tests). */
export function shippedCalendar(): HolidayCalendar {
  return createHolidayCalendar(
    shippedHolidayYears.map((f) => f.year),
    shippedHolidayYears.flatMap((f) => f.holidays),
  );
}
