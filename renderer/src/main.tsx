import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { MantineProvider, createTheme } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import 'dayjs/locale/id';
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import { App } from './app/App.tsx';
import { RecoveryGate } from './features/backup/RecoveryGate.tsx';
import { i18n } from './app/i18n.ts';

dayjs.locale(i18n.language);

// Dense office forms: small controls, neutral colours close to government documents.
const theme = createTheme({ primaryColor: 'teal', defaultRadius: 'sm', fontFamily: 'Arial, "Liberation Sans", Arimo, sans-serif' });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme}>
        <DatesProvider settings={{ locale: i18n.language, firstDayOfWeek: 1 }}>
          <Notifications position="top-right" />
          <RecoveryGate>
            <App />
          </RecoveryGate>
        </DatesProvider>
      </MantineProvider>
    </I18nextProvider>
  </StrictMode>,
);
