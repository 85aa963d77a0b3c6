import { Alert, Button, Card, FileInput, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { useLoad } from '../../app/use-load.ts';
import { useAction } from '../../app/use-action.ts';
import { useCan } from '../../app/session.ts';
import { showDateTime } from '../../app/format.ts';
import { href } from '../../app/use-hash-route.ts';
import { uploadFile } from '../../app/upload.ts';
import { CHECKOUT_EXTENSION, RETURN_EXTENSION } from '../../../../shared/checkout/file-format.ts';
import { LoanBadge } from './CaseLoanPanel.tsx';

/** One file in, one answer out: the take-in on the laptop, or the apply at the office. */
/** What an action says when done, and what a person should still look at. */
interface Outcome {
  done: string;
  warning?: { title: string; lines: string[] };
}

function FileAction({ title, label, accept, button, testId, run }: { title: string; label: string; accept: string; button: string; testId: string; run: (file: File) => Promise<Outcome> }) {
  const [file, setFile] = useState<File | null>(null);
  const [done, setDone] = useState<Outcome | null>(null);
  const action = useAction(async (chosen: File) => {
    setDone(null);
    setDone(await run(chosen));
    setFile(null);
  });
  const { busy, error } = action;
  const submit = () => {
    if (file) void action.run(file);
  };
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={4}>{title}</Title>
        <Group align="flex-end">
          <FileInput label={label} accept={accept} value={file} onChange={setFile} clearable w={360} data-testid={`${testId}-file`} />
          <Button onClick={submit} loading={busy} disabled={!file} data-testid={`${testId}-submit`}>{button}</Button>
        </Group>
        {done && <Alert color="green" data-testid={`${testId}-done`}>{done.done}</Alert>}
        {done?.warning && (
          <Alert color="orange" title={done.warning.title} data-testid={`${testId}-warning`}>
            {done.warning.lines.map((l, i) => (
              <Text key={`${i}-${l}`} size="sm">{l}</Text>
            ))}
          </Alert>
        )}
        {error && <Alert color="red" role="alert" data-testid={`${testId}-error`}>{error}</Alert>}
      </Stack>
    </Card>
  );
}

/**
 * "Peminjaman kasus": the office's open loans and the copies this laptop holds; taking a
 * check-out file in (examiners, on the laptop) and applying a check-in (officials, at the
 * office). Lending and the check-in itself are on each case's page.
 */
export function CheckoutPage() {
  const { t } = useTranslation();
  const allowed = useCan();
  const list = useLoad(() => call('checkout:list', {}), []);
  const take = async (file: File) => {
    const c = await call('checkout:take', { uploadId: await uploadFile(file, 'checkout') });
    list.reload();
    return { done: t('checkoutUi.taken', { registerNo: c.registerNo }) };
  };
  const apply = async (file: File) => {
    const a = await call('checkout:apply', { uploadId: await uploadFile(file, 'checkin') });
    list.reload();
    const lines = a.conflicts.map(({ conflict: c }) => t('checkoutUi.conflictLine', { registerNo: c.registerNo, when: showDateTime(c.startAt), kind: t(`checkoutUi.conflictKinds.${c.kind}`), who: c.who }));
    const { conflicts: _, ...counts } = a;
    return {
      done: t('checkoutUi.applied', { registerNo: a.checkout.registerNo, ...counts }),
      warning: lines.length > 0 ? { title: t('checkoutUi.conflicts'), lines } : undefined,
    };
  };
  return (
    <Stack data-testid="checkout-page" maw={1100}>
      <Title order={2}>{t('checkoutUi.title')}</Title>
      <Text size="sm" c="dimmed">{t('checkoutUi.intro')}</Text>
      {allowed('checkout:apply') && <FileAction title={t('checkoutUi.applyTitle')} label={t('checkoutUi.applyFile')} accept={RETURN_EXTENSION} button={t('checkoutUi.apply')} testId="checkout-apply" run={apply} />}
      {allowed('checkout:take') && <FileAction title={t('checkoutUi.takeTitle')} label={t('checkoutUi.takeFile')} accept={CHECKOUT_EXTENSION} button={t('checkoutUi.take')} testId="checkout-take" run={take} />}
      <Title order={4}>{t('checkoutUi.listTitle')}</Title>
      {list.error && <Alert color="red" role="alert">{list.error}</Alert>}
      {list.data?.length === 0 && <Text c="dimmed">{t('checkoutUi.none')}</Text>}
      {list.data && list.data.length > 0 && (
        <Table withTableBorder data-testid="checkout-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('case.registerNo')}</Table.Th>
              <Table.Th>{t('checkoutUi.side')}</Table.Th>
              <Table.Th>{t('checkoutUi.borrower')}</Table.Th>
              <Table.Th>{t('checkoutUi.laptopLabel')}</Table.Th>
              <Table.Th>{t('checkoutUi.since')}</Table.Th>
              <Table.Th>{t('checkoutUi.state')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((c) => (
              <Table.Tr key={`${c.side}-${c.id}`}>
                <Table.Td>
                  <a href={href(`/cases/${c.caseId}`)}>{c.registerNo}</a>
                </Table.Td>
                <Table.Td>{t(c.side === 'lent' ? 'checkoutUi.sideLent' : 'checkoutUi.sideBorrowed')}</Table.Td>
                <Table.Td>{c.borrower}</Table.Td>
                <Table.Td>{c.laptopLabel}</Table.Td>
                <Table.Td>{showDateTime(c.checkedOutAt)}</Table.Td>
                <Table.Td>{c.returnedAt ? t('checkoutUi.stateReturned') : <LoanBadge loan={c} />}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
