import { Alert, Badge, Button, Group, Modal, Paper, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { useLoad } from '../../app/use-load.ts';
import { useAction } from '../../app/use-action.ts';
import { useCan } from '../../app/session.ts';
import { showDate } from '../../app/format.ts';
import { saveFile } from '../../app/save-file.ts';
import type { CaseCheckout, CheckoutFileDownload } from '../../../../shared/checkout/types.ts';

/** Saves a check-out or check-in file the answer carries as bytes. */
export function saveCheckoutFile(file: CheckoutFileDownload): void {
  saveFile(file.bytes as Uint8Array<ArrayBuffer>, file.fileName, 'application/octet-stream');
}

/**
 * Lending a case or cancelling its loan: the fields, the hint, the error and one button that
 * runs `submit` (disabled until `ready`).
 */
function LoanModal({ title, size, opened, onClose, submit, ready, button, color, testId, children }: { title: string; size?: string; opened: boolean; onClose: () => void; submit: () => Promise<void>; ready: boolean; button: string; color?: string; testId: string; children: ReactNode }) {
  const { t } = useTranslation();
  const action = useAction(submit);
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={size}>
      <Stack>
        {children}
        {action.error && <Alert color="red" role="alert" data-testid={`${testId}-error`}>{action.error}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button>
          <Button color={color} onClick={() => void action.run()} loading={action.busy} disabled={!ready} data-testid={`${testId}-submit`}>{button}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function LendModal({ caseId, registerNo, opened, onClose, onDone }: { caseId: number; registerNo: string; opened: boolean; onClose: () => void; onDone: (fileName: string) => void }) {
  const { t } = useTranslation();
  const [borrower, setBorrower] = useState('');
  const [laptopLabel, setLaptop] = useState('');
  const submit = async () => {
    const file = await call('checkout:lend', { caseId, borrower, laptopLabel });
    saveCheckoutFile(file);
    onDone(file.fileName);
  };
  return (
    <LoanModal title={t('checkoutUi.lendTitle', { registerNo })} size="lg" opened={opened} onClose={onClose} submit={submit} ready={!!borrower.trim() && !!laptopLabel.trim()} button={t('checkoutUi.lendSubmit')} testId="checkout-lend">
      <TextInput label={t('checkoutUi.borrower')} value={borrower} onChange={(e) => setBorrower(e.currentTarget.value)} data-testid="checkout-borrower" />
      <TextInput label={t('checkoutUi.laptopLabel')} value={laptopLabel} onChange={(e) => setLaptop(e.currentTarget.value)} data-testid="checkout-laptop" />
      <Text size="sm" c="dimmed">{t('checkoutUi.lendHint')}</Text>
    </LoanModal>
  );
}

function CancelModal({ loan, opened, onClose, onDone }: { loan: CaseCheckout; opened: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const submit = async () => {
    await call('checkout:cancel', { caseId: loan.caseId, reason });
    onDone();
  };
  return (
    <LoanModal title={t('checkoutUi.cancelTitle', { registerNo: loan.registerNo })} opened={opened} onClose={onClose} submit={submit} ready={!!reason.trim()} button={t('checkoutUi.cancel')} color="red" testId="checkout-cancel">
      <Text size="sm">{t('checkoutUi.cancelHint')}</Text>
      <Textarea label={t('checkoutUi.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-testid="checkout-cancel-reason" />
    </LoanModal>
  );
}

// The badge names the borrower and the date: it wraps rather than cutting them off in a narrow column.
const WRAPPING = { root: { height: 'auto', maxWidth: '100%', paddingBlock: 4 }, label: { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip' } } as const;

/** The "Dipinjam" badge of a loan and whose it is (office side or the laptop's copy). */
export function LoanBadge({ loan }: { loan: CaseCheckout }) {
  const { t } = useTranslation();
  const params = { borrower: loan.borrower, date: showDate(loan.checkedOutAt), laptop: loan.laptopLabel };
  if (loan.side === 'lent') return <Badge size="lg" color="orange" styles={WRAPPING} data-testid="case-loan-badge">{t('checkout.badge', params)}</Badge>;
  return (
    <Badge size="lg" color={loan.returnedAt ? 'gray' : 'grape'} styles={WRAPPING} data-testid="case-loan-badge">
      {t(loan.returnedAt ? 'checkout.badgeReturned' : 'checkout.badgeBorrowed', params)}
    </Badge>
  );
}

/**
 * A case's check-out on its page: the badge naming the borrower and since when, and the
 * actions the role may take there: lend or cancel (officials, at the office), write the
 * check-in (examiners, on the laptop). `onChange` reloads the page after one of them;
 * `onLoan` tells the page whether the case is out (its edit buttons would only be refused);
 * a new `refresh` (the page's reloaded case) loads the loan again: another user may have lent it.
 */
export function CaseLoanPanel({ caseId, registerNo, refresh, onChange, onLoan }: { caseId: number; registerNo: string; refresh?: unknown; onChange: () => void; onLoan?: (loan: CaseCheckout | null) => void }) {
  const { t } = useTranslation();
  const allowed = useCan();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `refresh` is not read: a new one asks main again
  const loaded = useLoad(() => call('checkout:state', { caseId }), [caseId, refresh]);
  const [modal, setModal] = useState<'lend' | 'cancel' | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const loan = loaded.data;
  useEffect(() => {
    if (loan !== undefined) onLoan?.(loan);
  }, [loan, onLoan]);
  const changed = (message: string | null) => {
    setModal(null);
    setNote(message);
    loaded.reload();
    onChange();
  };
  const checkIn = useAction(async () => {
    const file = await call('checkout:return', { caseId });
    saveCheckoutFile(file);
    changed(t('checkoutUi.checkedIn', { fileName: file.fileName }));
  });
  if (loan === undefined) return null;
  const canLend = loan === null && allowed('checkout:lend');
  if (loan === null && !canLend && !note) return null;
  return (
    <Paper withBorder p="sm" data-testid="case-loan">
      <Stack gap="xs">
        {loan && (
          <Group>
            <LoanBadge loan={loan} />
            {loan.side === 'lent' && <Text size="sm" c="dimmed">{t('checkout.badgeHint', { laptop: loan.laptopLabel })}</Text>}
          </Group>
        )}
        {loan?.side === 'borrowed' && !loan.returnedAt && <Text size="sm" c="dimmed">{t('checkoutUi.checkInHint')}</Text>}
        <Group>
          {canLend && <Button variant="light" onClick={() => setModal('lend')} data-testid="checkout-lend">{t('checkoutUi.lend')}</Button>}
          {loan?.side === 'lent' && allowed('checkout:cancel') && <Button variant="light" color="red" onClick={() => setModal('cancel')} data-testid="checkout-cancel">{t('checkoutUi.cancel')}</Button>}
          {loan?.side === 'borrowed' && allowed('checkout:return') && (
            <Button onClick={() => void checkIn.run()} loading={checkIn.busy} data-testid="checkout-return">{t(loan.returnedAt ? 'checkoutUi.downloadAgain' : 'checkoutUi.checkIn')}</Button>
          )}
        </Group>
        {note && <Alert color="green" data-testid="checkout-note">{note}</Alert>}
        {checkIn.error && <Alert color="red" role="alert">{checkIn.error}</Alert>}
      </Stack>
      <LendModal caseId={caseId} registerNo={registerNo} opened={modal === 'lend'} onClose={() => setModal(null)} onDone={(fileName) => changed(t('checkoutUi.lent', { fileName }))} />
      {loan?.side === 'lent' && <CancelModal loan={loan} opened={modal === 'cancel'} onClose={() => setModal(null)} onDone={() => changed(null)} />}
    </Paper>
  );
}
