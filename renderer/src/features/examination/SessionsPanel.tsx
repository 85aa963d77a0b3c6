import { Alert, Anchor, Badge, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { notifications } from '@mantine/notifications';
import { call } from '../../app/api.ts';
import { href } from '../../app/use-hash-route.ts';
import { useReveal } from '../../app/reveal.ts';
import { useCan } from '../../app/session.ts';
import { ATTENDANCE } from '../../../../shared/examination/types.ts';
import type { Attendance, ExamSession, ExaminationOverview } from '../../../../shared/examination/types.ts';
import { showSlot } from '../hearings/format-params.ts';
import { useAction } from '../../app/use-action.ts';
import { hasStarted, startLabel } from '../../../../shared/examination/held.ts';
import { localIsoMinute } from '../../../../shared/calendar/iso-day.ts';

const EXAMINING = new Set(['summons_1', 'summons_2']);

/** The case's examination sessions with attendance, reschedule and BAP entry. */
export function SessionsPanel(props: {
  overview: ExaminationOverview;
  onChanged: () => void;
  onNew: () => void;
  onMove: (s: ExamSession) => void;
  onBap: (s: ExamSession) => void;
}) {
  const { t } = useTranslation();
  const { overview } = props;
  const can = useCan();
  const examining = EXAMINING.has(overview.state);
  const mayPlan = examining && can('hearings:schedule');
  const recording = useAction(async (s: ExamSession, attendance: Attendance) => {
    await call('hearings:attendance', { id: s.id, attendance, expectedVersion: s.version });
    // A select changing is no proof the record was written: say so where the clerk looks.
    notifications.show({ color: 'teal', message: t('attendance.saved', { name: s.accusedName, slot: showSlot(s.startAt, s.endAt), value: t(`attendance.${attendance}`) }) });
    props.onChanged();
  });
  const { error } = recording;
  const errorRef = useReveal<HTMLDivElement>(error);

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>{t('schedule.sessions')}</Title>
          {mayPlan && overview.state === 'summons_1' && (
            <Button size="xs" onClick={props.onNew}>
              {t('schedule.new')}
            </Button>
          )}
        </Group>
        {error && <Alert ref={errorRef} color="red" role="alert">{error}</Alert>}
        {overview.sessions.length === 0 ? (
          <Text size="sm">{t('schedule.noSessions')}</Text>
        ) : (
          <Table data-testid="sessions-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('schedule.date')}</Table.Th>
                <Table.Th>{t('schedule.summonsNo')}</Table.Th>
                <Table.Th>{t('schedule.accused')}</Table.Th>
                <Table.Th>{t('schedule.room')}</Table.Th>
                <Table.Th>{t('attendance.label')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {overview.sessions.map((s) => {
                const bap = overview.baps.find((b) => b.sessionId === s.id);
                const held = s.attendance === 'present' || s.attendance === 'absent';
                // Main refuses present/absent before the session begins; say so here instead of offering them.
                const ahead = !hasStarted(s.startAt, localIsoMinute(new Date()));
                return (
                  <Table.Tr key={s.id} data-testid={`session-${s.id}`}>
                    <Table.Td>
                      <Anchor href={href(`/hearings/${s.date}`)} size="sm">
                        {showSlot(s.startAt, s.endAt)}
                      </Anchor>
                      {s.overrideReason && (
                        <Text size="xs" c="orange">
                          {t('schedule.overrideReason')}: {s.overrideReason}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{t('schedule.summonsLabel', { no: s.summonsNo === 2 ? 'II' : 'I' })}</Table.Td>
                    <Table.Td>{s.accusedName}</Table.Td>
                    <Table.Td>{s.roomName ?? t('schedule.online')}</Table.Td>
                    <Table.Td w={170}>
                      <Select
                        size="xs"
                        aria-label={`${t('attendance.label')} ${s.id}`}
                        placeholder={t('attendance.none')}
                        disabled={!examining || bap !== undefined || !can('hearings:attendance')}
                        data={ATTENDANCE.map((a) => ({ value: a, label: t(`attendance.${a}`), disabled: ahead && a !== 'postponed' }))}
                        value={s.attendance}
                        allowDeselect={false}
                        onChange={(v) => v && void recording.run(s, v as Attendance)}
                      />
                      {ahead && examining && (
                        <Text size="xs" c="dimmed" data-testid={`attendance-hint-${s.id}`}>
                          {t('attendance.notYetHint', { when: startLabel(s.startAt) })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        {mayPlan && !held && (
                          <Button size="xs" variant="light" onClick={() => props.onMove(s)}>
                            {t('schedule.reschedule')}
                          </Button>
                        )}
                        {examining && s.attendance === 'present' && can('examination:saveBap') && (
                          <Button size="xs" variant={bap ? 'default' : 'filled'} onClick={() => props.onBap(s)}>
                            {t('bap.record')}
                          </Button>
                        )}
                        {bap && (
                          <Badge variant="light" color={bap.refusedToSign ? 'orange' : 'teal'}>
                            BAP · {t('bap.count', { count: bap.qa.length })}
                            {bap.refusedToSign ? ` · ${t('bap.refused')}` : ''}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
