import { Alert, Anchor, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { useLoad } from '../../app/use-load.ts';
import { showDate } from '../../app/format.ts';
import { href } from '../../app/use-hash-route.ts';
import type { CaseRecord } from '../../../../shared/bundles/format.ts';
import { statusLabel } from '../cases/status-label.ts';
import { ReceivedFlags } from './ReceivedFlags.tsx';
import { Field } from './ReceivedField.tsx';
import { ReceivedAccused } from './ReceivedAccused.tsx';
import { ReceivedLetters } from './ReceivedLetters.tsx';
import { RevisionHistory } from './RevisionHistory.tsx';

function RecordFacts({ record }: { record: CaseRecord }) {
  const { t } = useTranslation();
  return (
    <Card withBorder>
      <Stack gap={4}>
        <Field label={t('received.incident')}>{showDate(record.incident.date, true)}{record.incident.place ? ` · ${record.incident.place}` : ''}</Field>
        <Field label={t('received.registered')}>{showDate(record.dates.registered)}</Field>
        {record.dates.examinations.length > 0 && <Field label={t('received.examinations')}>{record.dates.examinations.map((d) => showDate(d)).join(', ')}</Field>}
        {record.dates.lhp && <Field label={t('received.lhpDate')}>{showDate(record.dates.lhp)}</Field>}
        {record.dates.decision && <Field label={t('received.decisionDate')}>{showDate(record.dates.decision)}</Field>}
        <Title order={5} mt="xs">{t('received.violations')}</Title>
        {record.violations.length === 0 ? (
          <Text size="sm" c="dimmed">{t('received.noViolations')}</Text>
        ) : (
          <List size="sm" data-testid="received-violations">
            {record.violations.map((v) => (
              <List.Item key={v.code}>{v.title ? `${v.title} (${v.code})` : v.code}</List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Card>
  );
}

/** The evidence the origin listed: what each file was and its hash (the files themselves are not kept at the receiver). */
function EvidenceList({ evidence }: { evidence: CaseRecord['evidence'] }) {
  const { t } = useTranslation();
  if (evidence.length === 0) return null;
  return (
    <>
      <Title order={3}>{t('received.evidence')}</Title>
      <Text size="sm" c="dimmed">{t('received.evidenceNote')}</Text>
      <Table withTableBorder data-testid="received-evidence">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('received.evidenceName')}</Table.Th>
            <Table.Th>{t('received.letterKind')}</Table.Th>
            <Table.Th>{t('received.evidenceSize')}</Table.Th>
            <Table.Th>{t('received.sha256')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {evidence.map((e) => (
            <Table.Tr key={e.sha256}>
              <Table.Td>{e.name}</Table.Td>
              <Table.Td>{e.kind}</Table.Td>
              <Table.Td>{e.size.toLocaleString('id-ID')}</Table.Td>
              <Table.Td><Text ff="monospace" size="xs" title={e.sha256}>{e.sha256.slice(0, 16)}…</Text></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}

/** One received case, read only: the newest record as its origin sent it, its letters, every revision held and any conflict. */
export function ReceivedCasePage({ origin, caseUuid }: { origin: string; caseUuid: string }) {
  const { t } = useTranslation();
  const { data, error } = useLoad(() => call('received:get', { origin, caseUuid }), [origin, caseUuid]);
  const s = data?.summary;
  return (
    <Stack data-testid="received-case-page">
      <Anchor href={href('/received')} size="sm">← {t('received.back')}</Anchor>
      {error && <Alert color="red" role="alert">{error}</Alert>}
      {data && s && (
        <>
          <Group justify="space-between" align="flex-start">
            <div>
              <Title order={2} data-testid="received-register-no">{s.registerNo}</Title>
              <Text size="sm" c="dimmed">{s.originName} ({s.originCode}) · {t('received.status')}: {s.status ? statusLabel(t, s.status) : '–'} · {t('received.latest')}: {s.revision}</Text>
              <Text size="xs" c="dimmed" ff="monospace">{t('received.caseUuid')}: {s.caseUuid}</Text>
            </div>
            <ReceivedFlags c={s} />
          </Group>
          <Alert color="blue" variant="light" data-testid="received-read-only">{t('received.readOnly', { origin: s.originName })}</Alert>
          {data.record ? (
            <>
              <RecordFacts record={data.record} />
              <Title order={3}>{t('received.accused')}</Title>
              {data.record.accused.map((a) => <ReceivedAccused key={a.position} a={a} />)}
              <Title order={3}>{t('received.letters')}</Title>
              <ReceivedLetters letters={data.record.letters} />
              <EvidenceList evidence={data.record.evidence} />
            </>
          ) : (
            <Alert color="orange" data-testid="received-unreadable">{t('received.unreadable')}</Alert>
          )}
          <RevisionHistory revisions={data.revisions} conflicts={data.conflicts} />
        </>
      )}
    </Stack>
  );
}
