import { Alert, Button, Group, Modal, Progress, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showDateTime } from '../../app/format.ts';
import type { RestorePreview, RestoreResult } from '../../../../shared/backup/types.ts';
import { errorText } from '../../../../shared/error-text.ts';
import { useAction } from '../../app/use-action.ts';
import { useLoad } from '../../app/use-load.ts';

export type RestoreSource = { name: string } | { file: string };

interface Props {
  source: RestoreSource | null;
  preview: (source: RestoreSource) => Promise<RestorePreview>;
  /** Runs the restore; `progress` gets 0-100 when the caller can tell. */
  restore: (source: RestoreSource, progress: (percent: number) => void) => Promise<RestoreResult>;
  onClose: () => void;
  onRestored: (r: RestoreResult) => void;
  /** What happens to the current data (normal: backed up first; recovery: the damaged file is set aside). */
  warningKey?: string;
}

/** Restore with a preview first: date, schema, counts, checks; the restore itself needs an explicit confirmation. */
export function RestoreModal({ source, preview, restore, onClose, onRestored, warningKey = 'backup.previewWarning' }: Props) {
  const { t } = useTranslation();
  // The preview of the source on screen only: another file's preview never shows while the new one loads.
  const loaded = useLoad(() => (source ? preview(source) : Promise.resolve(null)), [source, preview], { keepWhileLoading: false });
  const data = loaded.data ?? null;
  // The restore's progress (0-100, from the click until the modal closes) and its failure,
  // for the source they were run on: another source starts with neither.
  const [attempt, setAttempt] = useState<{ for: RestoreSource; percent: number | null; error: string | null } | null>(null);
  const mine = attempt?.for === source ? attempt : null;
  const busy = mine?.percent ?? null;
  // The preview's and the restore's failure share one place.
  const error = mine?.error ?? loaded.error;

  const restoring = useAction(async (from: RestoreSource) => {
    setAttempt({ for: from, percent: 0, error: null });
    try {
      onRestored(await restore(from, (percent) => setAttempt({ for: from, percent, error: null })));
    } catch (e) {
      setAttempt({ for: from, percent: null, error: errorText(e) });
    }
  });
  const run = () => {
    if (source) void restoring.run(source);
  };

  const row = (label: string, value: string, testId?: string) => (
    <Table.Tr>
      <Table.Th w={220}>{label}</Table.Th>
      <Table.Td data-testid={testId}>{value}</Table.Td>
    </Table.Tr>
  );

  return (
    <Modal opened={source !== null} onClose={busy === null ? onClose : () => undefined} title={t('backup.previewTitle')} size="lg">
      <Stack data-testid="restore-preview">
        {!data && !error && <Text c="dimmed">{t('backup.working')}</Text>}
        {data && (
          <Table withRowBorders={false}>
            <Table.Tbody>
              {row(t('backup.previewFile'), data.name)}
              {row(t('backup.previewCreated'), data.createdAt ? showDateTime(data.createdAt) : '–', 'preview-created')}
              {row(t('backup.previewLastChange'), data.lastChangeAt ? showDateTime(data.lastChangeAt) : '–')}
              {row(t('backup.previewSchema'), `${data.schemaVersion} / ${data.supportedVersion}`)}
              {row(t('backup.previewCounts'), t('backup.previewCountsValue', { ...data.counts }), 'preview-counts')}
              {row(t('backup.previewIntegrity'), data.integrity)}
              {row(t('backup.previewChain'), data.auditChain.ok ? t('backup.chainOk', { rows: data.auditChain.rows }) : t('backup.chainBrokenAt', { id: data.auditChain.firstBrokenId ?? '?' }))}
            </Table.Tbody>
          </Table>
        )}
        {data && data.evidenceMissing.length > 0 && (
          <Alert color="yellow">{t('backup.evidenceMissing', { list: data.evidenceMissing.join(', ') })}</Alert>
        )}
        {data && !data.restorable && <Alert color="red">{t(data.problemKey ?? 'backup.damaged', { detail: data.problemDetail ?? data.integrity })}</Alert>}
        {data?.restorable && <Alert color="orange">{t(warningKey)}</Alert>}
        {error && (
          <Alert color="red" data-testid="restore-error">
            {error}
          </Alert>
        )}
        {busy !== null && <Progress value={busy} animated aria-label={t('backup.working')} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={busy !== null}>
            {t('actions.cancel')}
          </Button>
          <Button color="red" disabled={!data?.restorable || busy !== null} onClick={run}>
            {t('backup.confirmRestore')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
