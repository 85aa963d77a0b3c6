import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../../app/api.ts';
import { AuthCard } from './AuthCard.tsx';
import { useGateValidation } from './gate-validation.ts';
import { useServerDrawnForm } from './use-server-drawn-form.ts';
import { errorText } from '../../../../shared/error-text.ts';

/** First launch: creates the administrator account (main refuses once any account exists). */
export function SetupPage({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const check = useGateValidation<{ username: string; displayName: string; password: string; passwordConfirm: string }>((s) => s.withConfirmation(s.setupSchema));
  const form = useForm({
    initialValues: { username: '', displayName: '', password: '', passwordConfirm: '' },
    validate: check.validate,
  });
  const formRef = useServerDrawnForm(form);
  const submit = form.onSubmit(async ({ username, displayName, password }) => {
    setError(null);
    setSaving(true);
    try {
      await call('auth:setup', { username, displayName, password });
      onDone();
    } catch (e) {
      setError(errorText(e));
      if (e instanceof ApiError) form.setErrors(e.fields);
    } finally {
      setSaving(false);
    }
  });
  return (
    <AuthCard title={t('auth.setupTitle')} intro={t('auth.setupIntro')}>
      <form ref={formRef} onSubmit={check.onSubmit(submit)} noValidate>
        <Stack>
          {error && <Alert color="red" role="alert">{error}</Alert>}
          <TextInput label={t('auth.displayName')} name="displayName" autoComplete="name" {...form.getInputProps('displayName')} key={form.key('displayName')} />
          <TextInput label={t('auth.username')} name="username" autoComplete="username" {...form.getInputProps('username')} key={form.key('username')} />
          <PasswordInput label={t('auth.password')} name="password" description={t('auth.passwordHint')} autoComplete="new-password" {...form.getInputProps('password')} key={form.key('password')} />
          <PasswordInput label={t('auth.passwordConfirm')} name="passwordConfirm" autoComplete="new-password" {...form.getInputProps('passwordConfirm')} key={form.key('passwordConfirm')} />
          <Button type="submit" loading={saving}>{t('auth.setupSubmit')}</Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
