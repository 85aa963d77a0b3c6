import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../app/i18n.ts';
import { Providers } from '../app/Providers.tsx';

// The desktop app's connection page (app://sipena/connect.html): first launch, a changed
// server certificate, an unreachable server. It talks only to window.sipenaConnect.
// Its form and its messages (connect.*) come with import(): the chunk it shares with the app's
// sign-in screen then carries neither them nor all of Mantine's styles (behind-sign-in.ts).
const [{ ConnectPage }] = await Promise.all([import('./ConnectPage.tsx'), import('../app/behind-sign-in.ts')]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <Providers>
        <ConnectPage />
      </Providers>
    </I18nextProvider>
  </StrictMode>,
);
