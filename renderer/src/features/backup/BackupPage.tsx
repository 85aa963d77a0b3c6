import { Alert, Button, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../../app/api.ts';
import { BackupTable } from './BackupTable.tsx';
import { PathField } from './PathField.tsx';
import { RestoreModal } from './RestoreModal.tsx';
import type { RestoreSource } from './RestoreModal.tsx';
import { jobPercent, runJob } from './run-job.ts';
import type { BackupList } from '../../../../shared/ipc/channels/backup.ts';
import type { JobStatus, RestoreResult } from '../../../../shared/backup/types.ts';
import { errorText } from '../../../../shared/error-text.ts';
import { useAction } from '../../app/use-action.ts';

/** Backups: the automatic list, backup now, backup to a folder (USB), and restore with a preview. */
export function BackupPage() {
  const { t } = useTranslation();
  const [list, setList] = useState<BackupList | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [job, setJob] = useState<JobStatus | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [folder, setFolder] = useState('');
  const [folderError, setFolderError] = useState<string | null>(null);
  const [file, setFile] = useState('');
  const [restoring, setRestoring] = useState<RestoreSource | null>(null);

  const reload = useCallback(() => {
    call('backup:list', {})
      .then(setList)
      .catch((e: unknown) => setListError(errorText(e)));
  }, []);
  useEffect(reload, [reload]);

  const backup = useAction(
    async (kind: 'now' | 'folder') => {
      setMessage(null);
      setListError(null);
      setFolderError(null);
      const begin = kind === 'now' ? () => call('backup:create', {}) : () => call('backup:toFolder', { folder });
      try {
        const s = await runJob(begin, setJob);
        const name = s.backup?.name ?? '';
        setMessage(kind === 'now' ? t('backup.created', { name }) : t('backup.folderDone', { name, copied: s.evidenceCopied, skipped: s.evidenceSkipped }));
        reload();
      } finally {
        setJob(null);
      }
    },
    // A refused folder is said under the folder field, not above the page.
    (e) => {
      if (!(e instanceof ApiError && e.fields.folder)) return errorText(e);
      setFolderError(e.fields.folder);
      return null;
    },
  );
  const start = (kind: 'now' | 'folder') => void backup.run(kind);
  const error = backup.error ?? listError;

  const preview = useCallback((source: RestoreSource) => call('backup:preview', { source }), []);
  const restore = async (source: RestoreSource, progress: (p: number) => void): Promise<RestoreResult> => {
    const s = await runJob(() => call('backup:restore', { source, confirm: true }), (st) => progress(jobPercent(st)));
    return s.restore!;
  };
  const restored = (r: RestoreResult) => {
    setRestoring(null);
    setMessage(`${t('backup.restored', { name: r.restoredFrom, cases: r.counts.cases })} ${r.preRestoreBackup ? t('backup.restoredPre', { name: r.preRestoreBackup }) : ''}`);
    reload();
  };

  return (
    <Stack>
      <Title order={2}>{t('backup.title')}</Title>
      {list && <Text size="sm" c="dimmed">{t('backup.intro', { folder: list.folder })}</Text>}
      {error && <Alert color="red">{error}</Alert>}
      {message && (
        <Alert color="teal" data-testid="backup-message">
          {message}
        </Alert>
      )}
      {job && (
        <Stack gap={4}>
          <Text size="sm">{t(`backup.phases.${job.phase}`)}</Text>
          <Progress value={jobPercent(job)} animated aria-label={t('backup.working')} />
        </Stack>
      )}
      <Group>
        <Button onClick={() => start('now')} disabled={backup.busy}>
          {t('backup.backupNow')}
        </Button>
      </Group>
      <Card withBorder>
        <Stack gap="xs">
          <Title order={4}>{t('backup.toFolder')}</Title>
          <Text size="sm" c="dimmed">{t('backup.toFolderHelp')}</Text>
          <PathField label={t('backup.folderLabel')} hint={t('backup.folderServerHint')} value={folder} onChange={setFolder} dialogs={list?.dialogs ?? false} pick="folder" error={folderError} />
          <Group>
            <Button variant="light" onClick={() => start('folder')} disabled={backup.busy || folder.trim() === ''}>
              {t('backup.start')}
            </Button>
          </Group>
        </Stack>
      </Card>
      <Title order={3}>{t('backup.list')}</Title>
      {list && <BackupTable backups={list.backups} onRestore={(b) => setRestoring({ name: b.name })} />}
      <Card withBorder>
        <Stack gap="xs">
          <Title order={4}>{t('backup.restoreFromFile')}</Title>
          <PathField label={t('backup.fileLabel')} hint={t('backup.fileServerHint')} value={file} onChange={setFile} dialogs={list?.dialogs ?? false} pick="file" />
          <Group>
            <Button variant="light" disabled={file.trim() === ''} onClick={() => setRestoring({ file: file.trim() })}>
              {t('backup.check')}
            </Button>
          </Group>
        </Stack>
      </Card>
      <RestoreModal source={restoring} preview={preview} restore={restore} onClose={() => setRestoring(null)} onRestored={restored} />
    </Stack>
  );
}
