import { Alert, Center } from '@mantine/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { AuthStatus } from '../../../../shared/accounts/schemas.ts';
import { call } from '../../app/api.ts';
import { SessionContext, UNAUTHENTICATED_EVENT } from '../../app/session.ts';
import type { SessionApi } from '../../app/session.ts';
import { LockScreen } from './LockScreen.tsx';
import { LoginPage } from './LoginPage.tsx';
import { SetupPage } from './SetupPage.tsx';
import { useIdleLock } from './use-idle-lock.ts';
import { errorText } from '../../../../shared/error-text.ts';
import { afterPaint } from '../../app/after-paint.ts';
import { serverGate } from '../../app/server-gate.ts';

// Asked as the page loads, beside the recovery gate's question instead of after its answer:
// one round trip less before the sign-in form. Taken once, by the gate's first reading; an
// answer already in when the gate first draws is drawn at once, without a blank frame.
let firstStatus: { promise: Promise<AuthStatus>; value?: AuthStatus } | null = null;
export function prefetchAuthStatus(): void {
  if (firstStatus) return;
  const first: { promise: Promise<AuthStatus>; value?: AuthStatus } = { promise: call('auth:status', {}) };
  first.promise.then((value) => (first.value = value), () => undefined);
  firstStatus = first;
}
function takeFirstStatus(): Promise<AuthStatus> {
  const first = firstStatus?.promise ?? call('auth:status', {});
  firstStatus = null;
  return first;
}

/**
 * Shows first-launch setup, login or the lock screen until a user is signed in and
 * unlocked, then the app. Any UNAUTHENTICATED answer from main (idle lock, session
 * ended) sends the user back here. `onGateShown` runs once one of those screens is
 * painted (the app fetches what comes after it then, not before).
 */
export function AuthGate({ children, onGateShown }: { children: ReactNode; onGateShown?: () => void }) {
  const [status, setStatus] = useState<AuthStatus | null>(() => firstStatus?.value ?? null);
  const [error, setError] = useState<string | null>(null);
  // Bumped to re-read auth:status; the effect below does the reading.
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    let live = true;
    (version === 0 ? takeFirstStatus() : call('auth:status', {}))
      .then((s) => {
        if (!live) return;
        setStatus(s);
        setError(null);
      })
      .catch((e: unknown) => live && setError(errorText(e)));
    return () => {
      live = false;
    };
  }, [version]);

  useEffect(() => {
    window.addEventListener(UNAUTHENTICATED_EVENT, refresh);
    return () => window.removeEventListener(UNAUTHENTICATED_EVENT, refresh);
  }, [refresh]);

  const signedIn = Boolean(status?.user && !status.locked);
  useIdleLock(signedIn, status?.idleMinutes ?? 10, refresh);
  // Until the status comes, the form the server drew in the page (the status it was drawn from).
  const drawn = status ? null : serverGate();
  const gateShown = status ? !signedIn : drawn !== null;
  useEffect(() => (gateShown && onGateShown ? afterPaint(onGateShown) : undefined), [gateShown, onGateShown]);

  const session = useMemo<SessionApi | null>(() => {
    if (!status?.user) return null;
    return {
      user: status.user,
      refresh,
      logout: async () => {
        await call('auth:logout', {});
        refresh();
      },
      lock: async () => {
        await call('auth:lock', {});
        refresh();
      },
    };
  }, [status, refresh]);

  if (!status && drawn === 'setup') return <SetupPage onDone={refresh} />;
  if (!status && drawn === 'login') return <LoginPage onDone={refresh} />;
  if (!status) {
    return error ? <Center mih="100vh"><Alert color="red" role="alert">{error}</Alert></Center> : null;
  }
  if (status.needsSetup) return <SetupPage onDone={refresh} />;
  if (!status.user) return <LoginPage onDone={refresh} />;
  if (status.locked) return <LockScreen user={status.user} onDone={refresh} />;
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
