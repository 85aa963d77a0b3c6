import { Center, Loader } from '@mantine/core';
import { Suspense, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import type { RecoveryStatus } from '../../../../shared/backup/types.ts';
import { lazyModule } from '../../app/lazy-screen.ts';

// Only a damaged database shows it: not part of the first download.
const RecoveryScreen = lazyModule(() => import('./RecoveryScreen.tsx'), 'RecoveryScreen');

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
  return status.mode === 'recovery' ? (
    <Suspense fallback={<Center h="100vh"><Loader /></Center>}>
      <RecoveryScreen status={status} />
    </Suspense>
  ) : (
    <>{children}</>
  );
}
