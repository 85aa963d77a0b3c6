import { Badge, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { showDateTime } from '../../app/format.ts';
import { formatSize } from './run-job.ts';
import type { BackupInfo } from '../../../../shared/backup/types.ts';

/** The backups in the data folder, newest first, each with a restore button. */
export function BackupTable({ backups, onRestore }: { backups: BackupInfo[]; onRestore: (b: BackupInfo) => void }) {
  const { t } = useTranslation();
  if (backups.length === 0) return <Text c="dimmed">{t('backup.empty')}</Text>;
  return (
    <Table striped data-testid="backup-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('backup.colDate')}</Table.Th>
          <Table.Th>{t('backup.colKind')}</Table.Th>
          <Table.Th>{t('backup.colSize')}</Table.Th>
          <Table.Th>{t('backup.colContents')}</Table.Th>
          <Table.Th>{t('backup.colVerified')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {backups.map((b) => (
          <Table.Tr key={b.name} data-backup={b.name} data-kind={b.kind}>
            <Table.Td title={b.name}>{showDateTime(b.createdAt)}</Table.Td>
            <Table.Td>{t(`backup.kinds.${b.kind}`)}</Table.Td>
            <Table.Td>{formatSize(b.size)}</Table.Td>
            <Table.Td>{b.counts ? t('backup.contents', { cases: b.counts.cases, employees: b.counts.employees, evidence: b.evidenceFiles ?? 0 }) : '–'}</Table.Td>
            <Table.Td>
              <Badge color={b.verified ? 'teal' : 'gray'} variant="light">
                {b.verified ? t('backup.verified') : t('backup.notVerified')}
              </Badge>
            </Table.Td>
            <Table.Td>
              <Button size="xs" variant="light" onClick={() => onRestore(b)}>
                {t('backup.restore')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
