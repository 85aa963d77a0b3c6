import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { needsReasonFor } from '../../../../shared/workflow/machine.ts';
import type { WorkflowAction } from '../../../../shared/workflow/states.ts';
import type { ExaminationOverview } from '../../../../shared/examination/types.ts';
import { ReasonModal } from '../hearings/ReasonModal.tsx';
import { tWithDates } from '../hearings/format-params.ts';
import { useAction } from '../../app/use-action.ts';

/** Current status, the next steps this user may take (blocked ones say why), and the attendance prompt. */
export function WorkflowPanel({ overview, onChanged, onPromptSchedule }: { overview: ExaminationOverview; onChanged: () => void; onPromptSchedule: () => void }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<WorkflowAction | null>(null);

  const moving = useAction(async (action: WorkflowAction, reason?: string) => {
    const r = await call('examination:transition', { caseId: overview.caseId, action, ...(reason ? { reason } : {}) });
    setAsking(null);
    notifications.show({ color: 'teal', message: t('workflow.moved', { state: t(`workflowStates.${r.state}`) }) });
    onChanged();
  });
  const { error, run } = moving;
  const start = (action: WorkflowAction) => (needsReasonFor(action) ? setAsking(action) : void run(action));
  const prompt = overview.prompt;

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>{t('workflow.status')}</Title>
          <Badge size="lg" data-testid="workflow-state">
            {t(`workflowStates.${overview.state}`)}
          </Badge>
        </Group>
        {prompt && (
          <Alert color="yellow" data-testid="next-step-prompt">
            <Group justify="space-between">
              <Text size="sm">{tWithDates(t, prompt.key, prompt.params)}</Text>
              {prompt.action && <Button size="xs" onClick={() => start(prompt.action!)}>{t(`workflowActions.${prompt.action}`)}</Button>}
              {prompt.key === 'attendance.promptScheduleSummons2' && (
                <Button size="xs" onClick={onPromptSchedule}>
                  {t('schedule.newSummons2')}
                </Button>
              )}
            </Group>
          </Alert>
        )}
        {/* A step asked for with a reason shows its failure in the reason dialog, not here behind it. */}
        {error && asking === null && (
          <Alert color="red" role="alert" withCloseButton onClose={moving.clear}>
            {error}
          </Alert>
        )}
        <Text size="sm" fw={600}>
          {t('workflow.nextSteps')}
        </Text>
        {overview.actions.length === 0 && <Text size="sm">{t('workflow.noSteps')}</Text>}
        <Group gap="xs">
          {overview.actions.map((a) => (
            <Button key={a.action} size="xs" variant={a.allowed ? 'filled' : 'default'} disabled={!a.allowed} onClick={() => start(a.action)} title={a.blockedKey ? t(a.blockedKey, a.blockedParams) : undefined}>
              {t(`workflowActions.${a.action}`)}
            </Button>
          ))}
        </Group>
        {overview.actions
          .filter((a) => !a.allowed && a.blockedKey)
          .map((a) => (
            <Text key={a.action} size="xs" c="dimmed">
              {t(`workflowActions.${a.action}`)}: {t(a.blockedKey!, a.blockedParams)}
            </Text>
          ))}
      </Stack>
      <ReasonModal
        opened={asking !== null}
        title={asking ? t(`workflowActions.${asking}`) : ''}
        label={t('workflow.reasonLabel')}
        confirmLabel={t('workflow.confirm')}
        error={error}
        onCancel={() => {
          setAsking(null);
          moving.clear();
        }}
        onConfirm={(reason) => (asking ? run(asking, reason) : undefined)}
      />
    </Paper>
  );
}
