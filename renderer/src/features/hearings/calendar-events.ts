import type { EventInput } from '@fullcalendar/core';
import type { TFunction } from 'i18next';
import type { CalendarRange, CalendarSession } from '../../../../shared/examination/types.ts';
import { localIsoDate } from '../../../../shared/calendar/iso-day.ts';

/** Colour per attendance; the calendar's legend shows the same keys. */
export const COLORS: Record<'absent' | 'present' | 'postponed' | 'none', string> = { absent: '#e03131', present: '#2f9e44', postponed: '#868e96', none: '#0c8599' };

/**
 * Sessions a month cell shows before "+N lainnya": a busy office has 60 hearings on one
 * day, and drawing them all made the month view take over a second.
 */
export const MONTH_PER_DAY = 3;

/** The month view asks for a capped range; the day, week and agenda views get every session. */
export function perDayFor(from: string, to: string): number | undefined {
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  return days > 10 ? MONTH_PER_DAY : undefined;
}

function toEvent(s: CalendarSession, t: TFunction): EventInput {
  const place = s.roomName ?? t('schedule.online');
  // Held or missed sessions stay where they happened.
  const held = s.attendance === 'present' || s.attendance === 'absent';
  return {
    id: String(s.id),
    // The accused first: a narrow month cell cuts the end of the title, and the name is what the clerk looks for.
    title: `${s.accusedName} · ${s.registerNo} · ${place}`,
    start: s.startAt,
    end: s.endAt,
    editable: !held,
    color: COLORS[(s.attendance ?? 'none') as keyof typeof COLORS],
    extendedProps: { caseId: s.caseId, version: s.version },
  };
}

/** FullCalendar events for one answer: the sessions, then one "+N lainnya" entry per capped day (a link to that day). */
export function calendarEvents(range: CalendarRange, t: TFunction): EventInput[] {
  const events = range.sessions.map((s) => toEvent(s, t));
  for (const m of range.more) {
    events.push({
      id: `more:${m.date}`,
      title: t('schedule.moreOnDay', { count: m.count }),
      // Last in its cell: after every session of the day.
      start: `${m.date}T23:59`,
      editable: false,
      classNames: ['sipena-more'],
      textColor: 'var(--mantine-color-teal-8)',
      backgroundColor: 'transparent',
      borderColor: 'transparent',
      extendedProps: { more: m.date },
    });
  }
  return events;
}

/**
 * The range the calendar asks for as it opens: the week view (Monday first) of `date`, else of
 * today, as FullCalendarView's event source sends it. The route reads it ahead with the menu
 * click, so both must build the same payload.
 */
export function firstWeek(date?: string): { from: string; to: string } {
  const parsed = date ? new Date(`${date}T00:00:00`) : null;
  const d = parsed && !Number.isNaN(parsed.getTime()) ? parsed : new Date();
  const monday = new Date(d.getFullYear(), d.getMonth(), d.getDate() - ((d.getDay() + 6) % 7));
  const next = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 7);
  return { from: localIsoDate(monday), to: localIsoDate(next) };
}
