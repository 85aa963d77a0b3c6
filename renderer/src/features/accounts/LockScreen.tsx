import { Alert, Button, PasswordInput, Stack } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../../shared/accounts/schemas.ts';
import { call } from '../../app/api.ts';
import { useAction } from '../../app/use-action.ts';
import { AuthCard } from './AuthCard.tsx';
import { errorText } from '../../../../shared/error-text.ts';

/** The locked screen: nothing of the case underneath stays rendered, only the own password unlocks. */
export function LockScreen({ user, onDone }: { user: SessionUser; onDone: () => void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  // Unlocking and switching user are one action: while either runs, neither starts again.
  const leave = useAction(
    async (fn: () => Promise<unknown>) => {
      await fn();
      onDone();
    },
    (e) => {
      setPassword('');
      return errorText(e);
    },
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void leave.run(() => call('auth:unlock', { password }));
  };
  return (
    <AuthCard title={t('auth.lockedTitle')} intro={t('auth.lockedIntro', { name: user.displayName })}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {leave.error && <Alert color="red" role="alert">{leave.error}</Alert>}
          <PasswordInput label={t('auth.password')} autoComplete="current-password" autoFocus value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
          <Button type="submit" loading={leave.busy} disabled={password === ''}>{t('auth.unlockSubmit')}</Button>
          <Button variant="subtle" onClick={() => void leave.run(() => call('auth:logout', {}))}>{t('auth.switchUser')}</Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
