/**
 * ISO calendar dates as whole day numbers (days since 1970-01-01, UTC), so date
 * arithmetic never meets time zones or daylight saving.
 */
const MS_PER_DAY = 86_400_000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** '2024-04-10' -> day number; throws RangeError for anything that is not a real calendar date. */
export function isoToDay(iso: string): number {
  const m = ISO.exec(iso);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    const ms = Date.UTC(y, mo - 1, d);
    const back = new Date(ms);
    if (back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d) return ms / MS_PER_DAY;
  }
  throw new RangeError(`Not an ISO calendar date (YYYY-MM-DD): ${JSON.stringify(iso)}`);
}

/** Day number -> 'YYYY-MM-DD'. */
export function dayToIso(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOfDay(day: number): number {
  // 1970-01-01 was a Thursday (4).
  return (((day + 4) % 7) + 7) % 7;
}

export function yearOfDay(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** True for a syntactically and calendrically valid ISO date. */
export function isIsoDate(s: string): boolean {
  try {
    isoToDay(s);
    return true;
  } catch {
    return false;
  }
}

/** Adds calendar days to an ISO date. */
export function addCalendarDays(iso: string, n: number): string {
  return dayToIso(isoToDay(iso) + n);
}

/** Calendar days from a to b (negative when b is earlier). */
export function calendarDaysBetween(a: string, b: string): number {
  return isoToDay(b) - isoToDay(a);
}

/**
 * The calendar day of an instant on this machine's clock, as 'YYYY-MM-DD'. Local getters
 * on purpose: the office PC runs in the office's own time zone, so "today", a letter's
 * date and a case's registration day are the office's days, not UTC's (07:00 WIB on the
 * 4th is still the 3rd in UTC).
 */
export function localIsoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The office-local minute of an instant, 'YYYY-MM-DDTHH:MM', comparable with session times. */
export function localIsoMinute(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${localIsoDate(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
