import { Alert, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { useLoad } from '../../app/use-load.ts';
import { showDate } from '../../app/format.ts';
import { href } from '../../app/use-hash-route.ts';
import { formatNip } from '../../../../shared/nip.ts';
import type { OverdueRecommendations as Overdue } from '../../../../shared/recommendations/schemas.ts';
import { RecStatusBadge } from './status-badge.tsx';

/** On "Perlu tindakan": recommendations past their follow-up deadline, with the SIASN warning. Nothing when none. */
export function OverdueRecommendations() {
  const { t } = useTranslation();
  const { data, error } = useLoad<Overdue>(() => call('recommendations:overdue', {}), []);
  if (error) return <Alert color="red">{error}</Alert>;
  if (!data || data.items.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="rec-dashboard">
      <Title order={4}>{t('rec.dashboardTitle')}</Title>
      <Alert color="red" variant="light" data-testid="rec-dashboard-warning">
        {t('rec.dashboardWarning')}
      </Alert>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('rec.letterNumber')}</Table.Th>
            <Table.Th>{t('rec.dueDate')}</Table.Th>
            <Table.Th>{t('rec.employees')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.items.map((r) => (
            <Table.Tr key={r.id} data-testid={`rec-overdue-${r.id}`}>
              <Table.Td>
                <a href={href(`/recommendations/${r.id}`)}>{r.letterNumber}</a>
                <Text size="xs" c="dimmed">
                  {r.issuerName} · {showDate(r.receivedDate)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{showDate(r.dueDate, true)}</Text>
                <Text size="sm" fw={600} c="red">
                  {t('rec.daysLate', { count: r.daysLate })}
                </Text>
              </Table.Td>
              <Table.Td>
                {r.employees.map((e) => (
                  <div key={e.itemId} data-testid="rec-overdue-employee">
                    <Text size="sm" component="span" fw={600}>
                      {e.name}
                    </Text>{' '}
                    <Text size="xs" component="span" c="dimmed">
                      {formatNip(e.nip)}
                    </Text>{' '}
                    {e.caseId ? <a href={href(`/cases/${e.caseId}`)}>{e.registerNo}</a> : null}
                    <RecStatusBadge status={e.status} />
                  </div>
                ))}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
