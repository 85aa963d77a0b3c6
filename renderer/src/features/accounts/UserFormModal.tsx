import { Alert, Button, Modal, PasswordInput, Select, Stack, Switch, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ROLES } from '../../../../shared/accounts/roles.ts';
import type { Role } from '../../../../shared/accounts/roles.ts';
import { displayNameSchema, newPasswordSchema, roleSchema, usernameSchema } from '../../../../shared/accounts/schemas.ts';
import type { UserSummary } from '../../../../shared/accounts/schemas.ts';
import { ApiError, call } from '../../app/api.ts';
import { translateErrors } from '../../app/form-errors.ts';
import { errorText } from '../../../../shared/error-text.ts';
import { useAction } from '../../app/use-action.ts';

export type UserFormMode = { kind: 'create' } | { kind: 'edit'; user: UserSummary } | { kind: 'reset'; user: UserSummary };

interface Values {
  username: string;
  displayName: string;
  role: Role;
  active: boolean;
  password: string;
  passwordConfirm: string;
}

const matching = (v: { password: string; passwordConfirm: string }) => v.password === v.passwordConfirm;
const confirmRule = { error: 'auth.passwordMismatch', path: ['passwordConfirm'] };
const schemas = {
  create: z.object({ username: usernameSchema, displayName: displayNameSchema, role: roleSchema, password: newPasswordSchema, passwordConfirm: z.string() }).refine(matching, confirmRule),
  edit: z.object({ displayName: displayNameSchema, role: roleSchema, active: z.boolean() }),
  reset: z.object({ password: newPasswordSchema, passwordConfirm: z.string() }).refine(matching, confirmRule),
};

/** One modal for the three administrator actions on an account: add, edit, reset password. */
export function UserFormModal({ mode, onClose, onSaved }: { mode: UserFormMode; onClose: () => void; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const user = mode.kind === 'create' ? null : mode.user;
  const resolver = schemaResolver(schemas[mode.kind], { sync: true });
  const form = useForm<Values>({
    initialValues: { username: '', displayName: user?.displayName ?? '', role: user?.role ?? 'clerk', active: user?.active ?? true, password: '', passwordConfirm: '' },
    validate: (values) => translateErrors(resolver(values), t),
  });
  const saving = useAction(
    async (v: Values) => {
      if (mode.kind === 'create') {
        const u = await call('users:create', { username: v.username, displayName: v.displayName, role: v.role, password: v.password });
        onSaved(t('users.created', { username: u.username }));
      } else if (mode.kind === 'edit') {
        const u = await call('users:update', { id: mode.user.id, displayName: v.displayName, role: v.role, active: v.active });
        onSaved(t('users.updated', { username: u.username }));
      } else {
        const u = await call('users:resetPassword', { id: mode.user.id, password: v.password });
        onSaved(t('users.passwordReset', { username: u.username }));
      }
    },
    (e) => {
      if (e instanceof ApiError) form.setErrors(e.fields);
      return errorText(e);
    },
  );
  const submit = form.onSubmit((v) => void saving.run(v));
  const { error } = saving;
  const title = mode.kind === 'create' ? t('users.add') : mode.kind === 'edit' ? `${t('users.edit')}: ${mode.user.username}` : `${t('users.resetPassword')}: ${mode.user.username}`;
  return (
    <Modal opened onClose={onClose} title={title}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {error && <Alert color="red" role="alert">{error}</Alert>}
          {mode.kind === 'create' && <TextInput label={t('auth.username')} {...form.getInputProps('username')} key={form.key('username')} />}
          {mode.kind !== 'reset' && (
            <>
              <TextInput label={t('auth.displayName')} {...form.getInputProps('displayName')} key={form.key('displayName')} />
              <Select
                label={t('users.role')}
                data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
                allowDeselect={false}
                {...form.getInputProps('role')}
                key={form.key('role')}
              />
            </>
          )}
          {mode.kind === 'edit' && <Switch label={t('users.active')} {...form.getInputProps('active', { type: 'checkbox' })} key={form.key('active')} />}
          {mode.kind !== 'edit' && (
            <>
              <PasswordInput label={t('auth.password')} description={t('auth.passwordHint')} autoComplete="new-password" {...form.getInputProps('password')} key={form.key('password')} />
              <PasswordInput label={t('auth.passwordConfirm')} autoComplete="new-password" {...form.getInputProps('passwordConfirm')} key={form.key('passwordConfirm')} />
            </>
          )}
          <Button type="submit">{t('actions.save')}</Button>
        </Stack>
      </form>
    </Modal>
  );
}
