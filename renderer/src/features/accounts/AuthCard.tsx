import { Center, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useLayoutEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { switchLanguage } from '../../app/i18n.ts';
import { takeOverEarlyControls } from '../../app/server-gate.ts';
import { LANGUAGES } from '../../../../shared/i18n/languages.ts';
import type { Language } from '../../../../shared/i18n/languages.ts';

/** The centred card the setup, login and lock screens share. */
export function AuthCard({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const switchRef = useLanguageChosenBeforeTakeOver(i18n.language);
  return (
    <Center mih="100vh" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w={420}>
        <Stack>
          <div>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Text size="sm" c="dimmed">{t('app.name')} · {t('app.tagline')}</Text>
              {/* Language is public (system:setLanguage): chosen before signing in. */}
              <SegmentedControl
                ref={switchRef}
                size="xs"
                aria-label={t('app.language')}
                value={i18n.language}
                onChange={(v) => void switchLanguage(v as Language)}
                data={[{ value: 'id', label: 'ID' }, { value: 'en', label: 'EN' }]}
              />
            </Group>
            <Title order={2}>{title}</Title>
          </div>
          {intro && <Text size="sm">{intro}</Text>}
          {children}
        </Stack>
      </Paper>
    </Center>
  );
}

/**
 * The server may draw this card as HTML before the app's scripts run; its language switch is a
 * pair of radios the browser checks by itself on a click (the page's early script moves the
 * highlight: electron/web/early-controls-script.ts). A language picked there before the app took
 * the card over is applied once it has, instead of being lost. That script stops in the same commit
 * (a layout effect: no press can come between the reading and the stopping; the password fields
 * read theirs in the same commit, DrawnPasswordInput.tsx).
 */
function useLanguageChosenBeforeTakeOver(current: string) {
  const ref = useRef<HTMLDivElement>(null);
  const startedIn = useRef(current);
  useLayoutEffect(() => {
    takeOverEarlyControls();
    const chosen = ref.current?.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value;
    const language = LANGUAGES.find((l) => l === chosen);
    if (language && language !== startedIn.current) void switchLanguage(language);
  }, []);
  return ref;
}
