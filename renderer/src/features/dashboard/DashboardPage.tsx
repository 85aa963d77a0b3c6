import { Alert, Badge, Group, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { useLoad } from '../../app/use-load.ts';
import { DEFAULT_SOON_WORKDAYS, needsActionRequest } from './needs-action-query.ts';
import { showDate } from '../../app/format.ts';
import { href } from '../../app/use-hash-route.ts';
import type { NeedsActionList } from '../../../../shared/deadlines/schemas.ts';
import { DEADLINE_RULES } from '../../../../shared/deadlines/rules.ts';
import { SignedInUsers } from '../accounts/SignedInUsers.tsx';
import { useCan } from '../../app/session.ts';
import { SetupChecklist } from './SetupChecklist.tsx';
import { EndNoticeButton } from '../sanctions/EndNoticeButton.tsx';
import { OverdueRecommendations } from '../recommendations/OverdueRecommendations.tsx';

/** "Perlu tindakan": overdue and due-soon deadlines across all cases, earliest first. */
export function DashboardPage() {
  const { t } = useTranslation();
  const can = useCan();
  const canSetUp = can('system:setupChecklist');
  const [soon, setSoon] = useState(DEFAULT_SOON_WORKDAYS);
  const { data, error, reload } = useLoad<NeedsActionList>(() => call('deadlines:needsAction', needsActionRequest(soon)), [soon]);

  const total = data ? data.overdueCount + data.dueSoonCount : 0;
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('dashboard.title')}</Title>
        <NumberInput w={220} label={t('dashboard.soonWindow')} min={0} max={60} value={soon} onChange={(v) => setSoon(typeof v === 'number' ? v : 0)} />
      </Group>
      <SignedInUsers />
      {canSetUp && <SetupChecklist />}
      {error && <Alert color="red">{error}</Alert>}
      <OverdueRecommendations />
      {data && (
        <>
          <Group gap="sm">
            <Badge color="red" size="lg" data-testid="overdue-count">
              {t('dashboard.overdueCount', { count: data.overdueCount })}
            </Badge>
            <Badge color="yellow" size="lg" data-testid="due-soon-count">
              {t('dashboard.dueSoonCount', { count: data.dueSoonCount, days: soon })}
            </Badge>
            <Text size="sm" c="dimmed">
              {t('dashboard.asOf', { today: showDate(data.today, true), horizon: showDate(data.horizon, true) })}
            </Text>
          </Group>
          {data.items.length === 0 ? (
            <Text>{t('dashboard.empty')}</Text>
          ) : (
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('case.registerNo')}</Table.Th>
                  <Table.Th>{t('dashboard.rule')}</Table.Th>
                  <Table.Th>{t('dashboard.basis')}</Table.Th>
                  <Table.Th>{t('dashboard.due')}</Table.Th>
                  <Table.Th>{t('dashboard.left')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((i) => (
                  <Table.Tr key={`${i.rule}-${i.subjectType}-${i.subjectId ?? i.caseId}-${i.dueDate}`} data-state={i.state}>
                    <Table.Td>
                      <a href={href(`/cases/${i.caseId}`)}>{i.registerNo}</a>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{t(`deadlineRules.${i.rule}`)}</Text>
                      <Text size="xs" c="dimmed">
                        {DEADLINE_RULES[i.rule].legalBasis}
                      </Text>
                      {/* A sanction that ended: the notice to BKPSDM is issued right here (its subject is the accused). */}
                      {i.rule === 'sanctionEnd' && i.subjectId !== null && (
                        <Group gap="xs" mt={4}>
                          {i.dueDate <= data.today && can('letters:issue') && <EndNoticeButton caseId={i.caseId} accusedId={i.subjectId} onIssued={reload} />}
                          {/* Only for those the register opens to: the menu hides it from the others too. */}
                          {can('sanctions:list') && <a href={href('/sanctions')}>{t('sanctionsUi.register')}</a>}
                        </Group>
                      )}
                    </Table.Td>
                    <Table.Td>{showDate(i.basisDate)}</Table.Td>
                    <Table.Td>
                      {showDate(i.dueDate, true)}
                      {i.provisional && (
                        <Badge ml={6} size="xs" color="gray" variant="outline" title={t('dashboard.provisionalHint')} data-testid="due-provisional">
                          {t('dashboard.provisional')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Text size="sm" fw={600} c={i.state === 'overdue' ? 'red' : 'orange'}>
                        {i.daysLeft < 0 ? t('dashboard.daysLate', { count: -i.daysLeft }) : i.daysLeft === 0 ? t('dashboard.today') : t('dashboard.daysLeft', { count: i.daysLeft })}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {total > data.items.length && (
            <Text size="sm" c="dimmed">
              {t('dashboard.shown', { shown: data.items.length, total })}
            </Text>
          )}
        </>
      )}
    </Stack>
  );
}
