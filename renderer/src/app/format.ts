import { formatDate, formatDateLong } from '../../../shared/indonesian/dates.ts';
import { localIsoDate } from '../../../shared/calendar/iso-day.ts';

/** Dates on screen the Indonesian way ("Senin, 4 November 2024"); stored values stay ISO. */
export function showDate(iso: string | null | undefined, long = false): string {
  if (!iso) return '–';
  const day = iso.length > 10 ? localDay(iso) : iso;
  return long ? formatDateLong(day) : formatDate(day);
}

/** An ISO instant shown as local date and time. */
export function showDateTime(iso: string): string {
  return `${formatDate(localDay(iso))} ${showTime(new Date(iso))}`;
}

function localDay(iso: string): string {
  return localIsoDate(new Date(iso));
}

/** A local time of day, 24-hour with a dot ("09.30"), as Indonesian letters and screens write it. */
export function showTime(d: Date): string {
  return `${String(d.getHours()).padStart(2, '0')}.${String(d.getMinutes()).padStart(2, '0')}`;
}
