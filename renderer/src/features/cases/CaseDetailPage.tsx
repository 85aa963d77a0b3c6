import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { useLoad } from '../../app/use-load.ts';
import { useOutOfDate } from '../../app/use-changes.tsx';
import { showDate, showDateTime } from '../../app/format.ts';
import { href } from '../../app/use-hash-route.ts';
import { useCan } from '../../app/session.ts';
import { formatNip } from '../../../../shared/nip.ts';
import type { PdfFile } from '../../../../shared/ipc/table.ts';
import { PdfPreview } from '../letters/PdfPreview.tsx';
import { base64ToBytes, savePdf } from '../letters/pdf-bytes.ts';
import { CaseTimeline } from './CaseTimeline.tsx';
import { EvidencePanel } from './EvidencePanel.tsx';
import { AddEvidence } from './AddEvidence.tsx';
import { statusLabel } from './status-label.ts';
import { PactCaseFlag } from '../pacts/PactCaseFlag.tsx';
import { CaseLoanPanel } from '../checkout/CaseLoanPanel.tsx';
import type { CaseCheckout } from '../../../../shared/checkout/types.ts';
import { useAction } from '../../app/use-action.ts';

function Field({ label, value }: { label: string; value: string | null | undefined }) {
  return (
    <div>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{value || '–'}</Text>
    </div>
  );
}

/** One case: particulars, confidential reporter, accused, violations, evidence, history, and its report receipt. */
export function CaseDetailPage({ id }: { id: number }) {
  const { t } = useTranslation();
  // Hides what the role cannot do; main refuses it anyway (shared/accounts/permissions.ts).
  const allowed = useCan();
  const loaded = useLoad(() => call('cases:get', { id }), [id]);
  // Someone else changing this case (particulars, hearings, decision, letters): say so, reload on request.
  const outOfDate = useOutOfDate('case', id, loaded.reload);
  const c = loaded.data;
  // The receipt's failure shows where a failed load does.
  const [receipt, setReceipt] = useState<{ file: PdfFile; bytes: Uint8Array<ArrayBuffer> } | null>(null);
  const making = useAction(async () => {
    // The common draft path: unnumbered and watermarked DRAFT until issued on the letters screen.
    const file = await call('letters:draft', { caseId: id, type: 'receipt' });
    setReceipt({ file, bytes: base64ToBytes(file.pdfBase64) });
  });
  const error = loaded.error ?? making.error;
  // A case lent to a laptop (or the laptop's borrowed copy) refuses edits: its edit buttons are not offered.
  const [loan, setLoan] = useState<CaseCheckout | null>(null);

  if (error) return <Alert color="red" role="alert">{error}</Alert>;
  if (!c) return null;
  const source = [t(`sources.${c.source}`), c.sourceKind ? t(`sourceKinds.${c.sourceKind}`) : null].filter(Boolean).join(' – ');
  return (
    <Stack maw={1000}>
      {outOfDate}
      <Group justify="space-between">
        <Title order={2} data-testid="case-register-no">{c.registerNo}</Title>
        <Group>
          <Badge size="lg" variant="light">{statusLabel(t, c.status)}</Badge>
          {allowed('cases:update') && !loan && <Button component="a" variant="light" href={href(`/cases/${c.id}/edit`)}>{t('case.edit')}</Button>}
          <Button component="a" href={href(`/cases/${c.id}/examination`)}>{t('examination.tab')}</Button>
          <Button component="a" variant="light" href={href(`/cases/${c.id}/letters`)}>{t('letterUi.title')}</Button>
        </Group>
      </Group>
      <CaseLoanPanel caseId={c.id} registerNo={c.registerNo} refresh={c} onChange={loaded.reload} onLoan={setLoan} />
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Field label={t('case.source')} value={source} />
          <Field label={t('case.sourceRef')} value={c.sourceRef} />
          <Field label={t('case.sourceDate')} value={c.sourceDate ? showDate(c.sourceDate) : null} />
          <Field label={t('case.incidentDate')} value={showDate(c.incidentDate, true)} />
          <Field label={t('case.incidentTime')} value={c.incidentTime} />
          <Field label={t('case.incidentPlace')} value={c.incidentPlace} />
          <Field label={t('case.opd')} value={c.opdName} />
          <Field label={t('case.createdAt')} value={`${showDateTime(c.createdAt)} · ${c.createdBy}`} />
          <Field label={t('case.catalogueVersion')} value={c.catalogueVersion} />
        </SimpleGrid>
        {c.chronology && <Field label={t('case.chronology')} value={c.chronology} />}
      </Paper>
      {c.reporter && (
        <Paper withBorder p="sm" bg="var(--mantine-color-yellow-0)" data-testid="case-reporter">
          <Text fw={600} size="sm">{t('case.reporter')}</Text>
          <Text size="sm">
            {c.reporter.anonymous
              ? t('case.anonymous')
              : c.reporter.hidden
                ? t('case.reporterHidden')
                : [c.reporter.name, c.reporter.contact].filter(Boolean).join(' · ') || '–'}
          </Text>
          <Text size="xs" c="dimmed">{t('case.reporterConfidential')}</Text>
        </Paper>
      )}
      <Title order={4}>{t('case.accused')}</Title>
      <Table withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('case.accusedName')}</Table.Th>
            <Table.Th>{t('case.nip')}</Table.Th>
            <Table.Th>{t('case.employmentType')}</Table.Th>
            <Table.Th>{t('case.pangkat')}</Table.Th>
            <Table.Th>{t('case.jabatan')}</Table.Th>
            <Table.Th>{t('case.unitKerja')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {c.accused.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>{a.name}</Table.Td>
              <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>{formatNip(a.nip)}</Table.Td>
              <Table.Td>{a.employmentType}</Table.Td>
              <Table.Td>{a.pangkat ?? '–'}</Table.Td>
              <Table.Td>{a.jabatan ?? '–'}</Table.Td>
              <Table.Td>{a.unitKerja ?? '–'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <PactCaseFlag caseId={c.id} />
      <Title order={4}>{t('case.violations')}</Title>
      <Stack gap={4}>
        {c.violations.map((v) => (
          <Text key={v.code}>
            {v.title} {v.level && <Badge size="sm" color={v.level === 'berat' ? 'red' : 'orange'}>{v.level}</Badge>}{' '}
            <Text span size="xs" c="dimmed">{v.legalBasis}</Text>
          </Text>
        ))}
      </Stack>
      {allowed('evidence:list') && (
        <>
          <Title order={4}>{t('evidence.title')}</Title>
          <EvidencePanel items={c.evidence ?? []} />
        </>
      )}
      {allowed('evidence:attach') && !loan && <AddEvidence caseId={c.id} onAdded={loaded.reload} />}
      <Title order={4}>{t('case.history')}</Title>
      <CaseTimeline history={c.history} />
      <Group>
        {allowed('letters:draft') && <Button onClick={() => void making.run()} loading={making.busy}>{t('case.makeReceipt')}</Button>}
        {receipt && (
          <Button variant="light" onClick={() => savePdf(receipt.bytes, receipt.file.fileName)}>
            {t('actions.download')}
          </Button>
        )}
      </Group>
      {receipt && <PdfPreview bytes={receipt.bytes} />}
    </Stack>
  );
}
