import { Alert, Button, Card, Code, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { BackupTable } from './BackupTable.tsx';
import { PathField } from './PathField.tsx';
import { RestoreModal } from './RestoreModal.tsx';
import type { RestoreSource } from './RestoreModal.tsx';
import type { BackupList } from '../../../../shared/ipc/channels/backup.ts';
import type { RecoveryStatus } from '../../../../shared/backup/types.ts';
import { errorText } from '../../../../shared/error-text.ts';

type Recovery = Extract<RecoveryStatus, { mode: 'recovery' }>;

/**
 * Shown instead of the app when the database is damaged or from a newer Sipena: the
 * reason, the backups in the data folder, and a restore with preview. Nothing here can
 * overwrite the unreadable file; a restore sets it aside.
 */
export function RecoveryScreen({ status }: { status: Recovery }) {
  const { t } = useTranslation();
  const [list, setList] = useState<BackupList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [file, setFile] = useState('');
  const [source, setSource] = useState<RestoreSource | null>(null);
  const [done, setDone] = useState(false);

  useEffect(() => {
    call('recovery:backups', {})
      .then(setList)
      .catch((e: unknown) => setError(errorText(e)));
  }, []);
  const preview = useCallback((s: RestoreSource) => call('recovery:preview', { source: s }), []);

  return (
    <Container size="lg" py="xl">
      <Stack data-testid="recovery-screen">
        <Title order={2}>{t('recovery.title')}</Title>
        <Alert color="red">{status.reason === 'too-new' ? t('recovery.tooNew', { found: status.found, supported: status.supported }) : t('recovery.damaged')}</Alert>
        <Text size="sm">
          {t('recovery.folder')}: <Code>{status.dataDir}</Code>
        </Text>
        <Text size="sm" c="dimmed">
          {t('recovery.detail')}: {status.detail}
        </Text>
        {done && <Alert color="teal">{t('recovery.done')}</Alert>}
        {error && <Alert color="red">{error}</Alert>}
        <Title order={4}>{t('recovery.choose')}</Title>
        {list && (list.backups.length > 0 ? <BackupTable backups={list.backups} onRestore={(b) => setSource({ name: b.name })} /> : <Text>{t('recovery.noBackups')}</Text>)}
        <Card withBorder>
          <Stack gap="xs">
            <Title order={5}>{t('backup.restoreFromFile')}</Title>
            <PathField label={t('backup.fileLabel')} hint={t('backup.fileServerHint')} value={file} onChange={setFile} dialogs={false} pick="file" />
            <Group>
              <Button variant="light" disabled={file.trim() === ''} onClick={() => setSource({ file: file.trim() })}>
                {t('backup.check')}
              </Button>
            </Group>
          </Stack>
        </Card>
      </Stack>
      <RestoreModal
        source={source}
        preview={preview}
        restore={(s) => call('recovery:restore', { source: s, confirm: true })}
        onClose={() => setSource(null)}
        warningKey="recovery.previewWarning"
        onRestored={() => {
          setSource(null);
          setDone(true);
          // The app starts over against the restored database (login, screens, caches).
          setTimeout(() => window.location.reload(), 1200);
        }}
      />
    </Container>
  );
}
