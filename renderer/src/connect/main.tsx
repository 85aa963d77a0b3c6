import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import '@mantine/core/styles.css';
import { i18n } from '../app/i18n.ts';
import { Providers } from '../app/Providers.tsx';
import { ConnectPage } from './ConnectPage.tsx';

// The desktop app's connection page (app://sipena/connect.html): first launch, a changed
// server certificate, an unreachable server. It talks only to window.sipenaConnect.
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <Providers>
        <ConnectPage />
      </Providers>
    </I18nextProvider>
  </StrictMode>,
);
