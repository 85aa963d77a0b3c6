import { Center, Loader } from '@mantine/core';
import { Suspense, useEffect } from 'react';
import { AuthGate } from '../features/accounts/AuthGate.tsx';
import { lazyModule } from './lazy-screen.ts';

// The shell (menu, header, every route's loader) is downloaded while the sign-in form is
// on screen, not before it: the first download carries the gates and the form only.
const loadShell = () => import('./Shell.tsx');
const Shell = lazyModule(loadShell, 'Shell');

/** The app behind first-launch setup, login and the lock screen. */
export function App() {
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 50));
    idle(() => void loadShell().catch(() => undefined));
  }, []);
  return (
    <AuthGate>
      <Suspense fallback={<Center h="100vh"><Loader size="sm" /></Center>}>
        <Shell />
      </Suspense>
    </AuthGate>
  );
}
