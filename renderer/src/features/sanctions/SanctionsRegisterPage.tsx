import { Alert, Badge, Group, SegmentedControl, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { ExportMenu } from '../../app/ExportMenu.tsx';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { useLoad } from '../../app/use-load.ts';
import { useCan } from '../../app/session.ts';
import { showDate } from '../../app/format.ts';
import { href } from '../../app/use-hash-route.ts';
import { formatNip } from '../../../../shared/nip.ts';
import type { SanctionRow, SanctionStatus, SanctionsList } from '../../../../shared/sanctions/register.ts';
import { EndNoticeButton } from './EndNoticeButton.tsx';

const FILTERS = ['in_force', 'ended', 'upcoming', 'all'] as const;
type Filter = (typeof FILTERS)[number];
const STATUS_COLOR: Record<SanctionStatus, string> = { in_force: 'red', ended: 'gray', upcoming: 'yellow' };

/** "Hukuman Berjalan": employees under a disciplinary sanction, its SK and dates; ended ones get their notice to BKPSDM. */
export function SanctionsRegisterPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [status, setStatus] = useState<Filter>('in_force');
  const [search, setSearch] = useState('');
  const [exportError, setExportError] = useState<string | null>(null);
  const { data, error, reload } = useLoad<SanctionsList>(() => call('sanctions:list', { status, limit: 500, ...(search.trim() ? { search } : {}) }), [status, search]);
  const row = (r: SanctionRow) => (
    <Table.Tr key={`${r.caseId}-${r.accusedId}`} data-testid={`sanction-${r.caseId}-${r.accusedId}`}>
      <Table.Td>
        <Text size="sm" fw={600}>
          {r.name}
        </Text>
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {r.nip ? formatNip(r.nip) : '–'}
          {r.unitKerja ? ` · ${r.unitKerja}` : ''}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{r.sanctionTitle}</Text>
        <Text size="xs" c="dimmed">
          {t(`sanctionsUi.level.${r.level}`)}
          {r.durationMonths ? ` · ${t('sanctionsUi.months', { count: r.durationMonths })}` : ''}
        </Text>
        {r.appeal && (
          <Text size="xs" c="orange">
            {t(`sanctionsUi.appeal.${r.appeal.outcome}`, { number: r.appeal.number, date: showDate(r.appeal.date) })}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{showDate(r.startDate)}</Table.Td>
      <Table.Td>{r.endDate ? showDate(r.endDate) : t('sanctionsUi.noEnd')}</Table.Td>
      <Table.Td>
        <Text size="sm">{r.skNumber}</Text>
        <Text size="xs" c="dimmed">
          {showDate(r.skDate)} · <a href={href(`/cases/${r.caseId}`)}>{r.registerNo}</a>
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{r.decidedBy.title}</Text>
        <Text size="xs" c="dimmed">
          {r.decidedBy.name}
        </Text>
      </Table.Td>
      <Table.Td miw={120}>
        <Badge color={STATUS_COLOR[r.status]} variant="light">
          {t(`sanctionsUi.status.${r.status}`)}
        </Badge>
      </Table.Td>
      <Table.Td>
        {r.notice ? (
          <Text size="xs" data-testid={`notice-${r.caseId}-${r.accusedId}`}>
            {t('sanctionsUi.noticeDone', { number: r.notice.number, date: showDate(r.notice.date) })}
          </Text>
        ) : r.endDate && data && r.endDate <= data.today && can('letters:issue') ? (
          <EndNoticeButton caseId={r.caseId} accusedId={r.accusedId} onIssued={reload} />
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
  return (
    <Stack>
      <Title order={2}>{t('sanctionsUi.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('sanctionsUi.intro')}
      </Text>
      <Group align="flex-end">
        <SegmentedControl
          value={status}
          onChange={(v) => setStatus(v as Filter)}
          data={FILTERS.map((f) => ({ value: f, label: t(`sanctionsUi.filter.${f}`) }))}
          data-testid="sanctions-filter"
        />
        <TextInput label={t('sanctionsUi.search')} w={260} value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
        <ExportMenu run={(format) => call('sanctions:export', { status, ...(search.trim() ? { search } : {}), format })} onError={setExportError} />
        {data && (
          <Text size="sm" c="dimmed" data-testid="sanctions-total">
            {t('sanctionsUi.total', { count: data.total, today: showDate(data.today, true) })}
          </Text>
        )}
      </Group>
      {(error ?? exportError) && <Alert color="red">{error ?? exportError}</Alert>}
      {data &&
        (data.rows.length === 0 ? (
          <Text data-testid="sanctions-empty">{t('sanctionsUi.empty')}</Text>
        ) : (
          <Table striped highlightOnHover data-testid="sanctions-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('sanctionsUi.col.employee')}</Table.Th>
                <Table.Th>{t('sanctionsUi.col.sanction')}</Table.Th>
                <Table.Th>{t('sanctionsUi.col.start')}</Table.Th>
                <Table.Th>{t('sanctionsUi.col.end')}</Table.Th>
                <Table.Th>{t('sanctionsUi.col.sk')}</Table.Th>
                <Table.Th>{t('sanctionsUi.col.decidedBy')}</Table.Th>
                <Table.Th>{t('sanctionsUi.col.status')}</Table.Th>
                <Table.Th>{t('sanctionsUi.col.notice')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>{data.rows.map(row)}</Table.Tbody>
          </Table>
        ))}
    </Stack>
  );
}
