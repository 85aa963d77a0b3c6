import { Center, Loader } from '@mantine/core';
import { Suspense } from 'react';
import { AuthGate } from '../features/accounts/AuthGate.tsx';
import { lazyModule } from './lazy-screen.ts';
import { loadBehindSignIn } from './load-behind-sign-in.ts';

// The shell (menu, header, every route's loader) is downloaded once the sign-in form is on
// screen, not before it: the first download carries the gates and the form only. What every
// screen needs (styles, messages) comes first, so its styles keep their order before the shell's.
const loadShell = () => loadBehindSignIn().then(() => import('./Shell.tsx'));
const Shell = lazyModule(loadShell, 'Shell');
const prefetchShell = () => void loadShell().catch(() => undefined);

/** The app behind first-launch setup, login and the lock screen. */
export function App() {
  return (
    <AuthGate onGateShown={prefetchShell}>
      <Suspense fallback={<Center h="100vh"><Loader size="sm" /></Center>}>
        <Shell />
      </Suspense>
    </AuthGate>
  );
}
