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
import { createRoot, hydrateRoot } from 'react-dom/client';
import { prefetchRecoveryStatus } from './features/backup/RecoveryGate.tsx';
import { i18n } from './app/i18n.ts';
import { prefetchAuthStatus } from './features/accounts/AuthGate.tsx';
import { Root } from './app/Root.tsx';
import { gateInPage, startFromServerGate, takeOverEarlyControls, takeOverEarlySubmit } from './app/server-gate.ts';

// Both questions before anything is drawn, side by side: the gates draw from their answers.
prefetchRecoveryStatus();
prefetchAuthStatus();

const root = document.getElementById('root')!;
// The browser harness and the office server draw the sign-in form into the page (shared/web/server-gate.ts):
// the app takes that markup over as it is (what was typed stays), unless it was drawn in another
// language than the one the user chose here, which is drawn afresh.
const gate = gateInPage(root, i18n.language);
takeOverEarlySubmit();
if (gate) {
  startFromServerGate(gate);
  hydrateRoot(root, <Root i18n={i18n} />);
} else {
  // Nothing drawn is kept: the page's script stops answering the drawn form's controls now.
  takeOverEarlyControls();
  root.replaceChildren();
  createRoot(root).render(<Root i18n={i18n} />);
}
