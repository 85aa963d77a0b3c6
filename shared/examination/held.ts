import { formatDate } from '../indonesian/dates.ts';

/**
 * Events cannot be recorded before they happen: attendance (present or absent), a BAP
 * and an LHP describe an examination that has begun. Session times and `nowMinute` are
 * office-local 'YYYY-MM-DDTHH:MM' text, so they compare as strings. Postponing is the
 * one attendance value that may be recorded in advance.
 */
export function hasStarted(startAt: string, nowMinute: string): boolean {
  return startAt <= nowMinute;
}

/** '2024-11-18T09:00' -> '18 November 2024 pukul 09.00', for the messages that refuse early records. */
export function startLabel(startAt: string): string {
  return `${formatDate(startAt.slice(0, 10))} pukul ${startAt.slice(11, 16).replace(':', '.')}`;
}
