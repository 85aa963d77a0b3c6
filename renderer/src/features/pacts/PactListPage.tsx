import { Alert, Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { useLoad } from '../../app/use-load.ts';
import { useCan } from '../../app/session.ts';
import { showDate } from '../../app/format.ts';
import { href, navigate } from '../../app/use-hash-route.ts';
import { ExportMenu } from '../../app/ExportMenu.tsx';
import { PactForm } from './PactForm.tsx';

/** The integrity-pact register: every pact event with its number of signers; a new one is recorded here. */
export function PactListPage() {
  const { t } = useTranslation();
  const allowed = useCan();
  const loaded = useLoad(() => call('pacts:list', {}), []);
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const pacts = loaded.data ?? [];
  return (
    <Stack maw={1100}>
      <Group justify="space-between">
        <Title order={2}>{t('pacts.title')}</Title>
        <Group>
          <ExportMenu run={(format) => call('pacts:export', { format })} onError={setError} />
          {allowed('pacts:create') && !adding && <Button onClick={() => setAdding(true)}>{t('pacts.new')}</Button>}
        </Group>
      </Group>
      <Text size="sm" c="dimmed">{t('pacts.intro')}</Text>
      {(loaded.error ?? error) && <Alert color="red" role="alert">{loaded.error ?? error}</Alert>}
      {adding && <PactForm onSaved={(p) => navigate(`/pacts/${p.id}`)} onCancel={() => setAdding(false)} />}
      {loaded.data && pacts.length === 0 && <Text c="dimmed">{t('pacts.empty')}</Text>}
      {pacts.length > 0 && (
        <Table striped withTableBorder data-testid="pact-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('pacts.fields.pactDate')}</Table.Th>
              <Table.Th>{t('pacts.fields.place')}</Table.Th>
              <Table.Th>{t('pacts.fields.official')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('pacts.signerCount')}</Table.Th>
              <Table.Th>{t('pacts.document')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pacts.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td><Anchor href={href(`/pacts/${p.id}`)}>{showDate(p.pactDate)}</Anchor></Table.Td>
                <Table.Td>{p.place}</Table.Td>
                <Table.Td>{p.official}</Table.Td>
                <Table.Td style={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>{p.signerCount.toLocaleString('id-ID')}</Table.Td>
                <Table.Td>{p.hasDocument ? <Badge variant="light">PDF/JPG</Badge> : '–'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
