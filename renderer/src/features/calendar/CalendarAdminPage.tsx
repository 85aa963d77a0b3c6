import { Alert, Badge, Button, Group, Modal, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { useCan } from '../../app/session.ts';
import { showDate, showDateTime } from '../../app/format.ts';
import type { HolidayRow } from '../../../../shared/calendar/schemas.ts';
import { HolidayForm } from './HolidayForm.tsx';
import { WorkdayCalculator } from './WorkdayCalculator.tsx';
import { SHORT_YEAR_LIST } from '../../../../shared/calendar/provisional.ts';
import { useAction } from '../../app/use-action.ts';
import { useLoad } from '../../app/use-load.ts';
import { GrowTextarea } from '../../app/GrowTextarea.tsx';

/** The working-day calendar: one year's official list with its source; the administrator edits it. */
export function CalendarAdminPage() {
  const { t } = useTranslation();
  // Editing is for administrators (shared/accounts/permissions.ts); others read the list and use the calculator.
  const canEdit = useCan()('calendar:setYear');
  const [editing, setEditing] = useState<HolidayRow | 'new' | null>(null);
  const [removing, setRemoving] = useState<HolidayRow | null>(null);
  const [reason, setReason] = useState('');
  const [sourceEdit, setSourceEdit] = useState<{ year: string; source: string; isNew: boolean } | null>(null);

  // The year asked for (null: this year, else the first listed); the list of years is read with it.
  const [pick, setPick] = useState<number | null>(null);
  const loaded = useLoad(async () => {
    const [years, data] = await Promise.all([call('calendar:years', {}), call('calendar:data', {})]);
    const year = pick ?? years.find((y) => y.year === new Date().getFullYear())?.year ?? years[0]?.year ?? null;
    const detail = year === null ? null : await call('calendar:year', { year });
    return { years, provisional: data.provisionalYears, year, detail };
  }, [pick]);
  const years = loaded.data?.years ?? [];
  const provisional = loaded.data?.provisional ?? [];
  const year = loaded.data?.year ?? null;
  const detail = loaded.data?.detail ?? null;
  // Shows `target`, read again after an edit even when it is the year already shown (one load: the updates are batched).
  const reload = (target?: number) => {
    if (target !== undefined) setPick(target);
    loaded.reload();
  };

  const done = (message: string) => {
    notifications.show({ color: 'teal', message });
    reload(year ?? undefined);
  };

  // Removing a holiday and saving a year's source: one at a time; either closes its dialog when refused.
  const action = useAction(async (work: () => Promise<void>, close: () => void) => {
    try {
      await work();
    } catch (e) {
      close();
      throw e;
    }
  });
  // A failed load stays said until a load succeeds; a refused edit can be dismissed.
  const error = action.error ?? loaded.error;

  const remove = () => {
    if (!removing) return;
    void action.run(async () => {
      await call('calendar:removeHoliday', { id: removing.id, reason });
      setRemoving(null);
      setReason('');
      done(t('calendar.saved'));
    }, () => setRemoving(null));
  };

  const saveSource = () => {
    if (!sourceEdit) return;
    void action.run(async () => {
      const saved = await call('calendar:setYear', { year: Number(sourceEdit.year), source: sourceEdit.source });
      setSourceEdit(null);
      notifications.show({ color: 'teal', message: t('calendar.saved') });
      reload(saved.year);
    }, () => setSourceEdit(null));
  };

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('calendar.title')}</Title>
        <Group align="flex-end">
          <Select
            label={t('calendar.year')}
            w={120}
            allowDeselect={false}
            data={years.map((y) => String(y.year))}
            value={year === null ? null : String(year)}
            onChange={(v) => v && reload(Number(v))}
          />
          {canEdit && (
            <Button variant="default" onClick={() => setSourceEdit({ year: String(new Date().getFullYear() + 1), source: '', isNew: true })}>
              {t('calendar.addYear')}
            </Button>
          )}
        </Group>
      </Group>
      {!canEdit && (
        <Text size="sm" c="dimmed" data-testid="calendar-read-only">
          {t('calendar.adminOnly')}
        </Text>
      )}
      {error && (
        <Alert color="red" withCloseButton={action.error !== null} onClose={action.clear}>
          {error}
        </Alert>
      )}
      {provisional.length > 0 && (
        <Alert color="yellow" data-testid="provisional-years">
          {t('calendar.provisionalYears', { years: provisional.join(', ') })}
        </Alert>
      )}
      {detail && detail.count < SHORT_YEAR_LIST && (
        <Alert color="orange" data-testid="short-year">
          {t('calendar.shortYear', { year: detail.year, count: detail.count })}
        </Alert>
      )}
      {detail && (
        <>
          <Stack gap={4}>
            <Group justify="space-between">
              <Text fw={600}>{t('calendar.source')}</Text>
              {canEdit && (
                <Button size="xs" variant="subtle" onClick={() => setSourceEdit({ year: String(detail.year), source: detail.source, isNew: false })}>
                  {t('calendar.editSource')}
                </Button>
              )}
            </Group>
            <Text size="sm" style={{ whiteSpace: 'pre-line' }} data-testid="year-source">
              {detail.source}
            </Text>
            <Text size="xs" c="dimmed">
              {t('calendar.count', { count: detail.count })} · {t('calendar.lastChange', { at: showDateTime(detail.updatedAt), by: detail.updatedBy })}
            </Text>
          </Stack>
          {canEdit && (
            <Group justify="flex-end">
              <Button onClick={() => setEditing('new')}>{t('calendar.addHoliday')}</Button>
            </Group>
          )}
          {detail.holidays.length === 0 ? (
            <Text>{t('calendar.empty')}</Text>
          ) : (
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('calendar.date')}</Table.Th>
                  <Table.Th>{t('calendar.name')}</Table.Th>
                  <Table.Th>{t('calendar.kind')}</Table.Th>
                  {canEdit && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {detail.holidays.map((h) => (
                  <Table.Tr key={h.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{showDate(h.date, true)}</Table.Td>
                    <Table.Td>
                      {h.name}
                      {h.note && (
                        <Text size="xs" c="orange">
                          {h.note}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={h.kind === 'cuti_bersama' ? 'blue' : h.kind === 'pemilu' ? 'grape' : 'red'}>
                        {t(`holidayKinds.${h.kind}`)}
                      </Badge>
                    </Table.Td>
                    {canEdit && (
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <Button size="xs" variant="subtle" onClick={() => setEditing(h)}>
                          {t('calendar.editHoliday')}
                        </Button>
                        <Button size="xs" variant="subtle" color="red" onClick={() => setRemoving(h)}>
                          {t('actions.remove')}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      )}
      <WorkdayCalculator />

      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? t('calendar.addHoliday') : t('calendar.editHoliday')}>
        {editing !== null && year !== null && (
          <HolidayForm
            editing={editing === 'new' ? null : editing}
            year={year}
            onDone={() => {
              setEditing(null);
              done(t('calendar.saved'));
            }}
          />
        )}
      </Modal>
      <Modal opened={removing !== null} onClose={() => setRemoving(null)} title={t('calendar.removeHoliday')}>
        {removing && (
          <Stack gap="sm">
            <Text>{t('calendar.removeConfirm', { name: removing.name, date: showDate(removing.date, true) })}</Text>
            <TextInput label={t('calendar.reason')} withAsterisk value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
            <Group justify="flex-end">
              <Button color="red" disabled={reason.trim() === ''} onClick={remove}>
                {t('actions.remove')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
      <Modal opened={sourceEdit !== null} onClose={() => setSourceEdit(null)} title={sourceEdit?.isNew ? t('calendar.addYear') : t('calendar.editSource')}>
        {sourceEdit && (
          <Stack gap="sm">
            <TextInput label={t('calendar.year')} readOnly={!sourceEdit.isNew} value={sourceEdit.year} onChange={(e) => setSourceEdit({ ...sourceEdit, year: e.currentTarget.value })} />
            <GrowTextarea label={t('calendar.source')} minRows={3} value={sourceEdit.source} onChange={(e) => setSourceEdit({ ...sourceEdit, source: e.currentTarget.value })} />
            <Group justify="flex-end">
              <Button disabled={sourceEdit.source.trim() === ''} onClick={saveSource}>
                {t('actions.save')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
