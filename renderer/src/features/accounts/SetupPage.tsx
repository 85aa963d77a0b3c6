import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../../app/api.ts';
import { useAction } from '../../app/use-action.ts';
import { AuthCard } from './AuthCard.tsx';
import { DrawnPasswordInput } from './DrawnPasswordInput.tsx';
import { useGateValidation } from './gate-validation.ts';
import { useServerDrawnForm } from './use-server-drawn-form.ts';
import { errorText } from '../../../../shared/error-text.ts';

/** First launch: creates the administrator account (main refuses once any account exists). */
export function SetupPage({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const check = useGateValidation<{ username: string; displayName: string; password: string; passwordConfirm: string }>((s) => s.withConfirmation(s.setupSchema));
  const form = useForm({
    initialValues: { username: '', displayName: '', password: '', passwordConfirm: '' },
    validate: check.validate,
  });
  const formRef = useServerDrawnForm(form);
  const saving = useAction(
    async (account: { username: string; displayName: string; password: string }) => {
      await call('auth:setup', account);
      onDone();
    },
    (e) => {
      if (e instanceof ApiError) form.setErrors(e.fields);
      return errorText(e);
    },
  );
  const submit = form.onSubmit(({ username, displayName, password }) => void saving.run({ username, displayName, password }));
  return (
    <AuthCard title={t('auth.setupTitle')} intro={t('auth.setupIntro')}>
      <form ref={formRef} onSubmit={check.onSubmit(submit)} noValidate>
        <Stack>
          {saving.error && <Alert color="red" role="alert">{saving.error}</Alert>}
          <TextInput label={t('auth.displayName')} autoComplete="name" name="displayName" {...form.getInputProps('displayName')} key={form.key('displayName')} />
          <TextInput label={t('auth.username')} autoComplete="username" name="username" {...form.getInputProps('username')} key={form.key('username')} />
          <DrawnPasswordInput label={t('auth.password')} description={t('auth.passwordHint')} autoComplete="new-password" name="password" {...form.getInputProps('password')} key={form.key('password')} />
          <DrawnPasswordInput label={t('auth.passwordConfirm')} autoComplete="new-password" name="passwordConfirm" {...form.getInputProps('passwordConfirm')} key={form.key('passwordConfirm')} />
          <Button type="submit" loading={saving.busy}>{t('auth.setupSubmit')}</Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
