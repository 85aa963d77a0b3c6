import { Alert, Button, Group, Stack, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { caseUpdateSchema } from '../../../../shared/cases/schemas.ts';
import type { CaseDetail } from '../../../../shared/cases/schemas.ts';
import { call } from '../../app/api.ts';
import { useLoad } from '../../app/use-load.ts';
import { saveFailure, translateErrors } from '../../app/form-errors.ts';
import { href, navigate } from '../../app/use-hash-route.ts';
import { CaseFormFields } from './CaseFormFields.tsx';
import { emptyCaseForm, fromDetail, toUpdatePayload } from './case-form.ts';
import type { CaseFormValues } from './case-form.ts';
import { useCaseOptions } from './use-case-options.ts';
import { useRecordVersion } from '../../app/record-version.tsx';
import { useOutOfDate } from '../../app/use-changes.tsx';
import { useAction } from '../../app/use-action.ts';
import { GrowTextarea } from '../../app/GrowTextarea.tsx';

function EditForm({ c }: { c: CaseDetail }) {
  const { t } = useTranslation();
  const options = useCaseOptions();
  const rv = useRecordVersion(c.version, async () => (await call('cases:get', { id: c.id })).version);
  // Someone else saving this case meanwhile: said at once, the typing kept (reload takes their version).
  const outOfDate = useOutOfDate('case', c.id, rv.reload);
  const resolver = schemaResolver(caseUpdateSchema, { sync: true });
  const form = useForm<CaseFormValues>({
    initialValues: c ? fromDetail(c) : emptyCaseForm(),
    validate: (values) => translateErrors(resolver(toUpdatePayload(values, c.id, rv.version)), t),
  });
  const saving = useAction(async (values: CaseFormValues) => {
    await call('cases:update', toUpdatePayload(values, c.id, rv.version));
    notifications.show({ color: 'teal', message: t('case.saved', { registerNo: c.registerNo }) });
    navigate(`/cases/${c.id}`);
  }, saveFailure(form.setErrors, rv));
  const serverError = saving.error;
  const submit = form.onSubmit((values) => void saving.run(values));
  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={960}>
        <Title order={2}>{t('case.editTitle', { registerNo: c.registerNo })}</Title>
        {outOfDate}
        {rv.notice}
        {serverError && <Alert color="red" role="alert">{serverError}</Alert>}
        <CaseFormFields form={form} options={options} />
        <GrowTextarea label={t('case.reason')} withAsterisk minRows={2} {...form.getInputProps('reason')} key={form.key('reason')} />
        <Group justify="flex-end">
          <Button component="a" variant="subtle" href={href(`/cases/${c.id}`)}>{t('actions.cancel')}</Button>
          <Button type="submit" loading={saving.busy}>{t('actions.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Editing a case: the same fields and shared schema as intake, plus a required reason; every change lands in the history. */
export function CaseEditPage({ id }: { id: number }) {
  const { data: c, error } = useLoad(() => call('cases:get', { id }), [id]);
  if (error) return <Alert color="red" role="alert">{error}</Alert>;
  return c ? <EditForm c={c} /> : null;
}
