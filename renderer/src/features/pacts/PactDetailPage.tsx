import { ActionIcon, Alert, Anchor, Button, FileInput, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { useLoad } from '../../app/use-load.ts';
import { useCan } from '../../app/session.ts';
import { showDate } from '../../app/format.ts';
import { href } from '../../app/use-hash-route.ts';
import { ExportMenu } from '../../app/ExportMenu.tsx';
import { dropUpload, uploadFile } from '../../app/upload.ts';
import { formatNip } from '../../../../shared/nip.ts';
import type { PactCount, PactImportResult } from '../../../../shared/pacts/schemas.ts';
import { EmployeePicker } from '../employees/EmployeePicker.tsx';
import { ImportErrorsTable } from '../employees/ImportErrorsTable.tsx';
import { PactForm } from './PactForm.tsx';
import { openPactDocument } from './pact-document.ts';
import { useAction } from '../../app/use-action.ts';

function Counts({ title, rows, label, testId }: { title: string; rows: PactCount[]; label: (key: string | null) => string; testId: string }) {
  return (
    <Paper withBorder p="sm" data-testid={testId}>
      <Text fw={600} size="sm" mb={4}>{title}</Text>
      <Table>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key ?? ''}>
              <Table.Td>{label(r.key)}</Table.Td>
              <Table.Td style={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>{r.count.toLocaleString('id-ID')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

/** One pact event: its particulars and scan, its signers (picked or imported by NIP), counts by OPD and employment type, export. */
export function PactDetailPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const allowed = useCan();
  const loaded = useLoad(() => call('pacts:get', { id }), [id]);
  const [editing, setEditing] = useState(false);
  const [report, setReport] = useState<PactImportResult | null>(null);
  const p = loaded.data;
  const canWrite = allowed('pacts:addSigners');

  // Adding one signer from the registry or removing one: one change at a time, the list reloaded after it.
  const changing = useAction(async (change: { add: number } | { remove: number }) => {
    if ('add' in change) {
      const r = await call('pacts:addSigners', { pactId: id, employeeIds: [change.add] });
      notifications.show({ color: 'teal', message: t('pacts.added', { added: r.added, already: r.already }) });
    } else await call('pacts:removeSigner', { pactId: id, employeeId: change.remove });
    loaded.reload();
  });
  const addSigner = (employeeId: number) => {
    importing.clear();
    void changing.run({ add: employeeId });
  };
  const importing = useAction(async (file: File) => {
    changing.clear();
    setReport(null);
    let uploadId: string | null = null;
    try {
      uploadId = await uploadFile(file, 'import');
      const r = await call('pacts:importSigners', { pactId: id, uploadId });
      setReport(r);
      loaded.reload();
    } catch (e) {
      if (uploadId) await dropUpload(uploadId);
      throw e;
    }
  });
  const importFile = (file: File | null) => {
    if (file) void importing.run(file);
  };
  // The scan opens in a new window; its failure shows under the link that opened it.
  const opening = useAction((pactId: number, mime: string) => openPactDocument(pactId, mime));

  if (loaded.error) return <Alert color="red" role="alert">{loaded.error}</Alert>;
  if (!p) return null;
  return (
    <Stack maw={1100}>
      <Anchor href={href('/pacts')} size="sm">← {t('pacts.back')}</Anchor>
      <Group justify="space-between">
        <Title order={2} data-testid="pact-title">{t('pacts.title')} · {showDate(p.pactDate, true)}</Title>
        {allowed('pacts:update') && !editing && <Button variant="light" onClick={() => setEditing(true)}>{t('pacts.edit')}</Button>}
      </Group>
      {editing ? (
        <PactForm
          pact={p}
          onSaved={() => {
            setEditing(false);
            notifications.show({ color: 'teal', message: t('pacts.saved') });
            loaded.reload();
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <Paper withBorder p="md">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <div><Text size="xs" c="dimmed">{t('pacts.fields.place')}</Text><Text>{p.place}</Text></div>
            <div><Text size="xs" c="dimmed">{t('pacts.fields.official')}</Text><Text>{p.official}</Text></div>
            <div>
              <Text size="xs" c="dimmed">{t('pacts.document')}</Text>
              {p.document ? (
                allowed('pacts:document') ? (
                  <>
                    <Anchor component="button" onClick={() => void opening.run(p.id, p.document!.mime)} disabled={opening.busy} data-testid="pact-document">
                      {t('pacts.openDocument')} ({p.document.name})
                    </Anchor>
                    {opening.error && <Text size="sm" c="red" role="alert" data-testid="pact-document-error">{opening.error}</Text>}
                  </>
                ) : (
                  <Text>{p.document.name}</Text>
                )
              ) : (
                <Text c="dimmed">{t('pacts.noDocument')}</Text>
              )}
            </div>
          </SimpleGrid>
          <Text size="xs" c="dimmed" mt="sm">{t('pacts.fields.pledgeText')}</Text>
          <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="pact-pledge">{p.pledgeText}</Text>
        </Paper>
      )}
      <Group justify="space-between">
        <Title order={4} data-testid="pact-signer-count">{t('pacts.signers', { count: p.signerCount })}</Title>
        <ExportMenu run={(format) => call('pacts:export', { id, format })} />
      </Group>
      {canWrite && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <EmployeePicker label={t('pacts.addFromRegistry')} excludeIds={p.signers.map((s) => s.employeeId)} onPick={(e) => addSigner(e.id)} />
          <FileInput label={t('pacts.importFile')} accept=".csv,.xlsx,.txt,text/csv" onChange={importFile} disabled={importing.busy} error={importing.error} clearable data-testid="pact-import-input" />
        </SimpleGrid>
      )}
      {changing.error && <Alert color="red" role="alert" data-testid="pact-signer-error">{changing.error}</Alert>}
      {report && (
        <Stack gap="xs">
          <Alert color={report.rejected > 0 ? 'yellow' : 'teal'} data-testid="pact-import-result">{t('pacts.imported', { rows: report.rows, added: report.added, already: report.already, rejected: report.rejected })}</Alert>
          <ImportErrorsTable errors={report.errors} total={report.errorTotal} />
        </Stack>
      )}
      {p.signerCount > 0 && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Counts title={t('pacts.byOpd')} rows={p.byOpd} label={(k) => k ?? t('pacts.noOpd')} testId="pact-by-opd" />
          <Counts title={t('pacts.byType')} rows={p.byEmploymentType} label={(k) => t(`employmentTypes.${k}`)} testId="pact-by-type" />
        </SimpleGrid>
      )}
      {p.signerCount === 0 ? (
        <Text c="dimmed">{t('pacts.noSigners')}</Text>
      ) : (
        <Table striped withTableBorder data-testid="pact-signers">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('pacts.fields.nip')}</Table.Th>
              <Table.Th>{t('pacts.fields.name')}</Table.Th>
              <Table.Th>{t('pacts.fields.employmentType')}</Table.Th>
              <Table.Th>{t('pacts.fields.opd')}</Table.Th>
              <Table.Th>{t('pacts.fields.source')}</Table.Th>
              {canWrite && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {p.signers.map((s) => (
              <Table.Tr key={s.employeeId}>
                <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>{formatNip(s.nip)}</Table.Td>
                <Table.Td>{s.name}</Table.Td>
                <Table.Td>{t(`employmentTypes.${s.employmentType}`)}</Table.Td>
                <Table.Td>{s.opdName ?? '–'}</Table.Td>
                <Table.Td>{t(`pacts.source.${s.source}`)}</Table.Td>
                {canWrite && (
                  <Table.Td>
                    <ActionIcon variant="subtle" color="red" aria-label={`${t('pacts.remove')} ${s.name}`} onClick={() => void changing.run({ remove: s.employeeId })}>×</ActionIcon>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
