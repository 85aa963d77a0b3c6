import { Alert, Button, Text } from '@mantine/core';
import { Component } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../shared/error-text.ts';

function ScreenFailed({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <Alert role="alert" color="red" title={t('connection.screenFailedTitle')} data-testid="screen-failed">
      <Text size="sm">{t('connection.screenFailed')}</Text>
      <Text size="xs" c="dimmed" mt={4}>
        {errorText(error)}
      </Text>
      {/* A full reload: the browser has marked the chunk's URL as failed for this page. The
          route is in the address, so the user comes back to the same screen. */}
      <Button mt="sm" size="xs" onClick={() => window.location.reload()}>
        {t('connection.screenRetry')}
      </Button>
    </Alert>
  );
}

/**
 * Catches a screen that cannot be shown (its code could not be downloaded even after the
 * retries in lazy-screen.ts) so the menu, the connection badge and the rest of the app stay;
 * without it React unmounts the whole tree and the window goes blank. Keyed by route by its
 * parent, so moving to another screen starts without the error.
 */
export class ScreenErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error };
  }

  override render(): ReactNode {
    return this.state.error ? <ScreenFailed error={this.state.error} /> : this.props.children;
  }
}
