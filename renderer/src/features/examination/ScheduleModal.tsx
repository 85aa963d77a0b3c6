import { Alert, Button, Group, Modal, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { useRecordVersion } from '../../app/record-version.tsx';
import { saveFailure, translateErrors } from '../../app/form-errors.ts';
import { parseTypedDate } from '../../../../shared/indonesian/parse-date.ts';
import { localIsoDate } from '../../../../shared/calendar/iso-day.ts';
import { sessionRescheduleSchema, sessionScheduleSchema } from '../../../../shared/examination/schemas.ts';
import type { ExamSession, ExaminationOverview, Room, ScheduleCheck, ScheduleOutcome } from '../../../../shared/examination/types.ts';
import { ScheduleCheckView } from '../hearings/ScheduleCheckView.tsx';
import { useAction } from '../../app/use-action.ts';

export type ScheduleMode =
  | { kind: 'new'; summonsNo: 1 | 2; from?: ExamSession | undefined; /** A slot clicked on the calendar. */ at?: { date: string; time: string } | undefined }
  | { kind: 'move'; session: ExamSession };

interface SlotValues {
  accusedId: number;
  summonsNo: 1 | 2;
  summonsDate: string;
  date: string;
  startTime: string;
  durationMin: number;
  roomId: number | null;
  videoLink: string;
  examinerIds: number[];
  overrideReason: string;
}

// The calendar date where the clerk sits: toISOString() would give yesterday's UTC date
// before 07.00 in WIB.
const todayIso = () => localIsoDate(new Date());

function initial(mode: ScheduleMode, overview: ExaminationOverview): SlotValues {
  const base = mode.kind === 'move' ? mode.session : mode.from;
  return {
    accusedId: base?.accusedId ?? overview.accused[0]?.id ?? 0,
    summonsNo: mode.kind === 'move' ? mode.session.summonsNo : mode.summonsNo,
    summonsDate: mode.kind === 'move' ? mode.session.summonsDate : todayIso(),
    date: mode.kind === 'move' ? mode.session.date : (mode.at?.date ?? ''),
    startTime: mode.kind === 'new' && mode.at ? mode.at.time : (base?.startTime ?? '09:00'),
    durationMin: base?.durationMin ?? 120,
    roomId: base?.roomId ?? null,
    videoLink: base?.videoLink ?? '',
    examinerIds: base?.examinerIds ?? overview.team.filter((m) => m.role !== 'secretary').map((m) => m.staffId),
    overrideReason: '',
  };
}

/** Payload for the channel of the mode; only the fields that channel takes. */
function payloadOf(mode: ScheduleMode, v: SlotValues, caseId: number, version = mode.kind === 'move' ? mode.session.version : 0) {
  const slot = { date: v.date, startTime: v.startTime, durationMin: v.durationMin, roomId: v.roomId, videoLink: v.videoLink, ...(v.overrideReason ? { overrideReason: v.overrideReason } : {}) };
  return mode.kind === 'move'
    ? { id: mode.session.id, expectedVersion: version, ...slot }
    : { caseId, accusedId: v.accusedId, summonsNo: v.summonsNo, summonsDate: v.summonsDate, examinerIds: v.examinerIds, ...slot };
}

/** Schedules a new examination or moves one; conflicts and deadline warnings must be fixed or overridden with a reason. */
export function ScheduleModal({ mode, overview, rooms, onClose, onSaved }: { mode: ScheduleMode; overview: ExaminationOverview; rooms: Room[]; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [check, setCheck] = useState<ScheduleCheck | null>(null);
  const rv = useRecordVersion(mode.kind === 'move' ? mode.session.version : 0, async () =>
    mode.kind === 'move' ? ((await call('examination:overview', { caseId: overview.caseId })).sessions.find((x) => x.id === mode.session.id)?.version ?? 0) : 0,
  );
  const resolver = mode.kind === 'move' ? schemaResolver(sessionRescheduleSchema, { sync: true }) : schemaResolver(sessionScheduleSchema, { sync: true });
  // Once saving has met conflicts or warnings, every change asks main again (nothing is
  // written), so a fixed conflict disappears and the plain save comes back.
  const armed = useRef(false);
  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  useEffect(() => {
    if (check) armed.current = true;
  }, [check]);
  const recheck = (v: SlotValues) => {
    if (!armed.current) return;
    clearTimeout(timer.current);
    const ticket = ++latest.current;
    timer.current = setTimeout(() => {
      const payload = payloadOf(mode, v, overview.caseId);
      if (Object.keys(resolver(payload)).length > 0) {
        setCheck(null);
        return;
      }
      const asked = 'id' in payload ? call('hearings:checkReschedule', payload) : call('hearings:checkSchedule', payload);
      asked.then(
        (c) => ticket === latest.current && setCheck(c.conflicts.length || c.warnings.length ? c : null),
        () => ticket === latest.current && setCheck(null),
      );
    }, 250);
  };
  const form = useForm<SlotValues>({
    initialValues: initial(mode, overview),
    validate: (v) => translateErrors(resolver(payloadOf(mode, v, overview.caseId)), t),
    onValuesChange: recheck,
  });
  const examiners = overview.team.filter((m) => m.role !== 'secretary');

  const saving = useAction(async (v: typeof form.values) => {
    const payload = payloadOf(mode, v, overview.caseId, rv.version);
    const r: ScheduleOutcome = 'id' in payload ? await call('hearings:reschedule', payload) : await call('hearings:schedule', payload);
    if (r.saved) {
      notifications.show({ color: 'teal', message: t(mode.kind === 'move' ? 'schedule.moved' : 'schedule.saved') });
      onSaved();
    } else setCheck(r.check);
  }, saveFailure(form.setErrors, rv));
  const serverError = saving.error;
  const submit = form.onSubmit((v) => void saving.run(v));

  const dateInput = (field: 'summonsDate' | 'date', label: string, description?: string) => (
    <DateInput label={label} description={description} withAsterisk valueFormat="D MMMM YYYY" dateParser={parseTypedDate} placeholder="HH/BB/TTTT" {...form.getInputProps(field)} key={form.key(field)} />
  );

  return (
    <Modal opened onClose={onClose} size="xl" title={mode.kind === 'move' ? t('schedule.reschedule') : mode.summonsNo === 2 ? t('schedule.newSummons2') : t('schedule.new')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {rv.notice}
          {serverError && <Alert color="red" role="alert">{serverError}</Alert>}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {mode.kind === 'new' && (
              <Select
                label={t('schedule.accused')}
                data={overview.accused.map((a) => ({ value: String(a.id), label: a.name }))}
                value={String(form.getValues().accusedId)}
                onChange={(v) => form.setFieldValue('accusedId', Number(v))}
                allowDeselect={false}
              />
            )}
            <TextInput label={t('schedule.summonsNo')} value={t('schedule.summonsLabel', { no: form.getValues().summonsNo === 2 ? 'II' : 'I' })} readOnly />
            {mode.kind === 'new' && dateInput('summonsDate', t('schedule.summonsDate'), form.getValues().summonsNo === 1 ? t('deadlines.summons1Hint') : undefined)}
            {dateInput('date', t('schedule.date'))}
            <TextInput label={t('schedule.startTime')} withAsterisk placeholder="JJ:MM" maxLength={5} {...form.getInputProps('startTime')} key={form.key('startTime')} />
            <NumberInput label={t('schedule.durationMin')} min={15} max={480} step={15} {...form.getInputProps('durationMin')} key={form.key('durationMin')} />
            <Select
              label={t('schedule.room')}
              clearable
              data={rooms.map((r) => ({ value: String(r.id), label: r.name }))}
              value={form.getValues().roomId ? String(form.getValues().roomId) : null}
              onChange={(v) => form.setFieldValue('roomId', v ? Number(v) : null)}
              error={form.errors.roomId}
            />
            <TextInput label={t('schedule.videoLink')} placeholder="https://" {...form.getInputProps('videoLink')} key={form.key('videoLink')} />
          </SimpleGrid>
          {mode.kind === 'new' && (
            <MultiSelect
              label={t('schedule.examiners')}
              data={examiners.map((m) => ({ value: String(m.staffId), label: `${m.name} (${t(`teamRoles.${m.role}`)})` }))}
              value={form.getValues().examinerIds.map(String)}
              onChange={(v) => form.setFieldValue('examinerIds', v.map(Number))}
              error={form.errors.examinerIds}
            />
          )}
          {check && (
            <>
              <ScheduleCheckView check={check} />
              <Text size="sm">{t('schedule.needReason')}</Text>
              <TextInput label={t('schedule.overrideReason')} {...form.getInputProps('overrideReason')} key={form.key('overrideReason')} />
            </>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={saving.busy}>
              {check ? t('schedule.saveAnyway') : t('schedule.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
