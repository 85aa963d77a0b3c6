import { Center, Loader } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import type { RecoveryStatus } from '../../../../shared/backup/types.ts';
import { RecoveryScreen } from './RecoveryScreen.tsx';

/**
 * The outermost gate: asks main whether the database opened. In recovery mode the app
 * (login included: the accounts are in the unreadable database) is replaced by the
 * recovery screen. Calls window.api directly so an error here cannot loop through the
 * app's own error handling.
 */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<RecoveryStatus | null>(null);
  useEffect(() => {
    window.api['recovery:status']({})
      .then((r) => setStatus(r.ok ? r.value : { mode: 'normal' }))
      .catch(() => setStatus({ mode: 'normal' }));
  }, []);
  if (!status)
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  return status.mode === 'recovery' ? <RecoveryScreen status={status} /> : <>{children}</>;
}
