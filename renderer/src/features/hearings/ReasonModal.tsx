import { Button, Group, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { GrowTextarea } from '../../app/GrowTextarea.tsx';
import { useAction } from '../../app/use-action.ts';

interface ReasonModalProps {
  opened: boolean;
  title: string;
  label: string;
  confirmLabel: string;
  children?: ReactNode;
  /** The caller's failure of `onConfirm`, shown on the reason field inside the dialog. */
  error?: string | null;
  onConfirm: (reason: string) => void | Promise<void>;
  onCancel: () => void;
}

/**
 * Asks for a written reason before a step that must record one; cancelling runs `onCancel`.
 * The field and the dialog's own failure live in the modal's content, which the modal drops
 * when it closes: each opening starts with an empty reason, never the last step's.
 */
export function ReasonModal(props: ReasonModalProps) {
  return (
    <Modal opened={props.opened} onClose={props.onCancel} title={props.title} size="lg">
      <ReasonForm {...props} />
    </Modal>
  );
}

function ReasonForm(props: ReasonModalProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  // The callers show their own failures (`error`); one that escapes them is shown here rather than lost.
  const confirming = useAction(async (text: string) => props.onConfirm(text));
  return (
    <Stack>
      {props.children}
      <GrowTextarea label={props.label} value={reason} onChange={(e) => setReason(e.currentTarget.value)} minRows={2} error={props.error ?? confirming.error ?? undefined} data-autofocus />
      <Group justify="flex-end">
        <Button variant="default" onClick={props.onCancel}>
          {t('actions.cancel')}
        </Button>
        <Button loading={confirming.busy} onClick={() => void confirming.run(reason.trim())}>
          {props.confirmLabel}
        </Button>
      </Group>
    </Stack>
  );
}
