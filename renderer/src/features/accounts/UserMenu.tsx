import { Button, Group, Menu, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.ts';
import { ChangePasswordModal } from './ChangePasswordModal.tsx';

/** Header: who is signed in, with lock, change password and sign-out. */
export function UserMenu() {
  const { t } = useTranslation();
  const { user, logout, lock } = useSession();
  const [changing, setChanging] = useState(false);
  return (
    <Group gap="xs">
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="subtle" size="compact-sm" data-testid="user-menu">
            <Text size="sm" span>{t('auth.signedInAs', { name: user.displayName, role: t(`roles.${user.role}`) })}</Text>
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => void lock()}>{t('auth.lock')}</Menu.Item>
          <Menu.Item onClick={() => setChanging(true)}>{t('auth.changePassword')}</Menu.Item>
          <Menu.Divider />
          <Menu.Item color="red" onClick={() => void logout()}>{t('auth.logout')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ChangePasswordModal opened={changing} onClose={() => setChanging(false)} />
    </Group>
  );
}
