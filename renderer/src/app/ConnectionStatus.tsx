import { Alert, Badge, Button, Group, Text } from '@mantine/core';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectionSnapshot } from '../../../shared/connect/connection.ts';

const ALWAYS_ONLINE: ConnectionSnapshot = { state: 'online', retryAt: null };
const noSubscribe = () => () => undefined;

/** Nothing known yet: what the prerendered page (built without a server) drew, so what hydration draws first. */
const notKnown = () => null;

function useConnection(): ConnectionSnapshot | null {
  const monitor = typeof window === 'undefined' ? undefined : window.sipenaConnection;
  const snapshot = useSyncExternalStore(monitor ? monitor.subscribe : noSubscribe, monitor ? monitor.get : () => ALWAYS_ONLINE, notKnown);
  return monitor ? snapshot : null;
}

/** Seconds until `at`, ticking once a second while shown. */
function useSecondsUntil(at: number | null): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (at === null) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1_000);
    return () => window.clearInterval(timer);
  }, [at]);
  return at === null ? null : Math.max(0, Math.ceil((at - now) / 1_000));
}

/**
 * The office server connection, always in view on a client (the desktop app pointed at the
 * server, or a browser): a small badge in the corner, and while the server cannot be reached a
 * banner over everything that says so, counts down to the next attempt and offers "Coba
 * sekarang". It changes nothing on the screen below: an open form keeps every character, and
 * nothing is sent until the user saves again. Absent in the desktop app on its own database.
 */
export function ConnectionStatus() {
  const { t } = useTranslation();
  const connection = useConnection();
  const seconds = useSecondsUntil(connection?.state === 'offline' ? connection.retryAt : null);
  if (!connection) return null;
  const offline = connection.state === 'offline';
  return (
    <>
      <Badge
        data-testid="connection-state"
        data-state={connection.state}
        color={offline ? 'red' : 'teal'}
        variant={offline ? 'filled' : 'light'}
        style={{ position: 'fixed', bottom: 8, left: 8, zIndex: 400 }}
      >
        {offline ? t('connection.offline') : t('connection.online')}
      </Badge>
      {offline && (
        <Alert
          role="alert"
          data-testid="connection-banner"
          color="red"
          variant="filled"
          title={t('connection.lostTitle')}
          style={{ position: 'fixed', top: 8, left: '50%', transform: 'translateX(-50%)', zIndex: 400, width: 'min(640px, 94vw)' }}
        >
          <Text size="sm">{t('connection.lost')}</Text>
          <Group justify="space-between" mt="xs">
            <Text size="sm">{seconds !== null && seconds > 0 ? t('connection.retryIn', { seconds }) : t('connection.retrying')}</Text>
            <Button size="xs" variant="white" color="red" onClick={() => window.sipenaConnection?.retryNow()}>
              {t('connection.retryNow')}
            </Button>
          </Group>
        </Alert>
      )}
    </>
  );
}
