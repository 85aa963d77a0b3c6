import { Alert, Badge, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { useLoad } from '../../app/use-load.ts';
import { showDateTime } from '../../app/format.ts';

/** Refreshed this often while the screen is open (the figures are cheap to read). */
const REFRESH_MS = 15_000;

function bytes(n: number | null): string {
  if (n === null) return '-';
  const gb = n / 1024 ** 3;
  if (gb >= 1) return `${gb.toLocaleString('id-ID', { maximumFractionDigits: 1 })} GB`;
  return `${(n / 1024 ** 2).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`;
}

/**
 * The administrator's status screen: clients connected, the last backup and its result (and
 * the second folder's), free disk space and the database's size. On the office server it
 * shows the server; in the desktop app the same figures about this PC.
 */
export function ServerStatusPage() {
  const { t } = useTranslation();
  const status = useLoad(() => call('server:status', {}), []);
  const { reload } = status;
  useEffect(() => {
    const timer = window.setInterval(reload, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [reload]);
  const s = status.data;
  const run = s?.backups.lastRun ?? null;
  const lowDisk = s?.disk.freeBytes !== null && s?.disk.freeBytes !== undefined && s.disk.freeBytes < 2 * 1024 ** 3;
  return (
    <Stack data-testid="server-status" data-state={status.loading ? 'loading' : 'ready'}>
      <Group justify="space-between">
        <Title order={2}>{t('serverStatus.title')}</Title>
        {/* The button spins for a refresh only: its spinner fades out for 150 ms after the answer, and the first answer shows at once. */}
        <Button variant="light" onClick={reload} loading={status.loading && s !== undefined}>{t('serverStatus.refresh')}</Button>
      </Group>
      {status.error && <Alert color="red" role="alert">{status.error}</Alert>}
      {!s && !status.error && <Loader size="sm" />}
      {s && (
        <>
          {run && !run.ok && (
            <Alert color="red" role="alert" title={t('serverStatus.backupFailed')}>{run.error}</Alert>
          )}
          {run?.copy && !run.copy.ok && (
            <Alert color="orange" role="alert" title={t('serverStatus.copyFailed', { dir: run.copy.dir })}>{run.copy.error}</Alert>
          )}
          {lowDisk && <Alert color="orange" role="alert">{t('serverStatus.lowDisk')}</Alert>}
          <Table withTableBorder variant="vertical" data-testid="server-status-table">
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={260}>{t('serverStatus.mode')}</Table.Th>
                <Table.Td>{s.mode === 'server' ? t('serverStatus.modeServer') : t('serverStatus.modeDesktop')}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('serverStatus.clients')}</Table.Th>
                <Table.Td data-testid="status-clients">
                  {t('serverStatus.clientsValue', { sessions: s.clients.sessions, users: s.clients.users.length })}
                  <Text size="xs" c="dimmed">{s.clients.users.map((u) => u.displayName).join(', ')}</Text>
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('serverStatus.lastBackup')}</Table.Th>
                <Table.Td data-testid="status-last-backup">
                  {s.backups.newest ? (
                    <Group gap="xs">
                      <Text size="sm">{showDateTime(s.backups.newest.createdAt)}</Text>
                      <Badge color={s.backups.newest.verified ? 'teal' : 'red'} variant="light">
                        {s.backups.newest.verified ? t('serverStatus.verified') : t('serverStatus.notVerified')}
                      </Badge>
                      <Text size="xs" c="dimmed">{s.backups.newest.name}</Text>
                    </Group>
                  ) : (
                    t('serverStatus.noBackup')
                  )}
                </Table.Td>
              </Table.Tr>
              {s.mode === 'server' && (
                <Table.Tr>
                  <Table.Th>{t('serverStatus.lastRun')}</Table.Th>
                  <Table.Td data-testid="status-last-run">
                    {run
                      ? `${showDateTime(run.at)} · ${t(`backup.kinds.${run.kind}`)} · ${run.ok ? t('serverStatus.ok') : t('serverStatus.failed')}${run.copy ? ` · ${t('serverStatus.copy')}: ${run.copy.ok ? t('serverStatus.ok') : t('serverStatus.failed')}` : ''}`
                      : t('serverStatus.noRunYet')}
                    <Text size="xs" c="dimmed">
                      {t('serverStatus.schedule', { minutes: s.backups.intervalMinutes ?? 0 })}
                      {s.backups.changesPending ? ` ${t('serverStatus.changesPending')}` : ''}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
              <Table.Tr>
                <Table.Th>{t('serverStatus.copyDir')}</Table.Th>
                <Table.Td>{s.backups.copyDir ? `${s.backups.copyDir} (${t('serverStatus.free', { size: bytes(s.disk.copyFreeBytes) })})` : t('serverStatus.noCopyDir')}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('serverStatus.disk')}</Table.Th>
                <Table.Td data-testid="status-disk">
                  {t('serverStatus.diskValue', { free: bytes(s.disk.freeBytes), total: bytes(s.disk.totalBytes) })}
                  <Text size="xs" c="dimmed">{s.disk.dataDir}</Text>
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('serverStatus.database')}</Table.Th>
                <Table.Td data-testid="status-database">{t('serverStatus.databaseValue', { size: bytes(s.database.bytes), wal: bytes(s.database.walBytes) })}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
