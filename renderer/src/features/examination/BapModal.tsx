import { ActionIcon, Alert, Button, Checkbox, Group, Modal, MultiSelect, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { useRecordVersion } from '../../app/record-version.tsx';
import { saveFailure, translateErrors } from '../../app/form-errors.ts';
import { bapSaveSchema } from '../../../../shared/examination/schemas.ts';
import type { BapSaveInput } from '../../../../shared/examination/schemas.ts';
import type { ExamSession, ExaminationOverview } from '../../../../shared/examination/types.ts';
import { useAction } from '../../app/use-action.ts';
import { GrowTextarea } from '../../app/GrowTextarea.tsx';

/** BAP entry: numbered question/answer pairs, examiners present, and a recorded refusal to sign. */
export function BapModal({ session, overview, onClose, onSaved }: { session: ExamSession; overview: ExaminationOverview; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const existing = overview.baps.find((b) => b.sessionId === session.id);
  const rv = useRecordVersion(existing?.version ?? 0, async () => (await call('examination:overview', { caseId: session.caseId })).baps.find((b) => b.sessionId === session.id)?.version ?? 0);
  const resolver = schemaResolver(bapSaveSchema, { sync: true });
  const form = useForm<BapSaveInput>({
    initialValues: {
      sessionId: session.id,
      examinerIds: existing?.examinerIds ?? session.examinerIds,
      examineePresent: true,
      place: existing?.place ?? session.roomName ?? '',
      refusedToSign: existing?.refusedToSign ?? false,
      refusalNote: existing?.refusalNote ?? '',
      qa: existing?.qa.map((q) => ({ question: q.question, answer: q.answer })) ?? [{ question: '', answer: '' }],
      expectedVersion: existing?.version ?? 0,
    },
    validate: (v) => translateErrors(resolver(v), t),
  });
  const v = form.getValues();

  const saving = useAction(async (values: typeof form.values) => {
    const saved = await call('examination:saveBap', { ...values, expectedVersion: rv.version });
    notifications.show({ color: 'teal', message: t('bap.saved', { count: saved.qa.length }) });
    onSaved();
  }, saveFailure(form.setErrors, rv));
  const serverError = saving.error;
  const submit = form.onSubmit((values) => void saving.run(values));

  return (
    <Modal opened onClose={onClose} size="xl" title={`${t('bap.title')} · ${session.accusedName}`}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {rv.notice}
          {serverError && <Alert color="red" role="alert">{serverError}</Alert>}
          <TextInput label={t('bap.place')} {...form.getInputProps('place')} key={form.key('place')} />
          <MultiSelect
            label={t('schedule.examiners')}
            data={overview.team.map((m) => ({ value: String(m.staffId), label: `${m.name} (${t(`teamRoles.${m.role}`)})` }))}
            value={v.examinerIds.map(String)}
            onChange={(x) => form.setFieldValue('examinerIds', x.map(Number))}
            error={form.errors.examinerIds}
          />
          {v.qa.map((_, i) => (
            <Paper withBorder p="sm" key={form.key(`qa.${i}`)}>
              <Group justify="space-between" mb={4}>
                <Text fw={600} size="sm">
                  {i + 1}.
                </Text>
                {v.qa.length > 1 && (
                  <ActionIcon variant="subtle" color="red" aria-label={t('actions.remove')} onClick={() => form.removeListItem('qa', i)}>
                    ×
                  </ActionIcon>
                )}
              </Group>
              <GrowTextarea label={t('bap.question', { no: i + 1 })} minRows={1} {...form.getInputProps(`qa.${i}.question`)} key={form.key(`qa.${i}.question`)} />
              <GrowTextarea label={t('bap.answer', { no: i + 1 })} minRows={2} {...form.getInputProps(`qa.${i}.answer`)} key={form.key(`qa.${i}.answer`)} />
            </Paper>
          ))}
          {form.errors.qa && <Text c="red" size="sm">{form.errors.qa}</Text>}
          <Group>
            <Button variant="light" onClick={() => form.insertListItem('qa', { question: '', answer: '' })}>
              {t('bap.addQa')}
            </Button>
          </Group>
          <Checkbox label={t('bap.refusedToSign')} {...form.getInputProps('refusedToSign', { type: 'checkbox' })} key={form.key('refusedToSign')} />
          {v.refusedToSign && <Textarea label={t('bap.refusalNote')} withAsterisk {...form.getInputProps('refusalNote')} key={form.key('refusalNote')} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit">{t('actions.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
