import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { useLoad } from '../../app/use-load.ts';
import { useLiveReload } from '../../app/use-changes.tsx';
import type { SignedInUser } from '../../../../shared/accounts/schemas.ts';

/**
 * Who else is signed in (office server: every browser; desktop: nobody else), so a user
 * knows whose edits may cross theirs. Shown only when someone else is there.
 */
export function SignedInUsers() {
  const { t } = useTranslation();
  const { data, reload } = useLoad<SignedInUser[]>(() => call('auth:signedIn', {}), []);
  // Someone signing in, out or locking their screen: the list follows without a page reload.
  useLiveReload(['presence'], reload);
  const others = (data ?? []).filter((u) => !u.self);
  if (others.length === 0) return null;
  return (
    <Group gap="xs" data-testid="signed-in-users">
      <Text size="sm" c="dimmed">
        {t('presence.others')}
      </Text>
      {others.map((u) => (
        <Badge key={u.username} variant="light" color={u.locked ? 'gray' : 'teal'} title={u.locked ? t('presence.locked') : undefined}>
          {t('presence.user', { name: u.displayName, role: t(`roles.${u.role}`) })}
        </Badge>
      ))}
    </Group>
  );
}
