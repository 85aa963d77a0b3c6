import { Alert, Anchor, Badge, Button, FileInput, Group, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { uploadFile } from '../../app/upload.ts';
import { saveFile } from '../../app/save-file.ts';
import { href } from '../../app/use-hash-route.ts';
import type { BundleImportView } from '../../../../shared/bundles/received.ts';
import { useAction } from '../../app/use-action.ts';

const OUTCOME_COLOR = { imported: 'teal', already: 'gray', refused: 'red' } as const;

/**
 * "Impor bundel": a .sipena-bundle sent through the one upload mechanism, imported by the
 * same code as the CLI; the counts, each case's outcome with the reason for a refusal, and
 * the signed receipt to send back.
 */
export function ReceivedImportPage() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [result, setResult] = useState<BundleImportView | null>(null);
  const reason = (code: string | null) => (code ? t(`received.reasons.${code}`, { defaultValue: code }) : '');

  const importing = useAction(async (chosen: File) => {
    setResult(null);
    try {
      const uploadId = await uploadFile(chosen, 'bundle', (sent, total) => setProgress(Math.round((sent / total) * 100)));
      setResult(await call('received:import', { uploadId }));
    } finally {
      setProgress(null);
    }
  });
  const { busy, error } = importing;
  const run = () => {
    if (file) void importing.run(file);
  };

  return (
    <Stack data-testid="received-import-page">
      <Anchor href={href('/received')} size="sm">← {t('received.back')}</Anchor>
      <Title order={2}>{t('received.importTitle')}</Title>
      <Text size="sm" c="dimmed">{t('received.importIntro')}</Text>
      <Group align="flex-end">
        <FileInput label={t('received.bundleFile')} accept=".sipena-bundle" value={file} onChange={setFile} disabled={busy} clearable w={420} data-testid="received-bundle-file" />
        <Button onClick={run} disabled={!file} loading={busy} data-testid="received-import-run">{t('received.importRun')}</Button>
      </Group>
      {progress !== null && (
        <Stack gap={2}>
          <Progress value={progress} />
          <Text size="sm">{t('received.uploading', { percent: progress })}</Text>
        </Stack>
      )}
      {error && <Alert color="red" role="alert" data-testid="received-import-error">{error}</Alert>}
      {result && (
        <Stack gap="xs" data-testid="received-import-result">
          <Text fw={600} size="lg" data-testid="received-import-summary">{t('received.summary', { imported: result.imported, already: result.already, refused: result.refused })}</Text>
          {result.alreadyImported && <Alert color="gray">{t('received.alreadyImported')}</Alert>}
          {result.refusal && (
            <Alert color="red" data-testid="received-import-refusal">
              {t('received.bundleRefused', { reason: reason(result.refusal) })}
              {result.detail && <Text size="xs" mt={4}>{t('received.technical', { detail: result.detail })}</Text>}
            </Alert>
          )}
          <Text size="xs" c="dimmed" ff="monospace">{t('received.bundleSha256')}: {result.bundleSha256}</Text>
          {result.results.length > 0 && (
            <Table withTableBorder data-testid="received-import-cases">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('received.registerNo')}</Table.Th>
                  <Table.Th>{t('received.revision')}</Table.Th>
                  <Table.Th>{t('received.outcome')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.results.map((r) => (
                  <Table.Tr key={`${r.caseUuid}-${r.revision}`} data-testid={`received-import-case-${r.caseUuid}`}>
                    <Table.Td>
                      {r.outcome !== 'refused' && result.originCode ? <a href={href(`/received/${result.originCode}/${r.caseUuid}`)}>{r.registerNo}</a> : r.registerNo}
                    </Table.Td>
                    <Table.Td>{r.revision}</Table.Td>
                    <Table.Td>
                      <Badge color={OUTCOME_COLOR[r.outcome]} variant="light">{t(`received.outcomeLabel.${r.outcome}`)}</Badge>
                      {r.reason && <Text size="sm" span ml="xs">{reason(r.reason)}</Text>}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {result.receipt ? (
            <Group>
              <Button
                variant="light"
                data-testid="received-download-receipt"
                onClick={() => saveFile(new TextEncoder().encode(result.receipt!.text) as Uint8Array<ArrayBuffer>, result.receipt!.fileName, 'application/json')}
              >
                {t('received.downloadReceipt')}
              </Button>
              <Text size="sm" c="dimmed">{result.receipt.fileName}</Text>
            </Group>
          ) : (
            <Text size="sm" c="dimmed">{t('received.noReceipt')}</Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}
