import { Alert, Box, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventChangeArg } from '@fullcalendar/core';
import { ApiError, call } from '../../app/api.ts';
import { useLiveReload } from '../../app/use-changes.tsx';
import { navigate } from '../../app/use-hash-route.ts';
import { useCan } from '../../app/session.ts';
import type { CalendarRange, ScheduleCheck } from '../../../../shared/examination/types.ts';
import { COLORS, calendarEvents, firstWeek, perDayFor } from './calendar-events.ts';
import { FullCalendarView } from './FullCalendarView.tsx';
import type { CalendarHoliday } from './FullCalendarView.tsx';
import { ScheduleFromCalendar } from './ScheduleFromCalendar.tsx';
import { useLoad } from '../../app/use-load.ts';
import { localIsoDate } from '../../../../shared/calendar/iso-day.ts';
import { ReasonModal } from './ReasonModal.tsx';
import { ScheduleCheckView } from './ScheduleCheckView.tsx';
import { useAction } from '../../app/use-action.ts';
import { ExportMenu } from '../../app/ExportMenu.tsx';

const hhmm = (d: Date) => `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;

/** Day, week, month and agenda views of every examination; drag to reschedule with the same rule checks. */
export function HearingCalendarPage({ date }: { date?: string | undefined }) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const canMove = can('hearings:reschedule');
  const canSchedule = can('hearings:schedule');
  const [slot, setSlot] = useState<{ date: string; time: string } | null>(null);
  const holidays = useLoad(async () => {
    const data = await call('calendar:data', {});
    const map = new Map<string, CalendarHoliday>(data.holidays.map((h) => [h.date, { name: h.name, kind: h.kind }]));
    for (const h of data.provisionalHolidays) map.set(h.date, { name: t('calendar.provisionalName', { name: h.name }), kind: h.kind });
    return map;
  }, [t]);
  // The week the calendar opens on is asked for now, with the holidays (the route read it ahead
  // with the menu click), not once the calendar is drawn: drawing it takes 30-60 ms.
  const opening = useRef<{ from: string; to: string; answer: Promise<CalendarRange> } | null>(null);
  useEffect(() => {
    const week = firstWeek(date);
    const answer = call('hearings:range', week);
    answer.catch(() => undefined);
    opening.current = { ...week, answer };
    return () => {
      opening.current = null;
    };
  }, [date]);
  const [refreshKey, setRefreshKey] = useState(0);
  // The range the calendar shows: what its export writes.
  const [shown, setShown] = useState<{ from: string; to: string } | null>(null);
  // The live view: sessions are audited under their case, so any case change redraws the range.
  useLiveReload(['case', 'calendar', 'staff'], () => setRefreshKey((k) => k + 1));
  const [pending, setPending] = useState<{ arg: EventChangeArg; check: ScheduleCheck; payload: { id: number; date: string; startTime: string; durationMin: number; expectedVersion: number } } | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);

  // A drag the calendar has already drawn: saved, sent to the reason dialog, or put back on failure.
  const moving = useAction(async (arg: EventChangeArg, taken: () => void) => {
    taken();
    const start = arg.event.start;
    const end = arg.event.end;
    if (!start || !end) return arg.revert();
    const durationMin = Math.round((end.getTime() - start.getTime()) / 60_000);
    // The version the calendar showed: a session someone else moved meanwhile is refused (STALE), not moved again.
    const payload = { id: Number(arg.event.id), date: localIsoDate(start), startTime: hhmm(start), durationMin, expectedVersion: Number(arg.event.extendedProps.version) };
    try {
      const r = await call('hearings:reschedule', payload);
      if (r.saved) {
        notifications.show({ color: 'teal', message: t('schedule.moved') });
        setRefreshKey((k) => k + 1);
      } else setPending({ arg, check: r.check, payload });
    } catch (e) {
      arg.revert();
      // A refused (stale) move shows the calendar as it is now.
      if (e instanceof ApiError && e.code === 'STALE') setRefreshKey((k) => k + 1);
      throw e;
    }
  });
  const move = (arg: EventChangeArg) => {
    let taken = false;
    // A drop made while the previous one is still being saved is not sent: it goes back where it was.
    void moving
      .run(arg, () => (taken = true))
      .then(() => {
        if (!taken) arg.revert();
      });
  };

  const confirming = useAction(
    async (reason: string) => {
      if (!pending) return;
      const r = await call('hearings:reschedule', { ...pending.payload, overrideReason: reason });
      if (r.saved) {
        setPending(null);
        notifications.show({ color: 'teal', message: t('schedule.moved') });
        setRefreshKey((k) => k + 1);
      } else setPending({ ...pending, check: r.check });
    },
    // The reason's own message first (too short, missing), else the refusal.
    (e) => (e instanceof ApiError ? (Object.values(e.fields)[0] ?? e.message) : String(e)),
  );
  // The reason dialog's own failure is shown inside the dialog only (the page behind it is covered).
  const error = moving.error ?? exportError;
  const dismiss = () => {
    moving.clear();
    setExportError(null);
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Group>
          <Title order={2}>{t('schedule.title')}</Title>
          {shown && <ExportMenu run={(format) => call('hearings:export', { ...shown, format })} onError={setExportError} />}
        </Group>
        <Group gap="md" data-testid="calendar-legend">
          {(
            [
              [COLORS.none, t('schedule.legendScheduled')],
              [COLORS.present, t('attendance.present')],
              [COLORS.absent, t('attendance.absent')],
              [COLORS.postponed, t('attendance.postponed')],
              ['#fff0f0', t('schedule.legendHoliday')],
            ] as const
          ).map(([color, label]) => (
            <Group key={label} gap={4} wrap="nowrap">
              <Box w={12} h={12} style={{ backgroundColor: color, borderRadius: 2, border: '1px solid #dee2e6' }} />
              <Text size="sm">{label}</Text>
            </Group>
          ))}
        </Group>
      </Group>
      {canSchedule && (
        <Text size="sm" c="dimmed">
          {t('schedule.clickToSchedule')}
        </Text>
      )}
      {(error ?? holidays.error) && (
        <Alert color="red" role="alert" withCloseButton onClose={dismiss}>
          {error ?? holidays.error}
        </Alert>
      )}
      {!holidays.data && !holidays.error && <Loader size="sm" />}
      {holidays.data && (
        <FullCalendarView
          language={i18n.language}
          initialDate={date}
          refreshKey={refreshKey}
          editable={canMove}
          holidays={holidays.data}
          handlers={{
            load: async (from, to) => {
              setShown({ from, to });
              const perDay = perDayFor(from, to);
              const first = opening.current;
              opening.current = null;
              const range = first && first.from === from && first.to === to ? first.answer : call('hearings:range', { from, to, ...(perDay ? { perDay } : {}) });
              return calendarEvents(await range, t);
            },
            onChange: move,
            onClick: (arg) => navigate(`/cases/${String(arg.event.extendedProps.caseId)}/examination`),
            onSlot: canSchedule ? (d, time) => setSlot({ date: d, time }) : undefined,
          }}
        />
      )}
      {slot && (
        <ScheduleFromCalendar
          at={slot}
          onClose={() => setSlot(null)}
          onSaved={() => {
            setSlot(null);
            setRefreshKey((k) => k + 1);
          }}
        />
      )}
      <ReasonModal
        opened={pending !== null}
        title={t('schedule.reschedule')}
        label={t('schedule.overrideReason')}
        confirmLabel={t('schedule.saveAnyway')}
        error={confirming.error}
        onCancel={() => {
          pending?.arg.revert();
          setPending(null);
          // Closed, the dialog's failure is over: it is neither moved to the page nor shown by the next dialog.
          confirming.clear();
          notifications.show({ color: 'gray', message: t('schedule.reverted') });
        }}
        onConfirm={(reason) => confirming.run(reason)}
      >
        <Text size="sm">{t('schedule.needReason')}</Text>
        {pending && <ScheduleCheckView check={pending.check} />}
      </ReasonModal>
    </Stack>
  );
}
