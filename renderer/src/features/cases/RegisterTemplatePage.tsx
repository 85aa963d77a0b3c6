import { Alert, Button, Code, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../../app/api.ts';
import { translateErrors } from '../../app/form-errors.ts';
import { formatRegisterNumber, hasRegisterPlaceholders, registerTemplateSchema } from '../../../../shared/cases/register-number.ts';
import type { RegisterTemplateInfo } from '../../../../shared/cases/register-number.ts';
import { errorText } from '../../../../shared/error-text.ts';
import { useRecordVersion } from '../../app/record-version.tsx';
import { useAction } from '../../app/use-action.ts';

const resolve = schemaResolver(registerTemplateSchema, { sync: true });

/** The template form: the same shared schema as main, and a live preview of the next case's number. */
function RegisterTemplateForm({ info, onSaved }: { info: RegisterTemplateInfo; onSaved: (i: RegisterTemplateInfo) => void }) {
  const { t } = useTranslation();
  const rv = useRecordVersion(info.version, async () => (await call('cases:registerTemplate', {})).version);
  const form = useForm({ mode: 'controlled', initialValues: { template: info.template, expectedVersion: info.version }, validate: resolve, validateInputOnChange: true });
  const errors = translateErrors(form.errors, t);
  const typed = form.values.template.trim();
  const preview = hasRegisterPlaceholders(typed) ? formatRegisterNumber(typed, info.nextSeq, info.year) : null;

  const saving = useAction(
    async (values: typeof form.values) => onSaved(await call('cases:setRegisterTemplate', { ...values, expectedVersion: rv.version })),
    (e) => {
      if (rv.catchStale(e, form.setErrors)) return null;
      if (!(e instanceof ApiError) || Object.keys(e.fields).length === 0) return errorText(e);
      form.setErrors(e.fields);
      return null;
    },
  );
  const { error } = saving;
  const submit = form.onSubmit((values) => void saving.run(values));

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        {rv.notice}
        <TextInput
          label={t('registerUi.template')}
          description={t('registerUi.templateHint')}
          withAsterisk
          maw={480}
          data-testid="register-template"
          {...form.getInputProps('template')}
          error={errors.template}
        />
        <Paper withBorder p="sm" maw={480} data-testid="register-preview">
          <Text size="sm" c="dimmed">{t('registerUi.preview')}</Text>
          {preview ? <Code fz="lg">{preview}</Code> : <Text size="sm" c="orange">{t('registerUi.previewInvalid')}</Text>}
          <Text size="xs" c="dimmed" mt={4}>{t('registerUi.counter', { year: info.year, count: info.nextSeq - 1 })}</Text>
        </Paper>
        {error && <Alert color="red" role="alert">{error}</Alert>}
        <Group>
          <Button type="submit" loading={saving.busy} disabled={!form.isDirty()}>{t('registerUi.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

/** "Nomor Registrasi" (administrators): the office's case register-number template. */
export function RegisterTemplatePage() {
  const { t } = useTranslation();
  const [info, setInfo] = useState<RegisterTemplateInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    call('cases:registerTemplate', {})
      .then(setInfo)
      .catch((e: unknown) => setError(errorText(e)));
  }, []);
  if (error) return <Alert color="red" role="alert">{error}</Alert>;
  if (!info) return null;
  return (
    <Stack maw={800}>
      <Title order={2}>{t('registerUi.title')}</Title>
      <Text size="sm">{t('registerUi.intro')}</Text>
      {notice && <Alert color="green" data-testid="register-saved">{notice}</Alert>}
      <RegisterTemplateForm
        key={info.template}
        info={info}
        onSaved={(saved) => {
          setInfo(saved);
          setNotice(t('registerUi.saved', { example: saved.example }));
        }}
      />
    </Stack>
  );
}
