import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { showDate, showDateTime } from '../../app/format.ts';
import { formatNip } from '../../../../shared/nip.ts';
import type { CaseDetail } from '../../../../shared/cases/schemas.ts';
import type { PdfFile } from '../../../../shared/ipc/table.ts';
import { PdfPreview } from '../letters/PdfPreview.tsx';
import { base64ToBytes, savePdf } from '../letters/pdf-bytes.ts';

function Field({ label, value }: { label: string; value: string | null | undefined }) {
  return (
    <div>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text>{value || '–'}</Text>
    </div>
  );
}

/** One case: particulars, accused, violations, history, and its report receipt. */
export function CaseDetailPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const [c, setCase] = useState<CaseDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [receipt, setReceipt] = useState<{ file: PdfFile; bytes: Uint8Array<ArrayBuffer> } | null>(null);
  const [making, setMaking] = useState(false);

  useEffect(() => {
    let live = true;
    call('cases:get', { id })
      .then((d) => live && setCase(d))
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [id]);

  const makeReceipt = async () => {
    setMaking(true);
    try {
      const file = await call('letters:receipt', { id });
      setReceipt({ file, bytes: base64ToBytes(file.pdfBase64) });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setMaking(false);
    }
  };

  if (error) return <Alert color="red" role="alert">{error}</Alert>;
  if (!c) return null;
  return (
    <Stack maw={1000}>
      <Group justify="space-between">
        <Title order={2} data-testid="case-register-no">{c.registerNo}</Title>
        <Badge size="lg" variant="light">{t(`statuses.${c.status}`, { defaultValue: c.status })}</Badge>
      </Group>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Field label={t('case.source')} value={t(`sources.${c.source}`)} />
          <Field label={t('case.sourceRef')} value={c.sourceRef} />
          <Field label={t('case.createdAt')} value={showDateTime(c.createdAt)} />
          <Field label={t('case.incidentDate')} value={showDate(c.incidentDate, true)} />
          <Field label={t('case.incidentPlace')} value={c.incidentPlace} />
          <Field label={t('case.catalogueVersion')} value={c.catalogueVersion} />
        </SimpleGrid>
        {c.chronology && <Field label={t('case.chronology')} value={c.chronology} />}
      </Paper>
      <Title order={4}>{t('case.accused')}</Title>
      <Table withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('case.accusedName')}</Table.Th>
            <Table.Th>{t('case.nip')}</Table.Th>
            <Table.Th>{t('case.employmentType')}</Table.Th>
            <Table.Th>{t('case.jabatan')}</Table.Th>
            <Table.Th>{t('case.unitKerja')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {c.accused.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>{a.name}</Table.Td>
              <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>{formatNip(a.nip)}</Table.Td>
              <Table.Td>{a.employmentType}</Table.Td>
              <Table.Td>{a.jabatan ?? '–'}</Table.Td>
              <Table.Td>{a.unitKerja ?? '–'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={4}>{t('case.violations')}</Title>
      <Stack gap={4}>
        {c.violations.map((v) => (
          <Text key={v.code}>
            {v.title} {v.level && <Badge size="sm" color={v.level === 'berat' ? 'red' : 'orange'}>{v.level}</Badge>}{' '}
            <Text span size="xs" c="dimmed">{v.legalBasis}</Text>
          </Text>
        ))}
      </Stack>
      <Title order={4}>{t('case.history')}</Title>
      <Timeline bulletSize={14} lineWidth={2}>
        {c.history.map((h, i) => (
          <Timeline.Item key={i} title={t(`audit.${h.action}`, { defaultValue: h.action })}>
            <Text size="xs" c="dimmed">{showDateTime(h.at)} · {h.actor}</Text>
            {h.reason && <Text size="sm">{h.reason}</Text>}
          </Timeline.Item>
        ))}
      </Timeline>
      <Group>
        <Button onClick={() => void makeReceipt()} loading={making}>{t('case.makeReceipt')}</Button>
        {receipt && (
          <Button variant="light" onClick={() => savePdf(receipt.bytes, receipt.file.fileName)}>
            {t('actions.download')}
          </Button>
        )}
      </Group>
      {receipt && <PdfPreview bytes={receipt.bytes} />}
    </Stack>
  );
}
