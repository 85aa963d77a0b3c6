import type { TFunction } from 'i18next';
import { showDate } from '../../app/format.ts';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Translates a main-process key whose ISO-date parameters are shown the Indonesian way. */
export function tWithDates(t: TFunction, key: string, params: Record<string, string | number>): string {
  const shown: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) shown[k] = typeof v === 'string' && ISO_DAY.test(v) ? showDate(v, true) : v;
  return t(key, shown);
}

/** '2024-11-13T09:00' .. '2024-11-13T11:00' -> 'Rabu, 13 November 2024 09.00–11.00'. */
export function showSlot(startAt: string, endAt: string): string {
  return `${showDate(startAt.slice(0, 10), true)} ${startAt.slice(11, 16).replace(':', '.')}–${endAt.slice(11, 16).replace(':', '.')}`;
}
