import { Alert, Badge, Button, Card, Checkbox, Code, FileInput, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { useLoad } from '../../app/use-load.ts';
import { showDateTime } from '../../app/format.ts';
import { saveFile } from '../../app/save-file.ts';
import type { BundleExportResult } from '../../../../shared/bundles/outbox.ts';
import { useAction } from '../../app/use-action.ts';
import { GrowTextarea } from '../../app/GrowTextarea.tsx';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The export form: changed since the last bundle, since a date, particular register numbers; with or without evidence files. */
function ExportForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [sinceLast, setSinceLast] = useState(true);
  const [from, setFrom] = useState('');
  const [regNos, setRegNos] = useState('');
  const [withEvidence, setWithEvidence] = useState(false);
  const [done, setDone] = useState<Omit<BundleExportResult, 'bytes'> | null>(null);
  const exporting = useAction(async () => {
    setDone(null);
    const registerNos = regNos.split('\n').map((s) => s.trim()).filter(Boolean);
    const { bytes, ...result } = await call('bundles:export', { sinceLast, from: ISO_DAY.test(from) ? from : null, registerNos, withEvidence });
    saveFile(bytes as Uint8Array<ArrayBuffer>, result.fileName, 'application/zip');
    setDone(result);
    onDone();
  });
  const { busy, error } = exporting;
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={4}>{t('bundleExport.selection')}</Title>
        <Checkbox label={t('bundleExport.sinceLast')} checked={sinceLast} onChange={(e) => setSinceLast(e.currentTarget.checked)} data-testid="bundle-since-last" />
        <TextInput label={t('bundleExport.fromDate')} type="date" value={from} onChange={(e) => setFrom(e.currentTarget.value)} maw={360} data-testid="bundle-from" />
        <GrowTextarea label={t('bundleExport.casesLabel')} value={regNos} onChange={(e) => setRegNos(e.currentTarget.value)} minRows={2} maxRows={8} monospace data-testid="bundle-cases" />
        <Checkbox label={t('bundleExport.withEvidence')} checked={withEvidence} onChange={(e) => setWithEvidence(e.currentTarget.checked)} data-testid="bundle-with-evidence" />
        <Group>
          <Button onClick={() => void exporting.run()} loading={busy} data-testid="bundle-export">{t('bundleExport.export')}</Button>
        </Group>
        {error && <Alert color="red" role="alert" data-testid="bundle-export-error">{error}</Alert>}
        {done && (
          <Alert color="teal" data-testid="bundle-export-done" data-sha256={done.sha256}>
            {t('bundleExport.exported', { file: done.fileName, cases: done.cases, letters: done.letters, sha256: done.sha256 })}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}

/** Records a receipt file the receiver sent back; the outbox row then shows it delivered. */
function ReceiptForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [done, setDone] = useState<string | null>(null);
  const [value, setValue] = useState<File | null>(null);
  const recording = useAction(async (file: File) => {
    try {
      const r = await call('bundles:receipt', { text: await file.text() });
      setDone(t('bundleExport.receiptDone', { file: r.fileName, code: r.receiverCode, name: r.receiverName }));
      onDone();
    } finally {
      setValue(null);
    }
  });
  const { error } = recording;
  const record = (file: File | null) => {
    setValue(file);
    recording.clear();
    setDone(null);
    if (file) void recording.run(file);
  };
  return (
    <Stack gap="xs">
      <FileInput label={t('bundleExport.receiptFile')} accept=".sipena-receipt,application/json" value={value} onChange={record} maw={420} data-testid="bundle-receipt-file" />
      {error && <Alert color="red" role="alert" data-testid="bundle-receipt-error">{error}</Alert>}
      {done && <Alert color="teal" data-testid="bundle-receipt-done">{done}</Alert>}
    </Stack>
  );
}

/**
 * Kirim Bundel: export a signed bundle of cases for the province (downloaded as a file to
 * carry by USB stick or e-mail), and the outbox: every bundle made, and whether the
 * receiver's signed receipt has come back.
 */
export function BundleSendPage() {
  const { t } = useTranslation();
  const outbox = useLoad(() => call('bundles:outbox', {}), []);
  return (
    <Stack data-testid="bundle-send-page" maw={1100}>
      <Title order={2}>{t('bundleExport.title')}</Title>
      <Text size="sm" c="dimmed">{t('bundleExport.intro')}</Text>
      <ExportForm onDone={outbox.reload} />
      <Title order={3}>{t('bundleExport.outbox')}</Title>
      <ReceiptForm onDone={outbox.reload} />
      {outbox.error && <Alert color="red" role="alert">{outbox.error}</Alert>}
      {outbox.data?.length === 0 && <Text c="dimmed">{t('bundleExport.noOutbox')}</Text>}
      {outbox.data && outbox.data.length > 0 && (
        <Table withTableBorder data-testid="bundle-outbox">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('bundleExport.fileName')}</Table.Th>
              <Table.Th>{t('bundleExport.exportedAt')}</Table.Th>
              <Table.Th>{t('bundleExport.counts')}</Table.Th>
              <Table.Th>{t('bundleExport.acknowledged')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {outbox.data.map((b) => (
              <Table.Tr key={b.bundleId} data-testid={`bundle-outbox-${b.fileSha256}`} data-acknowledged={b.acknowledgement !== null}>
                <Table.Td>
                  <Text size="sm">{b.fileName}</Text>
                  <Code fz="xs">{b.fileSha256.slice(0, 16)}…</Code>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{showDateTime(b.exportedAt)}</Text>
                  <Text size="xs" c="dimmed">{b.exportedBy}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t('bundleExport.countsValue', { cases: b.cases, letters: b.letters })}</Text>
                  {b.withEvidence && <Badge size="xs" variant="light">{t('bundleExport.withEvidenceShort')}</Badge>}
                </Table.Td>
                <Table.Td>
                  {b.acknowledgement ? (
                    <Stack gap={2}>
                      <Text size="sm" c="teal">
                        {t('bundleExport.acknowledgedValue', {
                          receiver: `${b.acknowledgement.receiverCode} ${b.acknowledgement.receiverName}`,
                          at: showDateTime(b.acknowledgement.receivedAt),
                          imported: b.acknowledgement.imported,
                          already: b.acknowledgement.already,
                          refused: b.acknowledgement.refused,
                        })}
                      </Text>
                      {b.acknowledgement.refusedCases.map((r) => (
                        <Text key={r.registerNo} size="xs" c="red" data-testid="bundle-refused-case">
                          {r.registerNo} ({r.revision}): {r.reason}
                        </Text>
                      ))}
                    </Stack>
                  ) : (
                    <Badge color="gray" variant="light">{t('bundleExport.notAcknowledged')}</Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
