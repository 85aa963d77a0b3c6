import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { AuthCard } from './AuthCard.tsx';
import { useGateValidation } from './gate-validation.ts';
import { useServerDrawnForm } from './use-server-drawn-form.ts';
import { errorText } from '../../../../shared/error-text.ts';

/** Sign-in. Wrong passwords and the lockout delay come back as messages from main. */
export function LoginPage({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const check = useGateValidation<{ username: string; password: string }>((s) => s.loginSchema);
  const form = useForm({ initialValues: { username: '', password: '' }, validate: check.validate });
  const formRef = useServerDrawnForm(form);
  const submit = form.onSubmit(async (values) => {
    setError(null);
    setBusy(true);
    try {
      await call('auth:login', values);
      onDone();
    } catch (e) {
      setError(errorText(e));
      form.setFieldValue('password', '');
    } finally {
      setBusy(false);
    }
  });
  return (
    <AuthCard title={t('auth.loginTitle')}>
      <form ref={formRef} onSubmit={check.onSubmit(submit)} noValidate>
        <Stack>
          {error && <Alert color="red" role="alert" data-testid="login-error">{error}</Alert>}
          <TextInput label={t('auth.username')} name="username" autoComplete="username" autoFocus {...form.getInputProps('username')} key={form.key('username')} />
          <PasswordInput label={t('auth.password')} name="password" autoComplete="current-password" {...form.getInputProps('password')} key={form.key('password')} />
          <Button type="submit" loading={busy}>{t('auth.loginSubmit')}</Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
