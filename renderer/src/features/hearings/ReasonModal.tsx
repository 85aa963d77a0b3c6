import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

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
  const [busy, setBusy] = useState(false);
  return (
    <Modal opened={props.opened} onClose={props.onCancel} title={props.title} size="lg">
      <Stack>
        {props.children}
        <Textarea label={props.label} value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize minRows={2} error={props.error ?? undefined} data-autofocus />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            {t('actions.cancel')}
          </Button>
          <Button
            loading={busy}
            onClick={async () => {
              setBusy(true);
              try {
                await props.onConfirm(reason.trim());
              } finally {
                setBusy(false);
              }
            }}
          >
            {props.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
