import { Center, Loader } from '@mantine/core';
import { Suspense, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import type { RecoveryStatus } from '../../../../shared/backup/types.ts';
import { lazyModule } from '../../app/lazy-screen.ts';
import { loadBehindSignIn } from '../../app/load-behind-sign-in.ts';
import { serverGate } from '../../app/server-gate.ts';

// Only a damaged database shows it: not part of the first download.
const RecoveryScreen = lazyModule(() => loadBehindSignIn().then(() => import('./RecoveryScreen.tsx')), 'RecoveryScreen');

const NORMAL: RecoveryStatus = { mode: 'normal' };

// Asked as the page loads (main.tsx), beside the sign-in status, not after the first render;
// an answer already in when the gate first draws is drawn at once.
let first: { promise: Promise<RecoveryStatus>; value?: RecoveryStatus } | null = null;
export function prefetchRecoveryStatus(): void {
  if (first) return;
  const entry: { promise: Promise<RecoveryStatus>; value?: RecoveryStatus } = {
    promise: window.api['recovery:status']({}).then(
      (r) => (r.ok ? r.value : NORMAL),
      () => NORMAL,
    ),
  };
  void entry.promise.then((value) => (entry.value = value));
  first = entry;
}

/**
 * The outermost gate: asks main whether the database opened. In recovery mode the app
 * (login included: the accounts are in the unreadable database) is replaced by the
 * recovery screen. Calls window.api directly so an error here cannot loop through the
 * app's own error handling.
 */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<RecoveryStatus | null>(() => first?.value ?? null);
  useEffect(() => {
    prefetchRecoveryStatus();
    void first!.promise.then(setStatus);
  }, []);
  // A sign-in form drawn by the server means the database opened: draw the app's gates meanwhile.
  if (!status && serverGate()) return <>{children}</>;
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
