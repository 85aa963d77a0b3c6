import { Button, Group, Pagination, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { useLoad } from '../../app/use-load.ts';
import { useLiveReload } from '../../app/use-changes.tsx';
import { href } from '../../app/use-hash-route.ts';
import { useCan } from '../../app/session.ts';
import type { Employee } from '../../../../shared/employees/schemas.ts';
import { formatNip } from '../../../../shared/nip.ts';
import { EmployeeFormModal } from './EmployeeFormModal.tsx';
import { ExportMenu } from '../../app/ExportMenu.tsx';
import { useOpds } from './use-opds.ts';
import { EMPLOYMENT_TYPES } from '../../../../shared/employees/employment-type.ts';
import type { EmploymentType } from '../../../../shared/employees/employment-type.ts';

const PAGE_SIZE = 50;

/** The employee registry: searched, filtered and paged in SQL; add and edit in a modal. */
export function EmployeeListPage() {
  const { t } = useTranslation();
  const can = useCan();
  const { opds } = useOpds(true);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [opdId, setOpdId] = useState<string | null>(null);
  const [type, setType] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Employee | 'new' | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);

  const { data, error, reload } = useLoad(
    () =>
      call('employees:list', {
      search: debounced || undefined,
      opdId: opdId ? Number(opdId) : undefined,
      employmentType: (type as EmploymentType | null) ?? undefined,
      offset: (page - 1) * PAGE_SIZE,
      limit: PAGE_SIZE,
      }),
    [debounced, opdId, type, page],
  );

  // The live view: the registry as others change it (an open form keeps its own copy).
  useLiveReload(['employee'], reload);
  const mayEdit = can('employees:update');
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('employee.title')}</Title>
        <Group>
          {can('employees:importPreview') && (
            <Button variant="light" component="a" href={href('/employees/import')}>
              {t('employee.import')}
            </Button>
          )}
          {can('employees:create') && <Button onClick={() => setEditing('new')}>{t('employee.add')}</Button>}
          <ExportMenu run={(format) => call('employees:export', { search: debounced || undefined, opdId: opdId ? Number(opdId) : undefined, employmentType: (type as EmploymentType | null) ?? undefined, format })} onError={setExportError} />
        </Group>
      </Group>
      <Group grow align="flex-end">
        <TextInput
          aria-label={t('actions.search')}
          placeholder={t('employee.searchPlaceholder')}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setPage(1);
          }}
        />
        <Select
          aria-label={t('employee.opd')}
          placeholder={t('employee.allOpds')}
          clearable
          searchable
          data={opds.map((o) => ({ value: String(o.id), label: o.name }))}
          value={opdId}
          onChange={(v) => {
            setOpdId(v);
            setPage(1);
          }}
        />
        <Select
          aria-label={t('employee.employmentType')}
          placeholder={t('employee.allTypes')}
          clearable
          data={EMPLOYMENT_TYPES.map((v) => ({ value: v, label: t(`employmentTypes.${v}`) }))}
          value={type}
          onChange={(v) => {
            setType(v);
            setPage(1);
          }}
        />
      </Group>
      {(error ?? exportError) && <Text c="red">{error ?? exportError}</Text>}
      {data && (
        <>
          <Text size="sm" c="dimmed" data-testid="employee-total">
            {t('employee.total', { count: data.total })}
          </Text>
          {data.rows.length === 0 ? (
            <Text>{t('employee.empty')}</Text>
          ) : (
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('employee.nip')}</Table.Th>
                  <Table.Th>{t('employee.name')}</Table.Th>
                  <Table.Th>{t('employee.employmentType')}</Table.Th>
                  <Table.Th>{t('employee.pangkat')}</Table.Th>
                  <Table.Th>{t('employee.jabatan')}</Table.Th>
                  <Table.Th>{t('employee.opd')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.rows.map((e) => (
                  <Table.Tr key={e.id} style={mayEdit ? { cursor: 'pointer' } : undefined} onClick={() => mayEdit && setEditing(e)}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatNip(e.nip)}</Table.Td>
                    <Table.Td>{e.name}</Table.Td>
                    <Table.Td>{t(`employmentTypes.${e.employmentType}`)}</Table.Td>
                    <Table.Td>{[e.pangkat, e.golongan].filter(Boolean).join(', ')}</Table.Td>
                    <Table.Td>{e.jabatan}</Table.Td>
                    <Table.Td>{e.opdName}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {data.total > PAGE_SIZE && <Pagination total={Math.ceil(data.total / PAGE_SIZE)} value={page} onChange={setPage} />}
        </>
      )}
      {editing && (
        <EmployeeFormModal
          employee={editing === 'new' ? undefined : editing}
          opds={opds.filter((o) => o.active || (editing !== 'new' && o.id === editing.opdId))}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            reload();
          }}
        />
      )}
    </Stack>
  );
}
