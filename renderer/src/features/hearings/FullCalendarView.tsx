import { useEffect, useRef } from 'react';
import { Calendar } from '@fullcalendar/core';
import type { EventChangeArg, EventClickArg, EventInput } from '@fullcalendar/core';
import idLocale from '@fullcalendar/core/locales/id';
import enLocale from '@fullcalendar/core/locales/en-gb';
import dayGridPlugin from '@fullcalendar/daygrid';
import timeGridPlugin from '@fullcalendar/timegrid';
import listPlugin from '@fullcalendar/list';
import interactionPlugin from '@fullcalendar/interaction';
import { localIsoDate } from '../../../../shared/calendar/iso-day.ts';
import { perDayFor } from './calendar-events.ts';
import './calendar.css';

export interface CalendarHandlers {
  /** Events for the visible range [from, to) as ISO dates. */
  load: (from: string, to: string) => Promise<EventInput[]>;
  /** A drag or resize; call `arg.revert()` when the move is refused. */
  onChange: (arg: EventChangeArg) => void;
  onClick: (arg: EventClickArg) => void;
  /** An empty slot clicked (time 'HH:MM'; a month cell gives 09:00); absent for roles that may not schedule. */
  onSlot?: ((date: string, time: string) => void) | undefined;
}

/** A non-working day shown on the calendar: shaded, with its name. */
export interface CalendarHoliday {
  name: string;
  kind: string;
}


/**
 * FullCalendar 6 (core + daygrid/timegrid/list/interaction) mounted directly: the installed
 * @fullcalendar/react is v7, which does not take v6 plugins. FullCalendar injects its own
 * <style> tags, which the app's CSP allows (style-src 'unsafe-inline').
 */
export function FullCalendarView(props: {
  language: string;
  initialDate?: string | undefined;
  handlers: CalendarHandlers;
  refreshKey: number;
  editable: boolean;
  /** Holidays and cuti bersama by ISO date; loaded before the calendar is drawn. */
  holidays: ReadonlyMap<string, CalendarHoliday>;
}) {
  const el = useRef<HTMLDivElement>(null);
  const cal = useRef<Calendar | null>(null);
  const handlers = useRef(props.handlers);
  const holidays = useRef(props.holidays);
  useEffect(() => {
    handlers.current = props.handlers;
    holidays.current = props.holidays;
  });

  useEffect(() => {
    if (!el.current) return;
    const calendar = new Calendar(el.current, {
      plugins: [dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin],
      locales: [idLocale, enLocale],
      locale: props.language === 'en' ? 'en-gb' : 'id',
      initialView: 'timeGridWeek',
      ...(props.initialDate ? { initialDate: props.initialDate } : {}),
      headerToolbar: { left: 'prev,next today', center: 'title', right: 'timeGridDay,timeGridWeek,dayGridMonth,listWeek' },
      firstDay: 1,
      allDaySlot: false,
      slotMinTime: '07:00:00',
      slotMaxTime: '18:00:00',
      businessHours: { daysOfWeek: [1, 2, 3, 4, 5], startTime: '07:30', endTime: '16:00' },
      nowIndicator: true,
      // Dragging is offered only to roles that may reschedule; main refuses the others anyway.
      editable: props.editable,
      eventDurationEditable: props.editable,
      snapDuration: '00:15:00',
      height: 'auto',
      eventTimeFormat: { hour: '2-digit', minute: '2-digit', hour12: false },
      // One source per kind of answer: the month view's (capped per day) and the other views' (every
      // session). Each answers only ranges of its kind and is empty for the others, at once, and an
      // answer is drawn as it comes (progressiveEventRendering; by default FullCalendar keeps drawing
      // what it showed before until every source has answered). So on a switch the previous view's
      // sessions leave at once: the month view used to draw a week's 320 uncapped sessions into six of
      // its cells, measure them, and only then replace them with the month's answer.
      progressiveEventRendering: true,
      eventSources: [false, true].map((capped) => ({
        id: capped ? 'capped' : 'full',
        events: (info: { start: Date; end: Date }, success: (events: EventInput[]) => void, failure: (e: Error) => void) => {
          const from = localIsoDate(info.start);
          const to = localIsoDate(info.end);
          if ((perDayFor(from, to) !== undefined) !== capped) return success([]);
          handlers.current.load(from, to).then(success, (e: unknown) => failure(e instanceof Error ? e : new Error(String(e))));
        },
      })),
      // Holidays: the day's column or cell shaded, its name under the date.
      dayCellClassNames: (arg) => (holidays.current.has(localIsoDate(arg.date)) ? ['sipena-holiday'] : []),
      dayHeaderClassNames: (arg) => (holidays.current.has(localIsoDate(arg.date)) ? ['sipena-holiday'] : []),
      dayHeaderContent: (arg) => holidayLabel(arg.text, holidays.current.get(localIsoDate(arg.date))),
      dayCellContent: (arg) => holidayLabel(arg.dayNumberText, arg.view.type === 'dayGridMonth' ? holidays.current.get(localIsoDate(arg.date)) : undefined),
      dateClick: (arg) => {
        const onSlot = handlers.current.onSlot;
        if (!onSlot) return;
        const d = arg.date;
        onSlot(localIsoDate(d), arg.allDay ? '09:00' : `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`);
      },
      eventDrop: (arg) => handlers.current.onChange(arg),
      eventResize: (arg) => handlers.current.onChange(arg),
      eventClick: (arg) => {
        // "+N lainnya" in a month cell opens that day with all its sessions.
        const day = arg.event.extendedProps.more as string | undefined;
        if (day) arg.view.calendar.changeView('timeGridDay', day);
        else handlers.current.onClick(arg);
      },
      eventContent: (arg) => {
        if (!arg.event.extendedProps.more) return true;
        const link = document.createElement('span');
        link.textContent = arg.event.title;
        link.style.cursor = 'pointer';
        link.style.fontWeight = '600';
        return { domNodes: [link] };
      },
      // A month answer is capped per day, so a week or day inside it must be fetched anew.
      lazyFetching: false,
      // Marks for tests and the UI benchmark: which view is on screen and whether its sessions are drawn.
      loading: (busy) => {
        if (el.current) el.current.dataset.state = busy ? 'loading' : 'ready';
      },
      datesSet: (info) => {
        if (el.current) el.current.dataset.view = info.view.type;
      },
    });
    calendar.render();
    cal.current = calendar;
    return () => {
      calendar.destroy();
      cal.current = null;
    };
  }, [props.language, props.initialDate, props.editable]);

  useEffect(() => {
    if (props.refreshKey > 0) cal.current?.refetchEvents();
  }, [props.refreshKey]);

  return <div ref={el} data-testid="hearing-calendar" data-state="loading" />;
}

/** The date text with the holiday's name below it, or the text alone. */
function holidayLabel(text: string, holiday: CalendarHoliday | undefined) {
  if (!holiday) return text;
  const wrap = document.createElement('span');
  wrap.append(text);
  const name = document.createElement('span');
  name.className = 'sipena-holiday-name';
  name.textContent = holiday.name;
  name.title = holiday.name;
  wrap.append(name);
  return { domNodes: [wrap] };
}

