import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
// The styles of the components the gates draw (setup, sign-in, lock, the connection badge),
// in Mantine's own order; every other component's come with the shell
// (app/behind-sign-in.ts), so the first paint waits for a third of the stylesheet.
import '@mantine/core/styles/baseline.css';
import '@mantine/core/styles/default-css-variables.css';
import '@mantine/core/styles/global.css';
import '@mantine/core/styles/UnstyledButton.css';
import '@mantine/core/styles/VisuallyHidden.css';
import '@mantine/core/styles/Paper.css';
import '@mantine/core/styles/Loader.css';
import '@mantine/core/styles/ActionIcon.css';
import '@mantine/core/styles/CloseButton.css';
import '@mantine/core/styles/Group.css';
import '@mantine/core/styles/Input.css';
import '@mantine/core/styles/FloatingIndicator.css';
import '@mantine/core/styles/Alert.css';
import '@mantine/core/styles/Text.css';
import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/Button.css';
import '@mantine/core/styles/Center.css';
import '@mantine/core/styles/PasswordInput.css';
import '@mantine/core/styles/SegmentedControl.css';
import '@mantine/core/styles/Stack.css';
import '@mantine/core/styles/Title.css';
import { App } from './app/App.tsx';
import { RecoveryGate, prefetchRecoveryStatus } from './features/backup/RecoveryGate.tsx';
import { i18n } from './app/i18n.ts';
import { Providers } from './app/Providers.tsx';
import { ConnectionStatus } from './app/ConnectionStatus.tsx';
import { prefetchAuthStatus } from './features/accounts/AuthGate.tsx';

// Both questions before anything is drawn, side by side: the gates draw from their answers.
prefetchRecoveryStatus();
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
