import { Badge, Button, Group, Pagination, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { showDate } from '../../app/format.ts';
import { href, navigate } from '../../app/use-hash-route.ts';
import type { CaseSummary } from '../../../../shared/cases/schemas.ts';

const PAGE_SIZE = 50;

/** The case list: paged and searched in SQL by the main process. */
export function CaseListPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [page, setPage] = useState(1);
  const [data, setData] = useState<{ rows: CaseSummary[]; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    call('cases:list', { search: debounced || undefined, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE })
      .then((d) => live && setData(d))
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [debounced, page]);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('nav.cases')}</Title>
        <Button component="a" href={href('/cases/new')}>
          {t('nav.newCase')}
        </Button>
      </Group>
      <TextInput
        aria-label={t('actions.search')}
        placeholder={t('case.searchPlaceholder')}
        value={search}
        onChange={(e) => {
          setSearch(e.currentTarget.value);
          setPage(1);
        }}
      />
      {error && <Text c="red">{error}</Text>}
      {data && (
        <>
          <Text size="sm" c="dimmed" data-testid="case-total">
            {t('case.total', { count: data.total })}
          </Text>
          {data.rows.length === 0 ? (
            <Text>{t('case.empty')}</Text>
          ) : (
            <Table striped highlightOnHover stickyHeader>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('case.registerNo')}</Table.Th>
                  <Table.Th>{t('case.accused')}</Table.Th>
                  <Table.Th>{t('case.violations')}</Table.Th>
                  <Table.Th>{t('case.incidentDate')}</Table.Th>
                  <Table.Th>{t('case.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.rows.map((r) => (
                  <Table.Tr key={r.id} style={{ cursor: 'pointer' }} onClick={() => navigate(`/cases/${r.id}`)}>
                    <Table.Td>
                      <a href={href(`/cases/${r.id}`)}>{r.registerNo}</a>
                    </Table.Td>
                    <Table.Td>{r.accusedNames}</Table.Td>
                    <Table.Td>{r.violationCodes}</Table.Td>
                    <Table.Td>{showDate(r.incidentDate)}</Table.Td>
                    <Table.Td>
                      <Badge variant="light">{t(`statuses.${r.status}`, { defaultValue: r.status })}</Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {data.total > PAGE_SIZE && <Pagination total={Math.ceil(data.total / PAGE_SIZE)} value={page} onChange={setPage} />}
        </>
      )}
    </Stack>
  );
}
