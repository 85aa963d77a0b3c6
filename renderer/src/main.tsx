import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/id';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { App } from './app/App.tsx';
import { RecoveryGate } from './features/backup/RecoveryGate.tsx';
import { i18n } from './app/i18n.ts';
import { Providers } from './app/Providers.tsx';
import { ConnectionStatus } from './app/ConnectionStatus.tsx';
import { prefetchAuthStatus } from './features/accounts/AuthGate.tsx';

dayjs.locale(i18n.language);
prefetchAuthStatus();

createRoot(document.getElementById('root')!).render(
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
  </StrictMode>,
);
