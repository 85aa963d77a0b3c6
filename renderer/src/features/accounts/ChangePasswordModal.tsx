import { Alert, Button, Modal, PasswordInput, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { changePasswordSchema } from '../../../../shared/accounts/schemas.ts';
import { ApiError, call } from '../../app/api.ts';
import { translateErrors } from '../../app/form-errors.ts';
import { errorText } from '../../../../shared/error-text.ts';
import { useAction } from '../../app/use-action.ts';

const formSchema = changePasswordSchema
  .extend({ passwordConfirm: z.string() })
  .refine((v) => v.newPassword === v.passwordConfirm, { error: 'auth.passwordMismatch', path: ['passwordConfirm'] });

/** A signed-in user changes their own password (the current one is checked by main). */
export function ChangePasswordModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const resolver = schemaResolver(formSchema, { sync: true });
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', passwordConfirm: '' },
    validate: (values) => translateErrors(resolver(values), t),
  });
  const saving = useAction(
    async ({ currentPassword, newPassword }: { currentPassword: string; newPassword: string }) => {
      await call('auth:changePassword', { currentPassword, newPassword });
      notifications.show({ color: 'teal', message: t('auth.passwordChanged') });
      form.reset();
      onClose();
    },
    (e) => {
      if (e instanceof ApiError) form.setErrors(e.fields);
      return errorText(e);
    },
  );
  const close = () => {
    form.reset();
    saving.clear();
    onClose();
  };
  const submit = form.onSubmit((v) => void saving.run(v));
  const { error } = saving;
  return (
    <Modal opened={opened} onClose={close} title={t('auth.changePassword')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {error && <Alert color="red" role="alert">{error}</Alert>}
          <PasswordInput label={t('auth.currentPassword')} autoComplete="current-password" {...form.getInputProps('currentPassword')} key={form.key('currentPassword')} />
          <PasswordInput label={t('auth.newPassword')} description={t('auth.passwordHint')} autoComplete="new-password" {...form.getInputProps('newPassword')} key={form.key('newPassword')} />
          <PasswordInput label={t('auth.passwordConfirm')} autoComplete="new-password" {...form.getInputProps('passwordConfirm')} key={form.key('passwordConfirm')} />
          <Button type="submit">{t('actions.save')}</Button>
        </Stack>
      </form>
    </Modal>
  );
}
