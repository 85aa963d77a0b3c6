import { Alert, Badge, Button, Group, Modal, Select, Stack, Table, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { useLoad } from '../../app/use-load.ts';
import { useCan } from '../../app/session.ts';
import { showDate } from '../../app/format.ts';
import { href } from '../../app/use-hash-route.ts';
import { base64ToBytes, saveFile } from '../../app/save-file.ts';
import { formatNip } from '../../../../shared/nip.ts';
import type { RecEmployee, RecommendationDetail } from '../../../../shared/recommendations/schemas.ts';
import { RecStatusBadge } from './status-badge.tsx';
import { useAction } from '../../app/use-action.ts';
import { GrowTextarea } from '../../app/GrowTextarea.tsx';

type Dialog = { kind: 'create' } | { kind: 'link'; e: RecEmployee } | { kind: 'notFollowed'; e: RecEmployee } | null;

const savePdf = (file: { fileName: string; pdfBase64: string }) => saveFile(base64ToBytes(file.pdfBase64), file.fileName, 'application/pdf');

/** One recommendation: the letter, its employees with their cases and statuses, and the reply to the issuer. */
export function RecommendationDetailPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const can = useCan();
  const { data, error, reload } = useLoad<RecommendationDetail>(() => call('recommendations:get', { id }), [id]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const action = useAction(async (fn: () => Promise<unknown>, done?: string) => {
    await fn();
    if (done) notifications.show({ color: 'teal', message: done });
    setDialog(null);
    reload();
  });
  const { busy, run, error: actionError } = action;
  if (error) return <Alert color="red">{error}</Alert>;
  if (!data) return null;
  const withoutCase = data.employees.filter((e) => e.caseId === null && e.status !== 'not_followed').length;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>
          {t('rec.what')} {data.letterNumber}
        </Title>
        <a href={href('/recommendations')}>{t('rec.back')}</a>
      </Group>
      <Table withRowBorders={false} w="auto" data-testid="rec-header">
        <Table.Tbody>
          <Table.Tr>
            <Table.Td c="dimmed">{t('rec.issuer')}</Table.Td>
            <Table.Td>
              {data.issuerName} ({t(`rec.issuers.${data.issuer}`)})
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Td c="dimmed">{t('rec.letterNumber')}</Table.Td>
            <Table.Td>
              {data.letterNumber}, {showDate(data.letterDate, true)}
            </Table.Td>
          </Table.Tr>
          {data.subject && (
            <Table.Tr>
              <Table.Td c="dimmed">{t('rec.subject')}</Table.Td>
              <Table.Td>{data.subject}</Table.Td>
            </Table.Tr>
          )}
          <Table.Tr>
            <Table.Td c="dimmed">{t('rec.receivedDate')}</Table.Td>
            <Table.Td>{showDate(data.receivedDate, true)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Td c="dimmed">{t('rec.dueDate')}</Table.Td>
            <Table.Td>
              <Group gap="xs">
                <Text fw={600} c={data.overdueCount > 0 ? 'red' : undefined} data-testid="rec-due">
                  {showDate(data.dueDate, true)}
                </Text>
                {data.provisional && <Badge variant="outline" color="gray">{t('rec.provisional')}</Badge>}
                {data.rule.unverified && (
                  <Tooltip label={t('rec.toVerifyHint')} multiline w={320}>
                    <Badge color="orange" variant="light" data-testid="rec-to-verify">
                      {t('rec.toVerify')}
                    </Badge>
                  </Tooltip>
                )}
              </Group>
              <Text size="xs" c="dimmed">
                {t('rec.ruleNote', { value: data.rule.value, unit: t(`rec.units.${data.rule.unit}`) })} {data.rule.legalBasis}
              </Text>
            </Table.Td>
          </Table.Tr>
          {data.note && (
            <Table.Tr>
              <Table.Td c="dimmed">{t('rec.note')}</Table.Td>
              <Table.Td>{data.note}</Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
      {data.overdueCount > 0 && (
        <Alert color="red" data-testid="rec-siasn-warning">
          {t('rec.dashboardWarning')}
        </Alert>
      )}
      {actionError && !dialog && <Alert color="red">{actionError}</Alert>}
      <Group justify="space-between">
        <Title order={4}>{t('rec.employees')}</Title>
        {can('recommendations:createCases') && withoutCase > 0 && (
          <Button variant="light" onClick={() => setDialog({ kind: 'create' })} data-testid="rec-create-cases">
            {t('rec.createCases')}
          </Button>
        )}
      </Group>
      <Table striped data-testid="rec-employees">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('rec.name')}</Table.Th>
            <Table.Th>{t('rec.violation')}</Table.Th>
            <Table.Th>{t('rec.status')}</Table.Th>
            <Table.Th>{t('rec.case')}</Table.Th>
            <Table.Th>{t('rec.decision')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.employees.map((e) => (
            <Table.Tr key={e.id} data-testid={`rec-emp-${e.nip}`}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {e.name}
                </Text>
                <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {formatNip(e.nip)}
                  {e.unitKerja ? ` · ${e.unitKerja}` : ''}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{e.violationTitle}</Text>
                <Text size="xs" c="dimmed">
                  {t('rec.sanction')}: {e.sanctionTitle ?? t('rec.sanctionNone')}
                </Text>
              </Table.Td>
              <Table.Td miw={170}>
                <RecStatusBadge status={e.status} overdue={e.overdue} />
                {e.notFollowedReason && (
                  <Text size="xs" c="dimmed">
                    {e.notFollowedReason}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{e.caseId ? <a href={href(`/cases/${e.caseId}`)}>{e.registerNo}</a> : '–'}</Table.Td>
              <Table.Td>
                {e.decision ? (
                  <>
                    <Text size="sm">{e.decision.sanctionTitle}</Text>
                    <Text size="xs" c="dimmed">
                      {e.decision.skNumber} · {showDate(e.decision.skDate)}
                    </Text>
                  </>
                ) : (
                  '–'
                )}
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  {e.caseId === null && e.status !== 'not_followed' && can('recommendations:linkCase') && (
                    <Button size="xs" variant="subtle" onClick={() => setDialog({ kind: 'link', e })}>
                      {t('rec.linkCase')}
                    </Button>
                  )}
                  {e.status !== 'decided' && can('recommendations:setNotFollowed') && (
                    <Button size="xs" variant="subtle" color="gray" onClick={() => setDialog({ kind: 'notFollowed', e })}>
                      {e.status === 'not_followed' ? t('rec.withdrawNotFollowed') : t('rec.markNotFollowed')}
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <ReplyPanel data={data} busy={busy} run={run} />
      {dialog?.kind === 'create' && <CreateCasesModal id={data.id} error={actionError} busy={busy} run={run} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'link' && <LinkCaseModal e={dialog.e} error={actionError} busy={busy} run={run} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'notFollowed' && <NotFollowedModal e={dialog.e} error={actionError} busy={busy} run={run} onClose={() => setDialog(null)} />}
    </Stack>
  );
}

type Run = (fn: () => Promise<unknown>, done?: string) => Promise<void>;

function ReplyPanel({ data, busy, run }: { data: RecommendationDetail; busy: boolean; run: Run }) {
  const { t } = useTranslation();
  const can = useCan();
  return (
    <Stack gap="xs" data-testid="rec-reply">
      <Title order={4}>{t('rec.reply')}</Title>
      <Text size="sm" c="dimmed">
        {t('rec.replyHint')}
      </Text>
      {data.reply ? (
        <Group>
          <Text data-testid="rec-reply-number">{t('rec.replyIssued', { number: data.reply.number, date: showDate(data.reply.date, true) })}</Text>
          <Button variant="default" onClick={() => void run(async () => savePdf(await call('letters:pdf', { id: data.reply!.letterId })))} data-testid="rec-reply-download">
            {t('rec.replyPrint')}
          </Button>
        </Group>
      ) : (
        <Group>
          {can('recommendations:draftReply') && (
            <Button variant="default" loading={busy} onClick={() => void run(async () => savePdf(await call('recommendations:draftReply', { id: data.id })))} data-testid="rec-reply-draft">
              {t('rec.replyDraft')}
            </Button>
          )}
          {can('recommendations:issueReply') && (
            <Button loading={busy} onClick={() => void run(async () => savePdf((await call('recommendations:issueReply', { id: data.id })).file))} data-testid="rec-reply-issue">
              {t('rec.replyIssue')}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}

interface ModalProps {
  error: string | null;
  busy: boolean;
  run: Run;
  onClose: () => void;
}

function CreateCasesModal({ id, error, busy, run, onClose }: ModalProps & { id: number }) {
  const { t } = useTranslation();
  const [incidentDate, setDate] = useState('');
  const [incidentPlace, setPlace] = useState('');
  return (
    <Modal opened onClose={onClose} title={t('rec.createCasesTitle')} size="lg">
      <Stack>
        <Text size="sm">{t('rec.createCasesHint')}</Text>
        {error && <Alert color="red">{error}</Alert>}
        <TextInput type="date" label={t('rec.incidentDate')} withAsterisk value={incidentDate} onChange={(e) => setDate(e.currentTarget.value)} data-testid="rec-incident-date" />
        <TextInput label={t('rec.incidentPlace')} value={incidentPlace} onChange={(e) => setPlace(e.currentTarget.value)} />
        <Group justify="flex-end">
          <Button
            loading={busy}
            onClick={() => void run(async () => call('recommendations:createCases', { recommendationId: id, incidentDate, incidentPlace }), t('rec.createCases'))}
            data-testid="rec-create-cases-confirm"
          >
            {t('rec.createCases')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function LinkCaseModal({ e, error, busy, run, onClose }: ModalProps & { e: RecEmployee }) {
  const { t } = useTranslation();
  const [caseId, setCaseId] = useState<string | null>(null);
  // Cases naming this employee, found by NIP.
  const cases = useLoad(() => call('cases:list', { search: e.nip, limit: 50 }), [e.nip]);
  return (
    <Modal opened onClose={onClose} title={t('rec.linkCaseTitle')}>
      <Stack>
        <Text size="sm">
          {e.name} · {formatNip(e.nip)}
        </Text>
        {error && <Alert color="red">{error}</Alert>}
        <Select label={t('rec.caseId')} value={caseId} onChange={setCaseId} data={(cases.data?.rows ?? []).map((c) => ({ value: String(c.id), label: `${c.registerNo} · ${c.accusedNames}` }))} />
        <Group justify="flex-end">
          <Button loading={busy} disabled={!caseId} onClick={() => void run(async () => call('recommendations:linkCase', { itemId: e.id, caseId: Number(caseId), expectedVersion: e.version }))}>
            {t('rec.linkCase')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function NotFollowedModal({ e, error, busy, run, onClose }: ModalProps & { e: RecEmployee }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const marking = e.status !== 'not_followed';
  return (
    <Modal opened onClose={onClose} title={marking ? t('rec.markNotFollowed') : t('rec.withdrawNotFollowed')}>
      <Stack>
        <Text size="sm">
          {e.name} · {formatNip(e.nip)}
        </Text>
        {error && <Alert color="red">{error}</Alert>}
        <GrowTextarea label={t('rec.reason')} withAsterisk minRows={3} value={reason} onChange={(ev) => setReason(ev.currentTarget.value)} data-testid="rec-reason" />
        <Group justify="flex-end">
          <Button loading={busy} onClick={() => void run(async () => call('recommendations:setNotFollowed', { itemId: e.id, notFollowed: marking, reason, expectedVersion: e.version }))} data-testid="rec-reason-save">
            {marking ? t('rec.markNotFollowed') : t('rec.withdrawNotFollowed')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
