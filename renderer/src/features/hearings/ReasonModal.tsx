import { Button, Group, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { GrowTextarea } from '../../app/GrowTextarea.tsx';
import { useAction } from '../../app/use-action.ts';

/** Asks for a written reason before a step that must record one; cancelling runs `onCancel`. */
export function ReasonModal(props: {
  opened: boolean;
  title: string;
  label: string;
  confirmLabel: string;
  children?: ReactNode;
  error?: string | null;
  onConfirm: (reason: string) => void | Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  // The callers show their own failures (`error`); one that escapes them is shown here rather than lost.
  const confirming = useAction(async (text: string) => props.onConfirm(text));
  return (
    <Modal opened={props.opened} onClose={props.onCancel} title={props.title} size="lg">
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
    </Modal>
  );
}
