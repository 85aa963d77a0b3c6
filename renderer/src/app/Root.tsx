import { StrictMode } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { App } from './App.tsx';
import { RecoveryGate } from '../features/backup/RecoveryGate.tsx';
import { Providers } from './Providers.tsx';
import { ConnectionStatus } from './ConnectionStatus.tsx';

/**
 * The whole page, one tree for the browser (main.tsx) and for the sign-in forms prerendered at
 * build time (renderer/src/prerender.tsx): hydration needs the same components in the same
 * places, so there is one definition of them.
 */
export function Root({ i18n }: { i18n: I18n }) {
  return (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <Providers>
          {/* Outside every gate: the connection state shows on the sign-in screen too. */}
          <ConnectionStatus />
          <RecoveryGate>
            <App />
          </RecoveryGate>
        </Providers>
      </I18nextProvider>
    </StrictMode>
  );
}
