import { AppShell, Group, NavLink, SegmentedControl, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { routeHref, useHashRoute } from './use-hash-route.ts';
import { switchLanguage } from './i18n.ts';
import { CaseListPage } from '../features/cases/CaseListPage.tsx';
import { CaseIntakePage } from '../features/cases/CaseIntakePage.tsx';
import { CaseDetailPage } from '../features/cases/CaseDetailPage.tsx';
import type { Language } from '../../../shared/i18n/languages.ts';

/** Shell: header, navigation and the screen for the current route. */
export function App() {
  const { t, i18n } = useTranslation();
  const route = useHashRoute();
  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 220, breakpoint: 0 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="xs">
            <Title order={3}>{t('app.name')}</Title>
            <Text size="sm" c="dimmed">{t('app.tagline')}</Text>
          </Group>
          <SegmentedControl
            size="xs"
            aria-label={t('app.language')}
            value={i18n.language}
            onChange={(v) => void switchLanguage(v as Language)}
            data={[{ value: 'id', label: 'ID' }, { value: 'en', label: 'EN' }]}
          />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <NavLink href={routeHref({ name: 'cases' })} label={t('nav.cases')} active={route.name === 'cases' || route.name === 'case'} />
        <NavLink href={routeHref({ name: 'new-case' })} label={t('nav.newCase')} active={route.name === 'new-case'} />
      </AppShell.Navbar>
      <AppShell.Main>
        {route.name === 'cases' && <CaseListPage />}
        {route.name === 'new-case' && <CaseIntakePage />}
        {route.name === 'case' && <CaseDetailPage id={route.id} />}
      </AppShell.Main>
    </AppShell>
  );
}
