import { Alert, Button, Checkbox, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { useCan } from '../../app/session.ts';
import { base64ToBytes, saveFile, TABLE_MIME } from '../../app/save-file.ts';
import { parseTypedDate } from '../../../../shared/indonesian/parse-date.ts';
import type { SiasnExportResult } from '../../../../shared/reports/siasn.ts';
import { SiasnMappingForm } from './SiasnMappingForm.tsx';
import { useAction } from '../../app/use-action.ts';


/** The calendar year so far: what the SIASN operator usually enters. */
function thisYear(): { from: string; to: string } {
  const y = new Date().getFullYear();
  return { from: `${y}-01-01`, to: `${y}-12-31` };
}

/** "Ekspor SIASN": the period's disciplinary SKs as SIASN's record, the rows left out and why, and (administrators) the id mapping. */
export function SiasnExportPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [period, setPeriod] = useState(thisYear);
  const [format, setFormat] = useState<'xlsx' | 'csv'>('xlsx');
  const [includeReceived, setIncludeReceived] = useState(false);
  const [result, setResult] = useState<SiasnExportResult | null>(null);

  const exporting = useAction(async () => {
    const r = await call('reports:siasnExport', { ...period, format, includeReceived });
    setResult(r);
    if (r.exported > 0) saveFile(base64ToBytes(r.fileBase64), r.fileName, TABLE_MIME[format]);
  });
  const { busy, error } = exporting;

  return (
    <Stack maw={980}>
      <Title order={2}>{t('siasn.title')}</Title>
      <Text size="sm">{t('siasn.intro')}</Text>
      <Group align="end">
        <DateInput label={t('siasn.from')} valueFormat="D MMM YYYY" dateParser={parseTypedDate} value={period.from} onChange={(v) => v && setPeriod((p) => ({ ...p, from: v }))} w={180} />
        <DateInput label={t('siasn.to')} valueFormat="D MMM YYYY" dateParser={parseTypedDate} value={period.to} onChange={(v) => v && setPeriod((p) => ({ ...p, to: v }))} w={180} />
        <Stack gap={4}>
          <Text size="sm" fw={500}>{t('siasn.format')}</Text>
          <SegmentedControl value={format} onChange={(v) => setFormat(v as 'xlsx' | 'csv')} data={[{ value: 'xlsx', label: 'XLSX' }, { value: 'csv', label: 'CSV' }]} />
        </Stack>
        <Button onClick={() => void exporting.run()} loading={busy} data-testid="siasn-export">{t('siasn.export')}</Button>
      </Group>
      {can('received:list') && (
        <Checkbox
          label={t('siasn.includeReceived')}
          description={t('siasn.includeReceivedHint')}
          checked={includeReceived}
          onChange={(e) => setIncludeReceived(e.currentTarget.checked)}
          data-testid="siasn-include-received"
        />
      )}
      {error && <Alert color="red" role="alert">{error}</Alert>}
      {result && (
        <Stack gap="xs" data-testid="siasn-result">
          <Alert color={result.skipped.length > 0 ? 'yellow' : 'green'} role="status">{t('siasn.result', { exported: result.exported, skipped: result.skipped.length })}</Alert>
          {result.skipped.length > 0 && (
            <>
              <Title order={4}>{t('siasn.skippedTitle')}</Title>
              <Table striped withTableBorder data-testid="siasn-skipped">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('siasn.colRegister')}</Table.Th>
                    <Table.Th>{t('siasn.colPerson')}</Table.Th>
                    <Table.Th>{t('siasn.colReason')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {result.skipped.map((s) => (
                    <Table.Tr key={`${s.registerNo}-${s.nip}`}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{s.registerNo}</Table.Td>
                      <Table.Td>{s.name} <Text span size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>{s.nip}</Text></Table.Td>
                      <Table.Td>{s.reason}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </>
          )}
          <Text size="xs" c="dimmed">{t('siasn.pdfNote')}</Text>
        </Stack>
      )}
      {can('reports:saveSiasnMapping') && <SiasnMappingForm />}
    </Stack>
  );
}
