import { Suspense, lazy, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MantineProvider, PasswordInput, createTheme } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { afterPaint } from './after-paint.ts';

// No screen before sign-in shows a notification: the container (and its transitions, portal and
// styles) is fetched once the first screen is painted. One shown before it is there waits in
// Mantine's store and appears when it mounts.
const Notifications = lazy(() => import('./notifications-host.tsx').then((m) => ({ default: m.Notifications })));

/**
 * Mantine with the app's defaults, rebuilt when the language changes: Mantine's own
 * built-in labels are English ("Toggle password visibility"), so every control that has
 * one gets ours; times are 24-hour everywhere (Indonesian offices write 09.30, never
 * 09:30 AM), whatever the operating system's locale.
 */
export function Providers({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const [painted, setPainted] = useState(false);
  useEffect(() => afterPaint(() => setPainted(true)), []);
  const language = i18n.language;
  const theme = useMemo(
    () =>
      createTheme({
        // Dense office forms: small controls, neutral colours close to government documents.
        primaryColor: 'teal',
        defaultRadius: 'sm',
        fontFamily: 'Arial, "Liberation Sans", Arimo, sans-serif',
        components: {
          PasswordInput: PasswordInput.extend({ defaultProps: { visibilityToggleButtonProps: { 'aria-label': t('ui.showPassword') } } }),
          // Modal and TimePicker by name, not Modal.extend(): importing them here would put them (and
          // what they use: scroll lock, focus trap, portal) in the sign-in screen's download; the
          // screens that show them load them themselves.
          Modal: { defaultProps: { closeButtonProps: { 'aria-label': t('ui.close') } } },
          // A Select's list is drawn when it opens. Mantine otherwise keeps every list mounted (hidden) and
          // places each one as it mounts, a forced layout per field: most of opening a form of twenty selects.
          // (autoSelectOnBlur off is Mantine's default behaviour; set, it also stops the keep-mounted.)
          Select: { defaultProps: { autoSelectOnBlur: false } },
          TimePicker: { defaultProps: { format: '24h', hoursInputLabel: t('ui.hours'), minutesInputLabel: t('ui.minutes'), hoursPlaceholder: 'JJ', minutesPlaceholder: 'MM' } },
        },
      }),
    // The labels depend on the language only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [language],
  );
  return (
    <MantineProvider theme={theme}>
      <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>
        {painted && (
          <Suspense fallback={null}>
            <Notifications position="top-right" />
          </Suspense>
        )}
        {children}
      </DatesProvider>
    </MantineProvider>
  );
}
