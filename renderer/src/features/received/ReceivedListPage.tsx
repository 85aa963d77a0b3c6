import { Alert, Button, Group, Pagination, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { useLoad } from '../../app/use-load.ts';
import { showDateTime } from '../../app/format.ts';
import { href, navigate } from '../../app/use-hash-route.ts';
import { useCan } from '../../app/session.ts';
import { ExportMenu } from '../../app/ExportMenu.tsx';
import { formatNip } from '../../../../shared/nip.ts';
import { statusLabel } from '../cases/status-label.ts';
import { ReceivedFlags } from './ReceivedFlags.tsx';

const PAGE_SIZE = 50;

/** "Kasus Diterima": every case received from other offices at its newest revision, by origin, searchable. Read only. */
export function ReceivedListPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [origin, setOrigin] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const [search] = useDebouncedValue(typed.trim(), 150);
  const [page, setPage] = useState(1);
  const origins = useLoad(() => call('received:origins', {}), []);
  const list = useLoad(
    () => call('received:list', { ...(origin ? { origin } : {}), ...(search ? { search } : {}), offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE }),
    [origin, search, page],
  );
  const data = list.data;
  const [exportError, setExportError] = useState<string | null>(null);
  return (
    <Stack data-testid="received-list-page">
      <Group justify="space-between">
        <Title order={2}>{t('received.title')}</Title>
        <Group gap="xs">
          <ExportMenu run={(format) => call('received:export', { ...(origin ? { origin } : {}), ...(search ? { search } : {}), format })} onError={setExportError} />
          {can('received:import') && <Button onClick={() => navigate('/received/import')} data-testid="received-import">{t('received.importNav')}</Button>}
        </Group>
      </Group>
      <Text size="sm" c="dimmed">{t('received.intro')}</Text>
      <Group grow align="flex-end">
        <Select
          label={t('received.origin')}
          placeholder={t('received.allOrigins')}
          clearable
          data={(origins.data ?? []).map((o) => ({ value: o.code, label: `${o.name} (${o.code}) · ${o.cases}` }))}
          value={origin}
          onChange={(v) => {
            setOrigin(v);
            setPage(1);
          }}
          data-testid="received-origin"
        />
        <TextInput
          label={t('received.search')}
          value={typed}
          onChange={(e) => {
            setTyped(e.currentTarget.value);
            setPage(1);
          }}
          data-testid="received-search"
        />
      </Group>
      {(list.error ?? origins.error ?? exportError) && <Alert color="red" role="alert">{list.error ?? origins.error ?? exportError}</Alert>}
      {data && data.total === 0 && <Text data-testid="received-empty">{origin || search ? t('received.noMatch') : t('received.none')}</Text>}
      {data && data.total > 0 && (
        <>
          <Text size="sm" c="dimmed" data-testid="received-total" data-state={list.loading ? 'loading' : 'ready'}>
            {t('received.shown', { from: (page - 1) * PAGE_SIZE + 1, to: (page - 1) * PAGE_SIZE + data.rows.length, total: data.total })}
          </Text>
          <Table striped highlightOnHover data-testid="received-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('received.origin')}</Table.Th>
                <Table.Th>{t('received.registerNo')}</Table.Th>
                <Table.Th>{t('received.accused')}</Table.Th>
                <Table.Th>{t('received.status')}</Table.Th>
                <Table.Th>{t('received.latest')}</Table.Th>
                <Table.Th>{t('received.revisionCount')}</Table.Th>
                <Table.Th>{t('received.flags')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.rows.map((c) => (
                <Table.Tr key={`${c.originCode}/${c.caseUuid}`} data-testid={`received-row-${c.caseUuid}`}>
                  <Table.Td>
                    <Text size="sm">{c.originName}</Text>
                    <Text size="xs" c="dimmed">{c.originCode}</Text>
                  </Table.Td>
                  <Table.Td>
                    <a href={href(`/received/${c.originCode}/${c.caseUuid}`)} data-testid={`received-open-${c.caseUuid}`}>{c.registerNo}</a>
                  </Table.Td>
                  <Table.Td>
                    {c.accused.map((a) => (
                      <div key={`${a.nip}-${a.name}`}>
                        <Text size="sm">{a.name}</Text>
                        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>{a.nip ? formatNip(a.nip) : '–'}</Text>
                      </div>
                    ))}
                  </Table.Td>
                  <Table.Td>{c.status ? statusLabel(t, c.status) : '–'}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{c.revision}</Text>
                    <Text size="xs" c="dimmed">{showDateTime(c.receivedAt)}</Text>
                  </Table.Td>
                  <Table.Td>{c.revisions}</Table.Td>
                  <Table.Td><ReceivedFlags c={c} /></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {data.total > PAGE_SIZE && <Pagination total={Math.ceil(data.total / PAGE_SIZE)} value={page} onChange={setPage} />}
        </>
      )}
    </Stack>
  );
}
