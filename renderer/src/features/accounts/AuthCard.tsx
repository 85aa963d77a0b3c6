import { Center, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { switchLanguage } from '../../app/i18n.ts';
import type { Language } from '../../../../shared/i18n/languages.ts';

/** The centred card the setup, login and lock screens share. */
export function AuthCard({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  return (
    <Center mih="100vh" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w={420}>
        <Stack>
          <div>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Text size="sm" c="dimmed">{t('app.name')} · {t('app.tagline')}</Text>
              {/* Language is public (system:setLanguage): chosen before signing in. */}
              <SegmentedControl
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
