import { Alert, Badge, Stack, Table, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { showDateTime } from '../../app/format.ts';
import type { ReceivedConflictView, ReceivedRevisionView } from '../../../../shared/bundles/received.ts';

const Hash = ({ value, testId }: { value: string | null; testId?: string }) => (
  <Text ff="monospace" size="xs" title={value ?? ''} data-testid={testId}>{value ? `${value.slice(0, 16)}…` : '–'}</Text>
);

/** Every revision held, oldest first, with a line where one never arrived; then the conflicting offers. */
export function RevisionHistory({ revisions, conflicts }: { revisions: ReceivedRevisionView[]; conflicts: ReceivedConflictView[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Title order={3}>{t('received.revisions')}</Title>
      <Table withTableBorder data-testid="received-revisions">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('received.revision')}</Table.Th>
            <Table.Th>{t('received.receivedAt')}</Table.Th>
            <Table.Th>{t('received.bundle')}</Table.Th>
            <Table.Th>{t('received.sha256')}</Table.Th>
            <Table.Th>{t('received.previousSha256')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {revisions.map((r) => (
            <Fragment key={r.revision}>
              {r.gapBefore && (
                <Table.Tr data-testid={`received-gap-before-${r.revision}`} bg="var(--mantine-color-orange-light)">
                  <Table.Td colSpan={5}>
                    <Badge color="orange">{t('received.gapBefore')}</Badge>
                  </Table.Td>
                </Table.Tr>
              )}
              <Table.Tr data-testid={`received-revision-${r.revision}`}>
                <Table.Td>{r.revision}</Table.Td>
                <Table.Td>
                  <Text size="sm">{showDateTime(r.receivedAt)}</Text>
                  <Text size="xs" c="dimmed">{t('received.receivedBy', { by: r.receivedBy })}</Text>
                </Table.Td>
                <Table.Td><Hash value={r.bundleId} /></Table.Td>
                <Table.Td><Hash value={r.sha256} /></Table.Td>
                <Table.Td><Hash value={r.previousSha256} /></Table.Td>
              </Table.Tr>
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
      {conflicts.length > 0 && (
        <>
          <Title order={3}>{t('received.conflicts')}</Title>
          <Alert color="red" data-testid="received-conflicts-intro">{t('received.conflictsIntro')}</Alert>
          <Table withTableBorder data-testid="received-conflicts">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('received.revision')}</Table.Th>
                <Table.Th>{t('received.receivedAt')}</Table.Th>
                <Table.Th>{t('received.bundle')}</Table.Th>
                <Table.Th>{t('received.storedSha256')}</Table.Th>
                <Table.Th>{t('received.offeredSha256')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {conflicts.map((c) => (
                <Table.Tr key={`${c.revision}-${c.offeredSha256}`} data-testid={`received-conflict-${c.revision}`}>
                  <Table.Td>{c.revision}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{showDateTime(c.receivedAt)}</Text>
                    <Text size="xs" c="dimmed">{t('received.receivedBy', { by: c.receivedBy })}</Text>
                  </Table.Td>
                  <Table.Td><Hash value={c.bundleId} /></Table.Td>
                  <Table.Td><Hash value={c.storedSha256} /></Table.Td>
                  <Table.Td><Hash value={c.offeredSha256} /></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
