import { Alert, Badge, Button, Group, NumberInput, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { showDateTime } from '../../app/format.ts';
import { useSession } from '../../app/session.ts';
import { UserFormModal } from './UserFormModal.tsx';
import { ChangePasswordModal } from './ChangePasswordModal.tsx';
import type { UserFormMode } from './UserFormModal.tsx';
import { errorText } from '../../../../shared/error-text.ts';
import { useAction } from '../../app/use-action.ts';
import { useLoad } from '../../app/use-load.ts';

/** Administrator: accounts, roles, password resets and the idle-lock time. */
export function UsersPage() {
  const { t } = useTranslation();
  const { refresh: refreshSession, user: me } = useSession();
  // One's own password is changed with the current one, never reset.
  const [changingOwn, setChangingOwn] = useState(false);
  const [mode, setMode] = useState<UserFormMode | null>(null);
  const { data, error, reload } = useLoad(async () => {
    const [users, status] = await Promise.all([call('users:list', {}), call('auth:status', {})]);
    return { users, at: Date.now(), idleMinutes: status.idleMinutes };
  }, []);
  // What the administrator typed in the idle-lock field, else the stored time.
  const [idleEdit, setIdle] = useState<number | string | null>(null);
  const idle = idleEdit ?? data?.idleMinutes ?? '';

  const saved = useCallback(
    (message: string) => {
      setMode(null);
      notifications.show({ color: 'teal', message });
      reload();
      refreshSession();
    },
    [refreshSession, reload],
  );
  const saveIdle = useAction(
    async () => {
      const r = await call('users:setIdleMinutes', { minutes: Number(idle) });
      notifications.show({ color: 'teal', message: t('users.idleSaved', { minutes: r.minutes }) });
      refreshSession();
    },
    (e) => (notifications.show({ color: 'red', message: errorText(e) }), null),
  );

  return (
    <Stack maw={1000}>
      <Group justify="space-between">
        <Title order={2}>{t('users.title')}</Title>
        <Button onClick={() => setMode({ kind: 'create' })}>{t('users.add')}</Button>
      </Group>
      {error && <Alert color="red" role="alert">{error}</Alert>}
      <Table withTableBorder striped data-testid="users-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('auth.username')}</Table.Th>
            <Table.Th>{t('auth.displayName')}</Table.Th>
            <Table.Th>{t('users.role')}</Table.Th>
            <Table.Th>{t('users.status')}</Table.Th>
            <Table.Th>{t('users.lastLogin')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(data?.users ?? []).map((u) => {
            const locked = u.lockedUntil !== null && Date.parse(u.lockedUntil) > data!.at;
            return (
              <Table.Tr key={u.id}>
                <Table.Td>{u.username}</Table.Td>
                <Table.Td>{u.displayName}</Table.Td>
                <Table.Td>{t(`roles.${u.role}`)}</Table.Td>
                <Table.Td>
                  <Badge color={u.active ? 'teal' : 'gray'} variant="light">{u.active ? t('users.active') : t('users.inactive')}</Badge>{' '}
                  {locked && <Text span size="xs" c="red">{t('users.lockedUntil', { time: showDateTime(u.lockedUntil!) })}</Text>}
                </Table.Td>
                <Table.Td>{u.lastLoginAt ? showDateTime(u.lastLoginAt) : t('users.never')}</Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end">
                    <Button size="compact-xs" variant="light" onClick={() => setMode({ kind: 'edit', user: u })}>{t('users.edit')}</Button>
                    {u.id === me.id ? (
                      <Button size="compact-xs" variant="light" onClick={() => setChangingOwn(true)}>{t('auth.changePassword')}</Button>
                    ) : (
                      <Button size="compact-xs" variant="light" onClick={() => setMode({ kind: 'reset', user: u })}>{t('users.resetPassword')}</Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Paper withBorder p="md" maw={420}>
        <Group align="flex-end">
          <NumberInput label={t('users.idleMinutes')} min={1} max={240} value={idle} onChange={setIdle} w={280} />
          <Button variant="light" onClick={() => void saveIdle.run()}>{t('actions.save')}</Button>
        </Group>
      </Paper>
      <ChangePasswordModal opened={changingOwn} onClose={() => setChangingOwn(false)} />
      {mode && <UserFormModal mode={mode} onClose={() => setMode(null)} onSaved={saved} />}
    </Stack>
  );
}
