import { Alert, Badge, Button, Checkbox, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { useLoad } from '../../app/use-load.ts';
import { useCan } from '../../app/session.ts';
import { showDate } from '../../app/format.ts';
import { href } from '../../app/use-hash-route.ts';
import { ExportMenu } from '../../app/ExportMenu.tsx';
import { ISSUERS, REC_STATUSES } from '../../../../shared/recommendations/schemas.ts';
import type { Issuer, RecStatus, RecommendationListQuery, RecommendationSummary } from '../../../../shared/recommendations/schemas.ts';

/** "Rekomendasi": the register with its filters, per letter the employees' statuses and the follow-up deadline. */
export function RecommendationListPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [search, setSearch] = useState('');
  const [issuer, setIssuer] = useState<Issuer | null>(null);
  const [status, setStatus] = useState<RecStatus | null>(null);
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [receivedFrom, setFrom] = useState('');
  const [receivedTo, setTo] = useState('');
  const [exportError, setExportError] = useState<string | null>(null);
  const query = useMemo<Partial<RecommendationListQuery>>(
    () => ({
      ...(search.trim() ? { search: search.trim() } : {}),
      ...(issuer ? { issuer } : {}),
      ...(status ? { status } : {}),
      ...(overdueOnly ? { overdueOnly } : {}),
      ...(receivedFrom ? { receivedFrom } : {}),
      ...(receivedTo ? { receivedTo } : {}),
    }),
    [search, issuer, status, overdueOnly, receivedFrom, receivedTo],
  );
  const { data, error } = useLoad<RecommendationSummary[]>(() => call('recommendations:list', query), [query]);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('rec.title')}</Title>
        <Group>
          {can('recommendations:export') && <ExportMenu run={(format) => call('recommendations:export', { ...query, format })} onError={setExportError} />}
          {can('recommendations:create') && (
            <Button component="a" href={href('/recommendations/new')} data-testid="rec-add">
              {t('rec.add')}
            </Button>
          )}
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        {t('rec.intro')}
      </Text>
      <Group align="flex-end">
        <TextInput label={t('rec.search')} w={260} value={search} onChange={(e) => setSearch(e.currentTarget.value)} data-testid="rec-search" />
        <Select label={t('rec.issuer')} placeholder={t('rec.issuerAll')} clearable w={200} value={issuer} onChange={(v) => setIssuer(v as Issuer | null)} data={ISSUERS.map((i) => ({ value: i, label: t(`rec.issuers.${i}`) }))} />
        <Select label={t('rec.status')} placeholder={t('rec.statusAll')} clearable w={200} value={status} onChange={(v) => setStatus(v as RecStatus | null)} data={REC_STATUSES.map((s) => ({ value: s, label: t(`rec.statuses.${s}`) }))} />
        <TextInput type="date" label={t('rec.receivedFrom')} value={receivedFrom} onChange={(e) => setFrom(e.currentTarget.value)} />
        <TextInput type="date" label={t('rec.receivedTo')} value={receivedTo} onChange={(e) => setTo(e.currentTarget.value)} />
        <Checkbox label={t('rec.overdueOnly')} checked={overdueOnly} onChange={(e) => setOverdueOnly(e.currentTarget.checked)} mb={8} data-testid="rec-overdue-only" />
      </Group>
      {(error ?? exportError) && <Alert color="red">{error ?? exportError}</Alert>}
      {data &&
        (data.length === 0 ? (
          <Text data-testid="rec-empty">{t('rec.empty')}</Text>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {t('rec.count', { count: data.length })}
            </Text>
            <Table striped highlightOnHover data-testid="rec-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('rec.letterNumber')}</Table.Th>
                  <Table.Th>{t('rec.issuer')}</Table.Th>
                  <Table.Th>{t('rec.receivedDate')}</Table.Th>
                  <Table.Th>{t('rec.dueDate')}</Table.Th>
                  <Table.Th>{t('rec.employees')}</Table.Th>
                  <Table.Th>{t('rec.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.map((r) => (
                  <Table.Tr key={r.id} data-testid={`rec-row-${r.id}`}>
                    <Table.Td>
                      <a href={href(`/recommendations/${r.id}`)}>{r.letterNumber}</a>
                      <Text size="xs" c="dimmed">
                        {showDate(r.letterDate)}
                      </Text>
                    </Table.Td>
                    <Table.Td>{r.issuerName}</Table.Td>
                    <Table.Td>{showDate(r.receivedDate)}</Table.Td>
                    <Table.Td>
                      <Text size="sm" c={r.overdueCount > 0 ? 'red' : undefined} fw={r.overdueCount > 0 ? 600 : undefined}>
                        {showDate(r.dueDate)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{r.names}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {REC_STATUSES.filter((s) => r.counts[s] > 0).map((s) => (
                          <Badge key={s} variant="light" color={s === 'decided' ? 'teal' : s === 'not_followed' ? 'gray' : s === 'pending' ? 'yellow' : 'blue'}>
                            {t(`rec.statuses.${s}`)}: {r.counts[s]}
                          </Badge>
                        ))}
                        {r.overdueCount > 0 && (
                          <Badge color="red">
                            {t('rec.overdue')}: {r.overdueCount}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        ))}
    </Stack>
  );
}
