import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { useAction } from '../../app/use-action.ts';
import { AuthCard } from './AuthCard.tsx';
import { DrawnPasswordInput } from './DrawnPasswordInput.tsx';
import { useGateValidation } from './gate-validation.ts';
import { useServerDrawnForm } from './use-server-drawn-form.ts';
import { errorText } from '../../../../shared/error-text.ts';

/** Sign-in. Wrong passwords and the lockout delay come back as messages from main. */
export function LoginPage({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const check = useGateValidation<{ username: string; password: string }>((s) => s.loginSchema);
  const form = useForm({ initialValues: { username: '', password: '' }, validate: check.validate });
  const formRef = useServerDrawnForm(form);
  const login = useAction(
    async (values: { username: string; password: string }) => {
      await call('auth:login', values);
      onDone();
    },
    (e) => {
      form.setFieldValue('password', '');
      return errorText(e);
    },
  );
  const submit = form.onSubmit((values) => void login.run(values));
  return (
    <AuthCard title={t('auth.loginTitle')}>
      <form ref={formRef} onSubmit={check.onSubmit(submit)} noValidate>
        <Stack>
          {login.error && <Alert color="red" role="alert" data-testid="login-error">{login.error}</Alert>}
          <TextInput label={t('auth.username')} autoComplete="username" autoFocus name="username" {...form.getInputProps('username')} key={form.key('username')} />
          <DrawnPasswordInput label={t('auth.password')} autoComplete="current-password" name="password" {...form.getInputProps('password')} key={form.key('password')} />
          <Button type="submit" loading={login.busy}>{t('auth.loginSubmit')}</Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
